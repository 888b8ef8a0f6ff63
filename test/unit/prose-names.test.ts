import * as assert from 'node:assert/strict';
import { prose, proseNames } from '../../src/core/evidence/prose';
import type { Candidate } from '../../src/core/evidence/types';
import { regionAt, tokenAt, viewAt } from '../../src/core/scan';
import { docOf, parseLabels } from '../support/labels';

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
  // Spacing and punctuation around each form: the rule reads the words, not the exact spaces.
  ['a wave of ⟦509⟧s', 'comment', false],
  ['the first ⟦502⟧s came at noon', 'string', true],
  ['ids from ⟦400⟧  -  450 are reserved', 'comment', false],
  ['answers 401,⟦404⟧', 'comment', true],
  ['answers 401 , ⟦404⟧', 'comment', true],
  ['answers 401/⟦404⟧', 'comment', true],
  ['answers 401  or  ⟦404⟧', 'comment', true],
  ['answers 40 or ⟦404⟧', 'comment', false],
  ['answers 1.  ⟦404⟧', 'comment', false],
  ['step =>  ⟦201⟧', 'comment', true],
  ['step → ⟦200⟧', 'comment', true],
  ['step → ⟦199⟧', 'comment', false],
  ['a ⟦199⟧ error', 'comment', false],
  ['a ⟦200⟧.', 'comment', true],
  ['fails with  ⟦409⟧', 'comment', true],
  ['fails with ⟦409⟧ ,', 'comment', true],
  ['fails with ⟦409⟧)', 'comment', true],
  ['fails with ⟦409⟧ x', 'comment', false],
  ["'reports created on  ⟦201⟧'", 'string', true],
  ["'reports it gets ⟦201⟧'", 'string', true],
  ["'reports it answers ⟦201⟧'", 'string', true],
  ["'reports created on ⟦201⟧ x'", 'string', false],
  ['treat it as ⟦404⟧  error', 'comment', true],
  ['treat it as ⟦404⟧  or worse', 'comment', false],
  ['treat it as ⟦404⟧ then stop', 'comment', false],
  ['treat it as ⟦404⟧, 410 from the API', 'comment', true],
  ['⟦429⟧ or 503 from the API', 'comment', true],
  ['⟦429⟧ or 503 from the tank', 'comment', false],
  ['Usually ⟦503⟧: someone is deploying', 'comment', true],
  ['usually ⟦503⟧  -  someone is deploying', 'comment', true],
  ['⟦503⟧ — someone is deploying', 'comment', true],
  ['⟦503⟧ – someone is deploying', 'comment', true],
  ['⟦503⟧  : someone is deploying', 'comment', true],
  ['⟦503⟧-someone', 'comment', false],
  ['stopped on ⟦503⟧ , then gave up', 'comment', true],
  ['stopped on  ⟦503⟧, then gave up', 'comment', true],
  ['stopped on ⟦503⟧; then gave up', 'comment', true],
  ['stopped on ⟦503⟧ x', 'comment', false],
  ['a ⟦404⟧  5 times', 'comment', false],
  ['a ⟦404⟧  .', 'comment', true],
  ['a ⟦404⟧', 'comment', true],
  ['a ⟦404⟧ - then', 'comment', true],
  ['a ⟦404⟧ -then', 'comment', false],
  ['a ⟦404⟧ indicates trouble', 'comment', true],
  ['⟦429⟧  means slow down', 'comment', true],
  ['⟦429⟧ errors or worse', 'comment', true],
  ['⟦429⟧ or worse', 'comment', false],
  ['⟦429⟧ with worse', 'comment', false],
  ['⟦410⟧ on error', 'comment', true],
  ['⟦410⟧ on failure', 'comment', true],
  ['⟦410⟧ if the feed is gone', 'comment', true],
  ['class Gone < ClientError; end  #  ⟦410⟧', 'comment', true],
  ['class Gone < ClientError; end  // ⟦410⟧', 'comment', true],
  ['raise NotFound  # ⟦404⟧', 'comment', false],
  ['after repeated  ⟦429⟧s', 'comment', true],
  ['GET /refunds ( ⟦204⟧ , empty body)', 'comment', true],
  ['GET /refunds (⟦204⟧ empty body)', 'comment', false],
  ['⟦502⟧  errors spike at noon', 'comment', true],
  ['⟦502⟧ responses spike at noon', 'comment', true],
  ['⟦502⟧ status code', 'comment', true],
  ['⟦301⟧ redirects spike at noon', 'comment', true],
  ['⟦404⟧ page', 'comment', true],
  ['4xx , ⟦503⟧ are retried', 'comment', true],
  ['4xx/⟦503⟧ are retried', 'comment', true],
  ['5xx and ⟦503⟧', 'comment', true],
  ['returns 404 for an unknown id, then ⟦200⟧', 'comment', true],
  ['returns 404 for an unknown id, but ⟦200⟧ otherwise', 'comment', true],
  ['returns 404 (or ⟦410⟧)', 'comment', true],
  ['version 1.404 for an unknown id, ⟦200⟧ otherwise', 'comment', false],
  ['build 4040 for an unknown id, ⟦200⟧ otherwise', 'comment', false],
  ['counted ⟦429⟧ , 503 from the API', 'comment', true],
  ['counted ⟦429⟧ /503 from the API', 'comment', true],
  ['class Gone < ClientError # ⟦400⟧', 'comment', true],
  ['class Gone < ClientError # ⟦399⟧', 'comment', false],
  ['⟦502⟧  responses', 'comment', true],
  ['⟦502⟧ error', 'comment', true],
  ['⟦502⟧ response', 'comment', true],
  ['⟦502⟧ status  code', 'comment', true],
  ['⟦502⟧ statuses', 'comment', true],
  ['⟦502⟧ errorless', 'comment', false],
  ["'it be ⟦404⟧'", 'string', true],
  ["'it on ⟦404⟧'", 'string', true],
  ["'it with ⟦404⟧'", 'string', true],
  ["'it is ⟦404⟧', x", 'string', true],
  ["'it is ⟦404⟧'(", 'string', true],
  ['treat as ⟦404⟧ errors', 'comment', true],
  ['treat as ⟦404⟧ for', 'comment', false],
  ['a ⟦404⟧  x', 'comment', false],
  ['with a ⟦503⟧', 'comment', true],
  ['after ⟦429⟧s', 'string', true],
  // Plural round hundreds in a string; ranges however spaced.
  ['"all the ⟦200⟧s are fine"', 'string', false],
  ['responses between ⟦400⟧ and 499 are retried', 'comment', false],
  ['responses between ⟦400⟧  and 499 are retried', 'comment', false],
  ['responses between ⟦400⟧ and  499 are retried', 'comment', false],
  ['responses between  ⟦400⟧ and 499 are retried', 'comment', false],
  ['responses from ⟦400⟧–499 are retried', 'comment', false],
  // Quantities and ids before a status word.
  ['up to ⟦500⟧ errors a minute are fine', 'comment', false],
  ['ticket ⟦404⟧ errors out', 'comment', false],
  // A number after a number: part of it, unless a list of codes runs before it.
  ['version 2 ⟦404⟧ errors', 'comment', false],
  ['version 2. ⟦404⟧ errors', 'comment', false],
  ['version 2.  ⟦404⟧ errors', 'comment', false],
  ['401, ⟦404⟧ errors', 'comment', true],
  ['401 , ⟦404⟧ errors', 'comment', true],
  ['401,  ⟦404⟧ errors', 'comment', true],
  ['401 or ⟦404⟧ errors', 'comment', true],
  ['1,401, ⟦404⟧ bytes', 'comment', false],
  ['12 ⟦404⟧ errors', 'comment', false],
  // Arrows only for real statuses; with ... at the end.
  ['map it -> ⟦150⟧ errors', 'comment', false],
  ['map it ->  ⟦201⟧', 'comment', true],
  ['fails with ⟦409⟧', 'comment', true],
  ['fails with  ⟦409⟧', 'comment', true],
  ['fails with ⟦409⟧ ,', 'comment', true],
  ['fails with ⟦409⟧)', 'comment', true],
  ['fails with ⟦409⟧ x', 'comment', false],
  ['fails with ⟦409⟧,', 'comment', true],
  // Test names that end on the status.
  ["'reports created on ⟦201⟧'", 'string', true],
  ["'reports created on ⟦201⟧' ,", 'string', true],
  ["'reports created on  ⟦201⟧'", 'string', true],
  ["'reports it gets ⟦201⟧'", 'string', true],
  ["'reports it get ⟦201⟧'", 'string', true],
  ["'reports it answer ⟦201⟧'", 'string', true],
  ["'the create is ⟦201⟧'", 'comment', false],
  // Definitions at the start of a sentence, with an adverb before them.
  ['// Mostly ⟦503⟧: someone is deploying', 'comment', true],
  ['// Mostly  ⟦503⟧: someone is deploying', 'comment', true],
  ['// almostly ⟦503⟧: someone', 'comment', false],
  // A status word right after the number, and only right after it.
  ['bump ⟦404⟧ error', 'comment', true],
  ['bump ⟦404⟧ response', 'comment', true],
  ['bump ⟦404⟧ status', 'comment', true],
  ['bump ⟦404⟧ redirect', 'comment', true],
  ['bump ⟦404⟧  errors', 'comment', true],
  ['bump ⟦404⟧xerrors', 'comment', false],
  ['4xx, then bump ⟦404⟧ later', 'comment', false],
  // A list of codes: the one before decides, however it is joined.
  ['returns 404 then ⟦410⟧ later', 'comment', true],
  ['returns 404 otherwise ⟦410⟧', 'comment', true],
  ['returns 404 but ⟦410⟧ later', 'comment', true],
  ['returns 404 (or maybe ⟦410⟧', 'comment', true],
  ['returns 404 ( or maybe ⟦410⟧', 'comment', true],
  ['returns 404 (or  maybe ⟦410⟧', 'comment', true],
  ['returns 404 (unless ⟦410⟧', 'comment', true],
  ['returns 404, a ⟦410⟧ later', 'comment', true],
  ['returns 404, the  ⟦410⟧ later', 'comment', true],
  ['returns 404, and more ⟦410⟧ later', 'comment', false],
  ['the 404 page, ⟦410⟧ later', 'comment', true],
  ['bump ⟦404⟧  or 410 status', 'comment', true],
  ['bump ⟦404⟧ later, 410 status', 'comment', false],
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

  it('a plural read as code is not prose', () => {
    assert.equal(proseNames({ lang: 'javascript', left: 'a wave of ', right: 's after the deploy', value: 502, region: 'code', completion: false }), false);
    assert.equal(proseNames({ lang: 'javascript', left: 'a wave of ', right: 's after the deploy', value: 502, region: 'comment', completion: false }), true);
  });

  it('never while completing', () => {
    assert.equal(proseNames({ lang: 'javascript', left: 'the server returns ', right: ' when missing', value: 404, region: 'comment', completion: true }), false);
  });
});

