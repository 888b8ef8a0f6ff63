import * as assert from 'node:assert/strict';
import { proseNames } from '../../src/core/evidence/prose';

/**
 * When prose names a status: the words before and after a number in a comment, a string or a document.
 * Each row is a sentence with the number between ⟦ and ⟧, where it stands (comment or string), and whether
 * the sentence names a status there. Rows come in pairs: a sentence that does, and one that reads alike
 * but does not.
 */
type Where = 'comment' | 'string';
const ROWS: Array<[sentence: string, where: Where, names: boolean]> = [
  // Plurals: a wave of 502s yes, the 200s (a round hundred) no, 300s in a string (seconds) no.
  ['a wave of ⟦502⟧s after the deploy', 'comment', true],
  ['"wait ⟦300⟧s before retrying"', 'string', false],
  // Ranges of numbers, quantities, ids, decimals.
  ['ids from ⟦400⟧ to 450 are reserved', 'comment', false],
  ['retry at most ⟦503⟧ times', 'comment', false],
  ['the build 1.⟦404⟧ is out', 'comment', false],
  ['codes 401, ⟦403⟧ and 404 stop the client', 'comment', true],
  // Strong words before it.
  ['the server returns ⟦404⟧ when the user is missing', 'comment', true],
  ['the server returns ⟦404⟧ ms after the call', 'comment', false],
  // Arrows.
  ['lend a copy -> ⟦201⟧', 'comment', true],
  ['step -> ⟦150⟧', 'comment', false],
  // 1xx and 300 are everyday numbers in prose.
  ['a ⟦100⟧.', 'comment', false],
  ['a ⟦300⟧.', 'comment', false],
  ['a ⟦301⟧.', 'comment', true],
  // "with" and test titles that end on the status.
  ['fails with ⟦409⟧', 'comment', true],
  ['fails with ⟦409⟧ rows', 'comment', false],
  ["'reports created on ⟦201⟧'", 'string', true],
  ["'reports created on ⟦201⟧ rows'", 'string', false],
  // Weak words before and a status noun after.
  ['treat it as ⟦404⟧ error', 'comment', true],
  ['treat it as ⟦404⟧ or worse', 'comment', false],
  // Lists of codes in a line about HTTP.
  ['- ⟦429⟧, 503 from the upstream API', 'comment', true],
  ['- ⟦429⟧, 503 from the tank', 'comment', false],
  // Definitions at the start of a comment or sentence.
  ['⟦202⟧: refund queued', 'comment', true],
  ['3. Mostly ⟦503⟧: someone is deploying', 'comment', true],
  ['3. Mostly ⟦503⟧ people are deploying', 'comment', false],
  // After on/after/with, before punctuation.
  ['stopped on ⟦503⟧, then gave up', 'comment', true],
  ['stopped on ⟦509⟧, then gave up', 'comment', false],
  // An article before it.
  ['a ⟦404⟧.', 'comment', true],
  ['a ⟦404⟧ 5 times', 'comment', false],
  ['expect a ⟦404⟧ is raised', 'comment', true],
  // At the start of a sentence, followed by a verb.
  ['⟦429⟧ means slow down', 'comment', true],
  ['⟦429⟧ is the count', 'comment', false],
  // Strong words after it.
  ['⟦410⟧ unless the feed is back', 'comment', true],
  // A trailing comment on an error class.
  ['class Gone < ClientError; end  # ⟦410⟧', 'comment', true],
  ['class Gone < ClientError; end  # ⟦310⟧', 'comment', false],
  ['class Gone < Base; end  # ⟦410⟧', 'comment', false],
  // A plural in a comment.
  ['after repeated ⟦429⟧s', 'comment', true],
  ['after repeated ⟦418⟧s', 'comment', false],
  // A parenthesised status in a line about HTTP.
  ['GET /refunds (⟦204⟧, empty body)', 'comment', true],
  ['count (⟦204⟧, empty box)', 'comment', false],
  // A status noun right after it.
  ['⟦502⟧ errors spike at noon', 'comment', true],
  ['⟦502⟧ people spike at noon', 'comment', false],
  // A list that started earlier on the line.
  ['4xx, ⟦503⟧ are retried', 'comment', true],
  ['returns 404 for an unknown id, ⟦200⟧ otherwise', 'comment', true],
  ['returns 404 for an unknown id, ⟦200⟧ rows otherwise', 'comment', false],
  // A list that goes on after it.
  ['counted ⟦429⟧ or 503 from the API', 'comment', true],
  ['counted ⟦429⟧ or 503 from the tank', 'comment', false],
];

describe('prose: when a sentence names a status', () => {
  for (const [sentence, where, names] of ROWS) {
    it(`${JSON.stringify(sentence)} (${where}) ${names ? 'names' : 'does not name'} a status`, () => {
      const open = sentence.indexOf('⟦');
      const close = sentence.indexOf('⟧');
      const value = Number(sentence.slice(open + 1, close));
      const q = { lang: 'javascript', left: sentence.slice(0, open), right: sentence.slice(close + 1), value, region: where, completion: false };
      assert.equal(proseNames(q), names);
    });
  }

  it('never while completing', () => {
    assert.equal(proseNames({ lang: 'javascript', left: 'the server returns ', right: ' when missing', value: 404, region: 'comment', completion: true }), false);
  });
});
