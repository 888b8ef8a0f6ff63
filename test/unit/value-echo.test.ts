import * as assert from 'node:assert/strict';
import { EVIDENCE } from '../../src/core/evidence/index';
import { valueEcho } from '../../src/core/evidence/value-echo';
import type { Candidate } from '../../src/core/evidence/types';
import { markedCandidate } from '../support/candidate';

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
});