/** [language, snippet: the number marked ⟦⟧, in a comment or a string as the lexer reads it, does prose name a status] */
const PLACES: Array<[string, string, boolean]> = [
  // A status key inside a comment: JSON, YAML-like, an assignment.
  ['python', '# {"status":⟦429⟧}', true],
  ['javascript', '// status: ⟦429⟧', true],
  ['javascript', '// status:  ⟦429⟧', true],
  ['javascript', '// "status" = ⟦429⟧', true],
  ['javascript', '// statusCode=⟦429⟧ for the retry', true],
  // Inside a string only where the key is a JSON key or follows a brace or comma (ModSecurity, k6 tags).
  ['javascript', "const body = '{\"status\":⟦410⟧}';", true],
  ['javascript', "const body = '{\"status\": ⟦410⟧, \"title\": \"gone\"}';", true],
  ['json', '{"body": "{\\"status\\":⟦410⟧}"}', true],
  ['javascript', 'const rule = "deny,status:⟦403⟧";', true],
  ['javascript', "const q = 'http_reqs{status:⟦500⟧}';", true],
  ['javascript', "const q = 'http_reqs{status: ⟦500⟧}';", true],
  ['javascript', "const s = 'the status: ⟦200⟧ items';", false],
  ['javascript', "const s = 'status: ⟦200⟧ items';", false],
  ['javascript', "const s = 'mystatus:⟦200⟧';", false],
  // An error body quoted in a string: a code followed by a message, error, detail, title or reason.
  ['javascript', 'const m = "{ \\"code\\": ⟦404⟧, \\"message\\": \\"gone\\" }";', true],
  ['javascript', "const m = '{\"code\":⟦404⟧,\"error\":\"gone\"}';", true],
  ['javascript', "const m = '{\"code\": ⟦404⟧ , \"detail\":\"gone\"}';", true],
  ['javascript', 'const m = "{ \\"code\\": ⟦404⟧, \\"count\\": 3 }";', false],
  ['javascript', "const m = 'x \"code\": ⟦404⟧, \"detail\":\"gone\"';", false],
  ['python', '# {"status": "⟦429⟧"}', true],
  ['python', '# {"status": 200, "count": ⟦404⟧}', false],
  ['javascript', "const body = '{ \"status\" : ⟦410⟧ }';", true],
  ['javascript', "const q = 'http_reqs{ status:⟦500⟧}';", true],
  ['javascript', "const q = 'http_reqs{status :⟦500⟧}';", true],
  ['javascript', "const m = '{\"code\": ⟦404⟧, \"message\": \"gone\"}';", true],
  ['javascript', "const m = '{ \"code\" : ⟦404⟧, \"message\": \"gone\"}';", true],
  ['javascript', "const m = '{\"code\": 1, \"n\": ⟦404⟧, \"message\": \"x\"}';", false],
  // Mail named on the line or next to it.
  ['javascript', '// SMTP relay below\n// it returns ⟦550⟧ when the mailbox is full', false],
  ['javascript', '// it returns ⟦503⟧ when the pool is busy', true],
  // A number set off as code or emphasis: read as the word it stands for.
  ['javascript', '// returns `⟦404⟧` when missing', true],
  ['javascript', '// returns "⟦404⟧" when missing', true],
  ['javascript', '// returns **⟦404⟧** when missing', true],
  ['javascript', "// '⟦503⟧' fails when the pool is busy", true],
  ['javascript', "log('the server returns *⟦503⟧* when busy');", false],
  ['markdown', '***⟦404⟧*** means the page is gone', true],
  ['javascript', '// returns _⟦404⟧_ when missing', true],
  ['javascript', 'const s = "returns `⟦404⟧` when missing";', true],
  ['javascript', '// took `⟦500⟧` ms', false],
  // Another protocol named on the line or the line next to it.
  ['javascript', '// the SMTP relay answers ⟦550⟧ when the mailbox is gone', false],
  ['javascript', '// the relay answers ⟦550⟧ when the mailbox is gone\n// (SMTP)', false],
  ['javascript', '// (SMTP)\n// the relay answers ⟦550⟧ when the mailbox is gone', false],
  ['javascript', '// (SMTP)\n\n// the relay answers ⟦550⟧ when the mailbox is gone', true],
  ['javascript', '// the relay answers ⟦550⟧ when the mailbox is gone\n\n// (SMTP)', true],
];

describe('prose: where a comment or string names a status, read as the lexer reads the place', () => {
  for (const [lang, snippet, names] of PLACES) {
    it(`${JSON.stringify(snippet)} (${lang}) ${names ? 'names' : 'does not name'} a status`, () => {
      const { text, positives } = parseLabels(snippet);
      const p = positives[0];
      const doc = docOf(text, lang);
      const view = viewAt(doc, p.line, p.start)!;
      const token = tokenAt(view.text, view.col, lang)!;
      const region = regionAt(doc, p.line, view, token.start).region;
      assert.notEqual(region, 'code', 'the number stands in a comment or a string');
      const c: Candidate = { doc, lang, line: p.line, left: view.text.slice(0, token.start), right: view.text.slice(token.end), region, value: Number(token.text), completion: false, memo: {} };
      assert.equal(!!prose.test(c), names);
      assert.equal(prose.test({ ...c, completion: true, memo: {} }), undefined, 'never while completing');
    });
  }
});
