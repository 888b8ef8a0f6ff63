import * as assert from 'node:assert/strict';
import { proseContext } from '../../src/core/evidence/prose-context';
import type { Candidate } from '../../src/core/evidence/types';
import { markedCandidate } from '../support/candidate';

// A common status in a sentence about requests and responses (src/core/evidence/prose-context.ts): which
// values count, the keys and units that make it a quantity, the parts of a number, the comment markers
// before it, and how far the sentence's words are read.

const at = (region: Candidate['region'], snippet: string): Candidate => markedCandidate('javascript', snippet, region);

/** [where the number stands, the sentence, the strength it gets (0: silent)] */
const ROWS: Array<[Candidate['region'], string, number]> = [
  ["comment", "the request failed with ⟦200⟧", 1],
  ["comment", "the request failed with ⟦199⟧", 0],
  ["comment", "the request failed with ⟦300⟧", 0],
  ["comment", "the request failed with ⟦299⟧", 0],
  ["comment", "the request failed with ⟦451⟧", 0.5],
  ["code", "the request failed with ⟦500⟧", 0],
  ["string", "the request failed with max=⟦500⟧", 0],
  ["string", "the request failed with max = ⟦500⟧", 0],
  ["string", "the request failed with \"topUpMinimumCents\": ⟦500⟧", 0],
  ["string", "the request failed with \\\"limit\\\":⟦500⟧", 0],
  ["string", "the request failed with status=⟦500⟧", 1],
  ["string", "the request failed with code: ⟦500⟧", 0],
  ["string", "the request failed with limit_x:⟦500⟧", 0],
  ["comment", "/// the request failed ⟦500⟧", 1],
  ["comment", "## ⟦500⟧ responses from the request are retried", 1],
  ["comment", "--- ⟦500⟧ responses from the request are retried", 1],
  ["comment", "/** ⟦500⟧ responses from the request are retried", 1],
  ["comment", "** ⟦500⟧ responses from the request are retried", 1],
  ["comment", ";; ⟦500⟧ responses from the request are retried", 1],
  ["comment", "%% ⟦500⟧ responses from the request are retried", 1],
  ["comment", "  //   ⟦500⟧ responses from the request are retried", 1],
  ["comment", "the request took 1,⟦204⟧ ms", 0],
  ["comment", "the request failed ⟦200⟧,000 times", 0],
  ["comment", "the request failed 3/⟦200⟧ times", 0],
  ["comment", "the request failed ⟦200⟧ - 250 times", 0],
  ["comment", "the request failed ⟦200⟧/250 times", 0],
  ["comment", "the request failed ⟦200⟧x over", 0],
  ["comment", "the request failed ⟦200⟧.5 times", 0],
  ["comment", "the request failed ⟦200⟧: no", 1],
  ["comment", "the request failed 1.⟦200⟧ times", 0],
  ["comment", "the request failed 1. ⟦200⟧", 0],
  ["comment", "the request failed -⟦200⟧ times", 0],
  ["comment", "the request failed 10: ⟦200⟧", 0],
  ["comment", "the ⟦404⟧ case", 0],
  ["string", "limit: the request failed with ⟦500⟧", 1],
  ["string", "the request failed with retry_limit=⟦500⟧", 0],
  ["comment", "//// ⟦500⟧ responses from the request are retried", 1],
  ["comment", "//⟦500⟧ responses from the request are retried", 1],
  ["comment", "⟦500⟧ responses from the request are retried 2/3 of the time", 1],
  ["comment", "the request failed ⟦200⟧x2", 0],
  ["comment", "the request failed 3/⟦200⟧", 0],
  ["comment", "the request failed 3/  ⟦200⟧", 0],
];

describe('prose-context: a common status in a sentence about requests, value by value and shape by shape', () => {
  for (const [region, snippet, strength] of ROWS) {
    it(`${strength ? `strength ${strength}` : 'silent'}: ${snippet} (${region})`, () => {
      assert.equal(proseContext.test(at(region, snippet))?.strength ?? 0, strength);
    });
  }

  it('reads a hundred characters of the sentence on either side of the number', () => {
    const pad = (n: number) => 'x'.repeat(n);
    assert.equal(proseContext.test(at('comment', `the request ${pad(80)} the ⟦404⟧ case`))?.strength, 1);
    assert.equal(proseContext.test(at('comment', `the request ${pad(100)} the ⟦404⟧ case`)), undefined);
    assert.equal(proseContext.test(at('comment', `the ⟦404⟧ case ${pad(80)} the request`))?.strength, 1);
    assert.equal(proseContext.test(at('comment', `the ⟦404⟧ case ${pad(100)} the request`)), undefined);
  });
});
