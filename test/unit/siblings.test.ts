import * as assert from 'node:assert/strict';
import { company, quantityCompany, statusCompany, statusCrowd } from '../../src/core/evidence/siblings';
import type { Candidate } from '../../src/core/evidence/types';
import { markedCandidate } from '../support/candidate';

/** The candidate for the number marked ⟦⟧, read as code unless a region is given. */
const candidate = (lang: string, labelled: string, region: Candidate['region'] = 'code'): Candidate => markedCandidate(lang, labelled, region);

/** [language, snippet, statuses and other large numbers listed with the value] */
const COMPANY: Array<[string, string, { statuses: number; others: number }]> = [
  ['javascript', 'const retryOn = [⟦502⟧, 503, 504];', { statuses: 2, others: 0 }],
  ['go', 'sizes := []int{⟦256⟧, 512, 1024}', { statuses: 0, others: 2 }],
  // The group the value is in, nested groups included; a nested group's value sees its own group only.
  ['go', '{"retries", []int{502, 502, 200}, ⟦200⟧, 3},', { statuses: 3, others: 0 }],
  ['go', '{"retries", []int{502, ⟦502⟧, 200}, 200, 3},', { statuses: 2, others: 0 }],
  // Small numbers say nothing; decimals, numbers over 999 and numbers with a unit are quantities.
  ['python', 'scale = (⟦100⟧, 0.5, 3)', { statuses: 0, others: 1 }],
  ['python', 'limits = (⟦500⟧, 1500)', { statuses: 0, others: 1 }],
  ['python', 'timeouts = (⟦500⟧, 250 ms)', { statuses: 0, others: 1 }],
  // 300 and the 1xx codes are rarely sent: in a row with 100 and 200 they are a numbering.
  ['javascript', 'const steps = [⟦100⟧, 200, 300];', { statuses: 1, others: 1 }],
  ['javascript', 'const early = [⟦200⟧, 103];', { statuses: 0, others: 1 }],
  // Not a registered or known code: another number.
  ['javascript', 'const xs = [⟦200⟧, 250, 380];', { statuses: 0, others: 2 }],
  // One element a line: the lines around of the same shape.
  ['python', 'RETRY = [\n    500,\n    ⟦502⟧,\n    503,  # unavailable\n    1024,\n]', { statuses: 2, others: 1 }],
  // Map keys keep company with keys, not values; one key a line, with its neighbours'.
  ['json', '"ttlSeconds": { "⟦404⟧": 60, "410": 86400 }', { statuses: 1, others: 0 }],
  ['perl', "my %why = (\n  404 => 'no gauge',\n  ⟦423⟧ => 'in maintenance',\n  1200 => 'odd',\n);", { statuses: 1, others: 1 }],
  ['lua', 'local m = {\n  [401] = "token",\n  [⟦403⟧] = "suspended",\n}', { statuses: 1, others: 0 }],
  // In prose the sentence is the company, up to the string's quotes.
  ['javascript', 'log("retry on 502 or ⟦503⟧ only", 2048)', { statuses: 1, others: 0 }],  // Nested groups, one element a line (and where that stops), keys of each language, what counts as a number.
  ["javascript", "f(⟦404⟧, g(500, 502), 503)", { statuses: 3, others: 0 }],
  ["javascript", "f(⟦404⟧, [500, 502], {a: 503})", { statuses: 3, others: 0 }],
  ["javascript", "f(500, (1), ⟦404⟧)", { statuses: 1, others: 0 }],
  ["javascript", "x = ⟦404⟧ + 503", { statuses: 1, others: 0 }],
  ["javascript", "const a = [200,\n  ⟦404⟧,\n  503]", { statuses: 0, others: 0 }],
  ["python", "RETRY = [\n  500,\n  ⟦502⟧,\n]", { statuses: 1, others: 0 }],
  ["python", "RETRY = [\n  500,\n  ⟦502⟧ , # bad gateway\n  '503',\n]", { statuses: 2, others: 0 }],
  ["python", "RETRY = [\n  x500,\n  ⟦502⟧,\n  y503,\n]", { statuses: 0, others: 0 }],
  ["python", "RETRY = [\n  500, 501,\n  ⟦502⟧,\n]", { statuses: 0, others: 0 }],
  ["python", "RETRY = [\n  1, 2, ⟦502⟧,\n  503,\n]", { statuses: 0, others: 0 }],
  ["python", "RETRY = [\n  500,\n\n\n  ⟦502⟧,\n]", { statuses: 0, others: 0 }],
  ["json", "{ \"404\" : 60, \"⟦410⟧\" : 86400 }", { statuses: 1, others: 0 }],
  ["ruby", "{ 404 => 60, ⟦410⟧ => 86400 }", { statuses: 1, others: 0 }],
  ["lua", "local m = { [401] = 1, [⟦403⟧] = 2 }", { statuses: 1, others: 0 }],
  ["lua", "local m = {\n  [401]  =  \"token\",\n  [⟦403⟧] = \"suspended\",\n  [1024] = \"big\",\n}", { statuses: 1, others: 1 }],
  ["perl", "my %why = (\n  '404' => 'no gauge',\n  ⟦423⟧ => 'in maintenance',\n);", { statuses: 1, others: 0 }],
  ["perl", "my %why = (\n  404 => 'no gauge',\n\n\n\n  ⟦423⟧ => 'in maintenance',\n);", { statuses: 0, others: 0 }],
  ["javascript", "const a = [⟦404⟧, 1e3, 2.5, 503]", { statuses: 1, others: 1 }],
  ["javascript", "const a = [⟦404⟧, v1.503, #503, a-503, x_503]", { statuses: 0, others: 0 }],
  ["javascript", "const a = [⟦404⟧, 503px, 502.5]", { statuses: 0, others: 1 }],
  ["javascript", "const a = [⟦404⟧, 503 ms, 502  requests]", { statuses: 0, others: 2 }],
  ["javascript", "const a = [⟦404⟧, 199, 600, 999, 1000]", { statuses: 0, others: 4 }],
  ["javascript", "const a = [⟦404⟧, 50, 99]", { statuses: 0, others: 0 }],
  ["javascript", "const a = [⟦404⟧, 503]ms", { statuses: 1, others: 0 }],
  // The innermost group of each bracket kind, on the left and on the right.
  ["javascript", "f(1024, [⟦404⟧, 503])", { statuses: 1, others: 0 }],
  ["javascript", "x = [1024, f(⟦404⟧, 503)]", { statuses: 1, others: 0 }],
  ["javascript", "x = [1024, {a: ⟦404⟧, b: 503}]", { statuses: 1, others: 0 }],
  ["javascript", "[⟦404⟧, {a: 1024}, 503]", { statuses: 1, others: 1 }],
  ["javascript", "[⟦404⟧, [1024], 503]", { statuses: 1, others: 1 }],
  ["javascript", "[⟦404⟧, (1024), 503]", { statuses: 1, others: 1 }],
  ["javascript", "f(⟦404⟧, [1024], 503) + g(2048)", { statuses: 1, others: 1 }],
  ["javascript", "f(⟦404⟧, {a: 1024}, 503) + g(2048)", { statuses: 1, others: 1 }],
  ["javascript", "[⟦404⟧, f(1024), 503] + g(2048)", { statuses: 1, others: 1 }],
  ["javascript", "f(⟦404⟧, 503) + [2048]", { statuses: 1, others: 0 }],
  ["javascript", "[⟦404⟧, 503] + f(2048)", { statuses: 1, others: 0 }],
  // One element a line: the last one has no comma; quoted elements; an element followed by another.
  ["python", "RETRY = [\n  500,\n  ⟦503⟧\n]", { statuses: 1, others: 0 }],
  ["python", "RETRY = [\n  '500',\n  '⟦503⟧',\n]", { statuses: 1, others: 0 }],
  ["python", "RETRY = [\n  500,\n  ⟦503⟧, 1024\n]", { statuses: 0, others: 1 }],
  ["python", "RETRY = [\n  ⟦502⟧,\n  503\n]", { statuses: 1, others: 0 }],
  ["python", "RETRY = [\n  ⟦502⟧,\n  503,  # 1024 bytes\n]", { statuses: 1, others: 0 }],
  // Keys: quoted, spaced and unspaced Lua keys, keys up to three lines away, keys on both sides.
  ["lua", "local m = { [401] = 1, [ ⟦403⟧ ] = 2 }", { statuses: 1, others: 0 }],
  ["lua", "local m = { [401]=1, [⟦403⟧]=2 }", { statuses: 1, others: 0 }],
  ["perl", "my %why = (\n  '404' => 'no gauge',\n  '⟦423⟧' => 'in maintenance',\n);", { statuses: 1, others: 0 }],
  ["perl", "my %why = (\n  404 => 'a',\n\n\n  ⟦423⟧ => 'b',\n);", { statuses: 1, others: 0 }],
  ["perl", "my %why = (\n  404 => 'a',\n\n  ⟦423⟧ => 'b',\n);", { statuses: 1, others: 0 }],
  ["perl", "my %why = (\n  ⟦423⟧ => 'b',\n\n  404 => 'a',\n);", { statuses: 1, others: 0 }],
  ["perl", "my %why = (\n  ⟦423⟧ => 'b',\n\n\n  404 => 'a',\n);", { statuses: 1, others: 0 }],
  ["json", "{ \"401\": 1, \"⟦404⟧\": 60, \"410\": 86400 }", { statuses: 2, others: 0 }],
  // Numbers: decimals of any length, 100 and 599.
  ["javascript", "const a = [⟦404⟧, 502.55]", { statuses: 0, others: 1 }],
  ["javascript", "const a = [⟦404⟧, 100, 503]", { statuses: 1, others: 1 }],
  ["javascript", "const a = [⟦404⟧, 599]", { statuses: 1, others: 0 }],
  // In a string, the sentence between the quotes only.
  ["javascript", "log(\"use 404\", \"retry on 502 or ⟦503⟧ only\")", { statuses: 1, others: 0 }],
  ["javascript", "log(\"502 or ⟦503⟧ only\", 2048)", { statuses: 1, others: 0 }],
  ["javascript", "log(2048, \"retry on 502 or ⟦503⟧ only\")", { statuses: 1, others: 0 }],
  ["javascript", "log(\"retry on ⟦503⟧ or 502 only\", 2048)", { statuses: 1, others: 0 }],
];

