import * as assert from 'node:assert/strict';
import { responsesKey } from '../../src/core/evidence/responses-key';
import type { Candidate } from '../../src/core/evidence/types';
import { docOf } from '../support/labels';
import { markedCandidate } from '../support/candidate';

// Keys under `responses` in API descriptions (src/core/evidence/responses-key.ts): YAML and JSON keys by
// indentation (list items, comments, deep nesting), inline maps in decorators and schemas, and completion
// at a key being typed.

const at = (lang: string, snippet: string): Candidate => markedCandidate(lang, snippet);

/** [language, snippet, is the marked number a response key] */
const ROWS: Array<[string, string, boolean]> = [
  ["yaml", "responses:\n  '⟦404⟧':\n    description: missing", true],
  ["yaml", "responses:\n  - '⟦404⟧':\n    description: missing", true],
  ["yaml", "responses:\n'⟦404⟧':\n  description: missing", false],
  ["yaml", "responses:\n  '⟦404⟧'  :\n    description: missing", true],
  ["yaml", "responses:\n  x '⟦404⟧':\n    description: missing", false],
  ["yaml", "responses:\n  '⟦404⟧' - x:\n    description: missing", false],
  ["yaml", "codes:\n  '⟦404⟧':\n    description: missing", false],
  ["yaml", "paths:\n  /x:\n    get:\n      responses:\n        '200':\n          description: ok\n          content:\n            application/json:\n              schema:\n                type: object\n        '⟦404⟧':\n          description: missing", true],
  ["yaml", "responses:\n  // note\n  # note\n  '⟦404⟧':\n    description: missing", true],
  ["yaml", "response:\n  '⟦404⟧':\n    description: missing", true],
  ["yaml", "\"responses\" :\n  '⟦404⟧':\n    description: missing", true],
  ["yaml", "responses: x\n  '⟦404⟧':\n    description: missing", false],
  ["python", "r = dict(responses={⟦404⟧: {\"model\": Error}})", true],
  ["python", "r = dict(responses = { ⟦404⟧ : {\"model\": Error}})", true],
  ["python", "r = dict(responses={\"x\": {\"a\": 1}, ⟦404⟧: {\"model\": Error}})", true],
  ["python", "r = dict(responses={x(1), ⟦404⟧: 1})", true],
  ["python", "r = dict(responses={⟦404⟧})", false],
  ["python", "r = dict(myresponses={⟦404⟧: 1})", false],
  ["javascript", "schema = { response: { ⟦200⟧: Item } }", true],
  ["javascript", "schema = { \"response\": { '⟦200⟧': Item } }", true],
  ["typescript", "const schema = {\n  response: {\n    ⟦201⟧: CreatedSchema,\n  },\n};", true],
  ["typescript", "const schema = {\n  response: (\n    ⟦201⟧: CreatedSchema,\n  ),\n};", true],
  ["typescript", "const schema = {\n  responses: [\n    ⟦201⟧: CreatedSchema,\n  ],\n};", false],
];

describe('responses-key: keys under responses, shape by shape', () => {
  for (const [lang, snippet, expected] of ROWS) {
    it(`${expected ? 'a response key' : 'not one'}: ${JSON.stringify(snippet.length > 90 ? '…' + snippet.slice(-90) : snippet)} (${lang})`, () => {
      assert.equal(!!responsesKey.test(at(lang, snippet)), expected);
    });
  }

  it('offers a key being typed under responses, at the start of a line or in an inline map', () => {
    const typing = (lang: string, text: string, left: string): Candidate => {
      const lines = text.split('\n');
      return { doc: docOf(text, lang), lang, line: lines.length - 1, left, right: '', region: 'code', completion: true, memo: {} };
    };
    assert.ok(responsesKey.test(typing('yaml', "responses:\n  '", "  '")));
    assert.equal(responsesKey.test(typing('yaml', "codes:\n  '", "  '")), undefined);
    assert.ok(responsesKey.test(typing('python', '@app.get("/x", responses={', '@app.get("/x", responses={')));
    assert.equal(responsesKey.test(typing('python', '@app.get("/x", sizes={', '@app.get("/x", sizes={')), undefined);
  });
});
