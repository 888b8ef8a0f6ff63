import * as assert from 'node:assert/strict';
import { proseShape } from '../../src/core/evidence/prose-shape';
import type { Candidate } from '../../src/core/evidence/types';
import { markedCandidate } from '../support/candidate';

// A number standing alone as a noun in prose (src/core/evidence/prose-shape.ts): the words before it, the
// end of the clause after it, comment marks, and the shapes of quantities (units, measure words, ids,
// decimals, times, ranges and arithmetic) that keep it silent.

const at = (region: Candidate['region'], snippet: string): Candidate => markedCandidate('javascript', snippet, region);

/** [where the number stands, the sentence, does it stand alone as a status would] */
const ROWS: Array<[Candidate['region'], string, boolean]> = [
  ["comment", "still a ⟦404⟧.", true],
  ["comment", "still a ⟦404⟧  -  5.", false],
  ["comment", "still a ⟦404⟧ -  5.", false],
  ["comment", "still a ⟦404⟧  %.", false],
  ["comment", "(  ⟦404⟧)", true],
  ["string", "still a ⟦404⟧.", true],
  ["code", "still a ⟦404⟧.", false],
  ["comment", "still a ⟦404⟧ ms.", false],
  ["comment", "up to ⟦404⟧.", false],
  ["comment", "as room ⟦404⟧.", false],
  ["comment", "still a 1.⟦404⟧.", false],
  ["comment", "still a 1. ⟦404⟧.", false],
  ["comment", "still a 12:⟦404⟧.", false],
  ["comment", "still a 2*⟦404⟧.", false],
  ["comment", "still a 2 * ⟦404⟧.", false],
  ["comment", "still a ⟦404⟧.5.", false],
  ["comment", "still a ⟦404⟧,5.", false],
  ["comment", "still a ⟦404⟧:5.", false],
  ["comment", "still a ⟦404⟧ - 5.", false],
  ["comment", "still a ⟦404⟧-5.", false],
  ["comment", "still a ⟦404⟧ *2.", false],
  ["comment", "still a ⟦404⟧x2.", false],
  ["comment", "still a ⟦404⟧ %.", false],
  ["comment", "still a ⟦404⟧%.", false],
  ["comment", "still a ⟦404⟧ in five minutes.", true],
  ["comment", "still a ⟦404⟧, then a 410.", true],
  ["comment", "still a ⟦404⟧ or 410.", true],
  ["comment", "still a ⟦404⟧ stuff.", false],
  ["comment", "#   ⟦429⟧", true],
  ["comment", "<!-- ⟦429⟧ -->", true],
  ["comment", "/** ⟦429⟧ */", true],
  ["comment", "* ⟦429⟧.", true],
  ["comment", "%% ⟦429⟧;", true],
  ["comment", ";; ⟦429⟧;", true],
  ["comment", "-- ⟦429⟧", true],
  ["comment", "-- ⟦429⟧ x", false],
  ["comment", "// ⟦429⟧ or 503", true],
  ["comment", "// ⟦429⟧/503", true],
  ["comment", "// ⟦429⟧s", true],
  ["comment", "// ⟦429⟧ when busy", true],
  ["comment", "// ⟦429⟧ = busy", true],
  ["comment", "// ⟦429⟧ — busy", true],
  ["comment", "// ⟦429⟧ - busy", true],
  ["comment", "// ⟦429⟧</p>", true],
  ["comment", "// ⟦429⟧ and 503", true],
  ["comment", "a ⟦429⟧", true],
  ["comment", "a ⟦429⟧ x", false],
  ["comment", "x ⟦429⟧.", false],
  ["comment", "which they want as ⟦409⟧", true],
  ["comment", "(⟦409⟧)", true],
  ["comment", "( ⟦409⟧ )", true],
  ["comment", "see ⟦409⟧]", true],
  ["comment", "The long sentence that says as at the very start of everything here and then ⟦409⟧.", false],
  ["comment", "as the long sentence at the very start of everything that keeps going on then ⟦409⟧.", false],
];

describe('prose-shape: a number standing alone as a noun in prose, shape by shape', () => {
  for (const [region, snippet, expected] of ROWS) {
    it(`${expected ? 'stands alone' : 'does not'}: ${snippet} (${region})`, () => {
      assert.equal(!!proseShape.test(at(region, snippet)), expected);
    });
  }

  it('answers only about a number: a place with no value gets no answer', () => {
    assert.equal(proseShape.test({ ...at('comment', 'still a ⟦404⟧.'), value: undefined }), undefined);
  });

  it('never while completing', () => {
    assert.equal(proseShape.test({ ...at('comment', 'still a ⟦404⟧.'), completion: true }), undefined);
  });
});