describe('siblings: the numbers listed with a value', () => {
  for (const [lang, text, expected] of COMPANY) {
    it(`${lang}: ${JSON.stringify(text)} -> ${expected.statuses} statuses, ${expected.others} others`, () => {
      const region = text.startsWith('log(') ? 'string' : 'code';
      assert.deepEqual({ ...company(candidate(lang, text, region)) }, expected);
    });
  }

  it('in a string, the sentence ends at its quote, whichever quote it is', () => {
    for (const text of ["log('retry on 502 or ⟦503⟧ only, ' + 2048)", 'log(`retry on 502 or ⟦503⟧ only` + 2048)', 'log("see 502 ⟦503⟧", 2048)']) {
      assert.deepEqual({ ...company(candidate('javascript', text, 'string')) }, { statuses: 1, others: 0 }, text);
    }
    assert.deepEqual({ ...company(candidate('javascript', 'log("retry on 502 or ⟦503⟧ only", 2048)', 'code')) }, { statuses: 1, others: 1 }, 'read as code, the call is the group');
  });

  it('a crowd is four statuses or more, with no other large number', () => {
    assert.deepEqual(statusCrowd.test(candidate('javascript', 'const a = [⟦502⟧, 503, 504, 429, 500];')), {});
    assert.equal(statusCrowd.test(candidate('javascript', 'const a = [⟦502⟧, 503, 504, 429];')), undefined);
    assert.equal(statusCrowd.test(candidate('javascript', 'const a = [⟦502⟧, 503, 504, 429, 500, 4096];')), undefined);
  });

  it('is counted once per candidate', () => {
    const c = candidate('javascript', 'const retryOn = [⟦502⟧, 503, 504];');
    assert.equal(company(c), company(c));
  });

  it('status company grows with the statuses listed, up to two; any other large number turns it into quantity company', () => {
    assert.deepEqual(statusCompany.test(candidate('javascript', 'const a = [⟦502⟧, 503];')), { strength: 0.5 });
    assert.deepEqual(statusCompany.test(candidate('javascript', 'const a = [⟦502⟧, 503, 504, 429];')), { strength: 1 });
    assert.equal(statusCompany.test(candidate('javascript', 'const a = [⟦502⟧, 503, 4096];')), undefined);
    assert.deepEqual(quantityCompany.test(candidate('javascript', 'const a = [⟦502⟧, 503, 4096];')), { strength: 0.5 });
    assert.deepEqual(quantityCompany.test(candidate('javascript', 'const a = [⟦502⟧, 2048, 4096];')), { strength: 1 });
    assert.equal(quantityCompany.test(candidate('javascript', 'const a = [⟦502⟧, 503];')), undefined);
  });
});
