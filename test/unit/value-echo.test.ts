import * as assert from 'node:assert/strict';
import { EVIDENCE } from '../../src/core/evidence/index';
import { valueEcho } from '../../src/core/evidence/value-echo';
import type { Candidate } from '../../src/core/evidence/types';
import { markedCandidate } from '../support/candidate';
import { editableDoc } from '../support/labels';

// The same number standing where a status goes a few lines away (src/core/evidence/value-echo.ts): whole numbers
// only (not inside longer numbers, names, decimals or ids), code or a quoted value only (not a comment or a
// sentence in a string), up to thirty lines either way.

const at = (lang: string, snippet: string): Candidate => markedCandidate(lang, snippet, 'lexed');

/** [language, snippet, does the rule fire on the marked number] */
const ROWS: Array<[string, string, boolean]> = [
  ["go", "// they want ⟦409⟧ here\nw.WriteHeader(409)", true],
  ["go", "// they want ⟦409⟧ here\nw.WriteHeader(4090)", false],
  ["go", "// they want ⟦409⟧ here\nw.WriteHeader(x409)", false],
  ["go", "// they want ⟦409⟧ here\nw.WriteHeader(1.409)", false],
  ["go", "// they want ⟦409⟧ here\nw.WriteHeader(#409)", false],
  ["go", "// they want ⟦409⟧ here\nw.WriteHeader(-409)", false],
  ["go", "// they want ⟦409⟧ here\nw.WriteHeader(409.5)", false],
  ["go", "// they want ⟦409⟧ here\nsetTimeout(409)", false],
  ["go", "// they want ⟦409⟧ here\n// w.WriteHeader(409)", false],
  ["go", "w.WriteHeader(409)\n// they want ⟦409⟧ here", true],
  ["yaml", "# the mock answers ⟦404⟧ for unknown ids\nstatus: \"404\"", true],
  ["yaml", "# the mock answers ⟦404⟧ for unknown ids\nstatus: \"x404\"", false],
  ["yaml", "# the mock answers ⟦404⟧ for unknown ids\nnote: \"it is 404\"", false],
  ["go", "// they want ⟦409⟧ here\nx := 1; w.WriteHeader(404); w.WriteHeader(409)", true],
  ["go", "// they want ⟦409⟧ here\n// 409 again\nw.WriteHeader(409)", true],
  ["javascript", "// they want ⟦404⟧ here\nlog(\"got status: 404\")", false],
  ["javascript", "// they want ⟦404⟧ here\nlog(\"got status: `404`\")", false],
  ["javascript", "// they want ⟦404⟧ here\nconst res = { status: '404' };", true],
  ["r", "# they want ⟦404⟧ here\nres$status <- 404", true],
  ["python", "# rejects with ⟦422⟧\n@pytest.mark.parametrize('page_size, expected_status', [(101, 422)])", true],
  ["javascript", "// they want ⟦404⟧ here\n// status: \"404\"", false],
  ["yaml", "# the mock answers ⟦404⟧ for unknown ids\nerror:\n  code: 404\n  message: not found", true],
  ["go", "// they want ⟦409⟧ here\nx := 1\nx := 1\nx := 1\nx := 1\nx := 1\nx := 1\nx := 1\nx := 1\nx := 1\nx := 1\nx := 1\nx := 1\nx := 1\nx := 1\nx := 1\nx := 1\nx := 1\nx := 1\nx := 1\nx := 1\nx := 1\nx := 1\nx := 1\nx := 1\nx := 1\nx := 1\nx := 1\nx := 1\nx := 1\nw.WriteHeader(409)", true],
  ["go", "// they want ⟦409⟧ here\nx := 1\nx := 1\nx := 1\nx := 1\nx := 1\nx := 1\nx := 1\nx := 1\nx := 1\nx := 1\nx := 1\nx := 1\nx := 1\nx := 1\nx := 1\nx := 1\nx := 1\nx := 1\nx := 1\nx := 1\nx := 1\nx := 1\nx := 1\nx := 1\nx := 1\nx := 1\nx := 1\nx := 1\nx := 1\nx := 1\nw.WriteHeader(409)", false],
  ["go", "w.WriteHeader(409)\nx := 1\nx := 1\nx := 1\nx := 1\nx := 1\nx := 1\nx := 1\nx := 1\nx := 1\nx := 1\nx := 1\nx := 1\nx := 1\nx := 1\nx := 1\nx := 1\nx := 1\nx := 1\nx := 1\nx := 1\nx := 1\nx := 1\nx := 1\nx := 1\nx := 1\nx := 1\nx := 1\nx := 1\nx := 1\n// they want ⟦409⟧ here", true],
  ["go", "w.WriteHeader(409)\nx := 1\nx := 1\nx := 1\nx := 1\nx := 1\nx := 1\nx := 1\nx := 1\nx := 1\nx := 1\nx := 1\nx := 1\nx := 1\nx := 1\nx := 1\nx := 1\nx := 1\nx := 1\nx := 1\nx := 1\nx := 1\nx := 1\nx := 1\nx := 1\nx := 1\nx := 1\nx := 1\nx := 1\nx := 1\nx := 1\n// they want ⟦409⟧ here", false],
];

describe('value-echo: the same number where a status goes, nearby', () => {
  it('is one of the rules (the rules load before it)', () => assert.ok(EVIDENCE.includes(valueEcho)));

  for (const [lang, snippet, expected] of ROWS) {
    it(`${expected ? 'fires' : 'silent'}: ${JSON.stringify(snippet.length > 90 ? '…' + snippet.slice(-90) : snippet)} (${lang})`, () => {
      assert.equal(!!valueEcho.test(at(lang, snippet)), expected);
    });
  }

  it('reads the lines around again after an edit', () => {
    const doc = editableDoc('// they want 409 here\nw.WriteHeader(409)', 'go');
    const comment = (): Candidate => ({ ...at('go', '// they want ⟦409⟧ here'), doc });
    assert.ok(valueEcho.test(comment()));
    doc.set('// they want 409 here\nsetTimeout(f, 409)');
    assert.equal(valueEcho.test(comment()), undefined);
    doc.set('// they want 409 here\nw.WriteHeader(409)');
    assert.ok(valueEcho.test(comment()));
  });
});
