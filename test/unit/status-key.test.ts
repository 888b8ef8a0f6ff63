import * as assert from 'node:assert/strict';
import { statusKey } from '../../src/core/evidence/status-key';
import type { Candidate } from '../../src/core/evidence/types';
import { markedCandidate } from '../support/candidate';

// Keys, fields and variables that hold a status (src/core/evidence/status-key.ts): R's $ and <-, receivers and
// key names of a domain's status, expectations in API test configs, a code in an error body (not in linter
// options), and keys named after the value's own reason phrase.

const at = (lang: string, snippet: string): Candidate => markedCandidate(lang, snippet);

/** [language, snippet, does the rule fire on the marked number] */
const ROWS: Array<[string, string, boolean]> = [
  ["r", "res$status <- ⟦404⟧", true],
  ["r", "res$status  <-  ⟦404⟧", true],
  ["javascript", "res$status <- ⟦404⟧", false],
  ["php", "$this->status = ⟦404⟧;", true],
  ["php", "$order->status = ⟦300⟧;", false],
  ["javascript", "const orderStatus = ⟦300⟧;", false],
  ["javascript", "const httpStatus = ⟦404⟧;", true],
  ["python", "job_status = ⟦300⟧", false],
  ["python", "resp_status = ⟦404⟧", true],
  ["yaml", "expect: ⟦200⟧", true],
  ["yaml", "expectStatus: ⟦200⟧", true],
  ["json", "\"expected_status\": ⟦200⟧", true],
  ["javascript", "expect: ⟦200⟧", false],
  ["yaml", "expected : ⟦200⟧", true],
  ["json", "\"max-len\": [2, ⟦120⟧]", false],
  ["json", "\"status\": ⟦120⟧, \"printWidth\": 100", true],
  ["javascript", "NOT_MODIFIED: ⟦304⟧,", true],
  ["javascript", "HTTP_NOT_FOUND = ⟦404⟧", true],
  ["javascript", "STATUS_OK = ⟦200⟧", true],
  ["java", "static final int SC_ACCEPTED = ⟦202⟧;", true],
  ["javascript", "OK: ⟦200⟧,", true],
  ["javascript", "NOT_FOUND: ⟦500⟧,", false],
  ["javascript", "FOUND: ⟦404⟧,", false],
  ["javascript", "NotFound: ⟦404⟧,", true],
  ["javascript", "Found: ⟦302⟧,", true],
  ["javascript", "X: ⟦302⟧,", false],
  ["javascript", "TOO_MANY: ⟦429⟧,", true],
  ["javascript", "TOO_MANY_REQ: ⟦429⟧,", true],
  ["javascript", "const s = { status : ⟦404⟧ };", true],
  ["javascript", "ctx.status = ⟦204⟧;", true],
  ["javascript", "ctx.status == ⟦204⟧;", false],
  ["go", "w.status := ⟦204⟧", true],
  ["ruby", "{ :status => ⟦404⟧ }", true],
  ["ruby", "{ status: '⟦404⟧' }", true],
  ["json", "{ \"code\": ⟦404⟧, \"message\": \"not found\" }", true],
  ["json", "{ \"code\": ⟦404⟧, \"count\": 3 }", false],
  ["json", "{ \"error\": { \"code\": ⟦150⟧ } }", false],
  ["json", "\"max-len\": [\"error\", { \"code\": ⟦200⟧ }]", false],
  ["json", "{\n  \"code\": ⟦404⟧,\n  \"detail\": \"gone\"\n}", true],
  ["javascript", "const err = { code: ⟦404⟧, message: 'gone' };", true],
  ["javascript", "a_very_long_receiver_name_that_goes_on.and_on_and_on_and_on_and_on.status = ⟦204⟧;", true],
  ["javascript", "logger.info('the payment provider answered slowly'); response.status = ⟦504⟧;", true],
  ["json", "\"expect\": ⟦200⟧", true],
  ["json", "{\"expect\":⟦200⟧}", true],
  ["json", "\"expect\": \"⟦200⟧\"", true],
  ["json", "\"maxlen\": [\"error\", { \"code\": ⟦200⟧ }]", false],
  ["json", "\"lineLength\": [\"error\", { \"code\": ⟦200⟧ }]", false],
  ["json", "\"notFound\": ⟦404⟧", true],
  ["javascript", "const codes = {notFound:⟦404⟧};", true],
  ["javascript", "const limit = ⟦404⟧;", false],
  ["python", "UNAUTH = ⟦401⟧", true],
  ["python", "FORBID = ⟦403⟧", true],
  ["python", "FORBI = ⟦403⟧", false],
];

describe('status-key: keys, fields and variables that hold a status, form by form', () => {
  for (const [lang, snippet, expected] of ROWS) {
    it(`${expected ? 'fires' : 'silent'}: ${JSON.stringify(snippet.length > 90 ? '…' + snippet.slice(-90) : snippet)} (${lang})`, () => {
      assert.equal(!!statusKey.test(at(lang, snippet)), expected);
    });
  }
});
