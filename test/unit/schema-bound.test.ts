import * as assert from 'node:assert/strict';
import { schemaBound } from '../../src/core/evidence/schema-bound';
import type { Candidate } from '../../src/core/evidence/types';
import { markedCandidate } from '../support/candidate';

// Bounds, examples and enum values of a schema property that holds a status (src/core/evidence/schema-bound.ts):
// flow style on one line, block style under the nearest parent key, the lines skipped on the way up, and a
// sibling description that says HTTP status.

const at = (lang: string, snippet: string): Candidate => markedCandidate(lang, snippet);

/** [language, snippet, does the rule fire on the marked number] */
const ROWS: Array<[string, string, boolean]> = [
  ["yaml", "status: { type: integer, minimum: ⟦400⟧ }", true],
  ["yaml", "pageSize: { type: integer, code: 3, maximum: ⟦500⟧ }", false],
  ["yaml", "status:  # the response's HTTP status\n  minimum: ⟦400⟧", true],
  ["yaml", "status:\n \n  \n   \n    minimum: ⟦400⟧", true],
  ["yaml", "retryOn:\n  description : mirrors the HTTP status of the call\n  minimum: ⟦400⟧", true],
  ["yaml", "retryOn:\n  description: mirrors the HTTP statuses of the call\n  minimum: ⟦400⟧", false],
  ["yaml", "status:\n  a:\n    b:\n      c:\n        minimum: ⟦400⟧", false],
  ["yaml", "status:\n  a:\n    b:\n      minimum: ⟦400⟧", true],
];

describe('schema-bound: bounds of a schema property that holds a status, shape by shape', () => {
  for (const [lang, snippet, expected] of ROWS) {
    it(`${expected ? 'fires' : 'silent'}: ${JSON.stringify(snippet)} (${lang})`, () => {
      assert.equal(!!schemaBound.test(at(lang, snippet)), expected);
    });
  }

  it('looks thirty lines up for the parent key, and no further', () => {
    const under = (n: number) => `status:\n  type: integer\n${'  # note\n'.repeat(n - 2)}  minimum: ⟦400⟧`;
    assert.equal(!!schemaBound.test(at('yaml', under(30))), true);
    assert.equal(!!schemaBound.test(at('yaml', under(31))), false);
  });
});
