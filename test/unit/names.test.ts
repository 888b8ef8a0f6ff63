import * as assert from 'node:assert/strict';
import { governing, governingNames, wordsOf, type Governing } from '../../src/core/evidence/names';
import type { Candidate } from '../../src/core/evidence/types';
import { markedCandidate } from '../support/candidate';

/** The candidate for the number marked ⟦⟧ in a snippet, read as code (as the detector asks). */
const candidate = (lang: string, labelled: string): Candidate => markedCandidate(lang, labelled);

describe('names: the words of an identifier', () => {
  it('splits camelCase, SHOUTING_CASE, kebab-case and acronyms into lower-case words, without bare numbers', () => {
    assert.deepEqual(wordsOf('expectedStatusCode'), ['expected', 'status', 'code']);
    assert.deepEqual(wordsOf('HTTPStatus'), ['http', 'status']);
    assert.deepEqual(wordsOf('RETRY_STATUS'), ['retry', 'status']);
    assert.deepEqual(wordsOf('retry-statuses'), ['retry', 'statuses']);
    assert.deepEqual(wordsOf('res.status'), ['res', 'status']);
    assert.deepEqual(wordsOf('page_2_size'), ['page', 'size']);
    assert.deepEqual(wordsOf('x2Large'), ['x2', 'large']);
  });

  it('splits acronyms before a word, digits before a capital, and drops separators and bare numbers', () => {
    assert.deepEqual(wordsOf('XMLHttpRequest'), ['xml', 'http', 'request']);
    assert.deepEqual(wordsOf('getHTTPStatusCode'), ['get', 'http', 'status', 'code']);
    assert.deepEqual(wordsOf('ABC'), ['abc']);
    assert.deepEqual(wordsOf('a1B'), ['a1', 'b']);
    assert.deepEqual(wordsOf('_leading__double'), ['leading', 'double']);
    assert.deepEqual(wordsOf('x_404_y'), ['x', 'y']);
    assert.deepEqual(wordsOf('404'), []);
    assert.deepEqual(wordsOf('statusCode2xx'), ['status', 'code2xx']);
  });

  it('answers again from its cache with the same words, and keeps the cache bounded', () => {
    const first = wordsOf('maxRetryCount');
    assert.equal(wordsOf('maxRetryCount'), first, 'the same list, not worked out again');
    assert.deepEqual(first, ['max', 'retry', 'count']);
    for (let i = 0; i < 1100; i++) wordsOf(`name${i}Word`);
    assert.notEqual(wordsOf('maxRetryCount'), first, 'worked out again once the cache was cleared');
    assert.deepEqual(wordsOf('maxRetryCount'), ['max', 'retry', 'count']);
  });
});

/** [language, snippet with the value marked, the names that govern it] */
const GOVERNING: Array<[string, string, Governing]> = [
  ['javascript', 'res.status(⟦404⟧).json({ error: "missing" });', { call: 'res.status' }],
  ['javascript', 'expect(res.status).toBe(⟦200⟧);', { call: '.toBe', compared: 'status' }],
  ['javascript', 'expect(body.items.length).not.to.equal(⟦100⟧);', { call: '.not.to.equal', compared: 'length' }],
  ['python', 'self.assertEqual(response.status_code, ⟦201⟧)', { call: 'self.assertEqual', compared: 'status_code' }],
  ['java', 'assertEquals(⟦404⟧, response.getStatus());', { call: 'assertEquals', compared: 'getStatus' }],
  ['python', 'retry_statuses = [500, ⟦502⟧]', { key: 'retry_statuses' }],
  ['yaml', 'timeout: ⟦300⟧', { key: 'timeout' }],
  ['json', '"retryOn": [429, ⟦503⟧],', { key: 'retryOn' }],
  ['php', "$response = $client->request('GET', $url, ['timeout' => ⟦120⟧]);", { key: 'timeout' }],
  ['python', 'if len(rows) > ⟦100⟧:', { compared: 'rows' }],
  ['python', 'if order.status == ⟦300⟧:', { compared: 'status', domain: true }],
  ['go', 'if resp.StatusCode != ⟦200⟧ {', { compared: 'StatusCode' }],
  ['javascript', 'const missing = ⟦404⟧ === res.status;', { key: 'missing', compared: 'status' }],
  ['javascript', "const page = await api.get('/rooms', query('limit', ⟦200⟧));", { call: 'query', key: 'limit' }],
  ['go', 'var grpcToHTTP = map[codes.Code]int{\n\tcodes.DeadlineExceeded: ⟦504⟧,\n}', {}],
  ['javascript', 'return ⟦404⟧;', {}],
  ['ruby', 'render json: { error: "gone" }, status: ⟦410⟧', { key: 'status' }],
  // A string label just before the value names it: a request parameter, an interpolated name, a matcher's label.
  ['java', "mockMvc.perform(get(\"/x\").param( 'size' , ⟦201⟧));", { call: '.param', key: 'size' }],
  ['ruby', 'doIfEquals("#{pollStatus}", ⟦303⟧)', { call: 'doIfEquals', key: 'pollStatus' }],
  ['scala', 'doIfEquals("${pollStatus}", ⟦303⟧)', { call: 'doIfEquals', key: 'pollStatus' }],
  ['dart', "expect(r, isA<Resp>().having((e) => e.statusCode, 'statusCode', ⟦429⟧));", { call: '.having', key: 'statusCode' }],
  // The other side of an assertion, however the assertion is spelled.
  ['swift', 'XCTAssertEqual(rows.count, ⟦200⟧)', { call: 'XCTAssertEqual', compared: 'count' }],
  ['cpp', 'EXPECT_EQ(⟦404⟧, resp.code);', { call: 'EXPECT_EQ', compared: 'code' }],
  ['cpp', 'ASSERT_EQ(resp.status_code, ⟦404⟧);', { call: 'ASSERT_EQ', compared: 'status_code' }],
  ['go', 'is.Equal(⟦404⟧, rec.Code)', { call: 'is.Equal', compared: 'Code' }],
  ['go', 'assert.Equal(t, ⟦404⟧, rec.Code)', { call: 'assert.Equal', compared: 'Code' }],
  ['python', 'checkStatus(⟦200⟧)', { call: 'checkStatus' }],
  ['python', 'send(resp, ⟦200⟧)', { call: 'send' }],
  ['javascript', 'expect(res).to.have.status(⟦404⟧);', { call: '.to.have.status', compared: 'res' }],
  // Compared expressions: optional chaining keeps the receiver, so a domain object's status stays a domain's.
  ['javascript', 'if (job?.status == ⟦300⟧) x();', { compared: 'status', domain: true }],
  ['javascript', 'if (resp?.status == ⟦300⟧) x();', { compared: 'status' }],
  ["javascript", "if (res.json()['grams'] > ⟦300⟧) x();", { compared: 'grams' }],
  // Keys: logical assignment, a list wrapped in a collection's constructor, enum members as map keys.
  ['javascript', 'timeoutMs ??= ⟦500⟧;', { key: 'timeoutMs' }],
  ['ruby', '@status ||= ⟦200⟧', { key: 'status' }],
  ['typescript', 'const retryOn = new Set([429, ⟦503⟧]);', { key: 'retryOn' }],
  ['python', 'RETRY_ON = frozenset({429, ⟦503⟧})', { key: 'RETRY_ON' }],
  ['kotlin', 'val retryOn = setOf(429, ⟦503⟧)', { call: 'setOf', key: 'retryOn' }],
  ['java', 'static final Set<Integer> RETRY_ON = Set.of(429, ⟦503⟧);', { call: 'Set.of', key: 'RETRY_ON' }],
  ['javascript', 'const r = compute(429, ⟦503⟧);', { call: 'compute' }],
  ['rust', 'Code::NotFound => ⟦404⟧,', {}],
  ['python', 'x = {"status": ⟦404⟧}', { key: 'status' }],
  // Assertions by their bare names too, and the actual value after the expected one, however spaced.
  ['python', 'assert_(⟦404⟧, resp.status)', { call: 'assert_', compared: 'status' }],
  ['csharp', 'Assert(⟦404⟧, resp.Status);', { call: 'Assert', compared: 'Status' }],
  ['javascript', 'expect(⟦404⟧, res.status);', { call: 'expect', compared: 'status' }],
  ['go', 'check(⟦404⟧, rec.Code)', { call: 'check', compared: 'Code' }],
  ['kotlin', 'verify(⟦404⟧, resp.status)', { call: 'verify', compared: 'status' }],
  ['swift', 'XCTAssert(⟦404⟧, resp.statusCode)', { call: 'XCTAssert', compared: 'statusCode' }],
  ['cpp', 'EXPECT_EQ(⟦404⟧,resp.code);', { call: 'EXPECT_EQ', compared: 'code' }],
  ['java', 'assertEquals(⟦404⟧ , resp.getStatus());', { call: 'assertEquals', compared: 'getStatus' }],
  ['java', 'assertEquals(⟦404⟧,  resp.getStatus());', { call: 'assertEquals', compared: 'getStatus' }],
  ['java', 'assertEquals("x", ⟦404⟧, resp.getStatus());', { call: 'assertEquals', key: 'x', compared: 'getStatus' }],
  ['java', 'assertEquals("msg", resp.status, ⟦404⟧);', { call: 'assertEquals', compared: 'status' }],
  ['java', 'assertEquals(⟦404⟧, resp.header("Status"));', { call: 'assertEquals', compared: 'Status' }],
  ['csharp', 'AssertEqual(⟦404⟧, resp.Status);', { call: 'AssertEqual', compared: 'Status' }],
  ['javascript', 'expectStatus(⟦404⟧, res.status);', { call: 'expectStatus', compared: 'status' }],
  ['go', 'checkEqual(⟦404⟧, rec.Code)', { call: 'checkEqual', compared: 'Code' }],
  ['kotlin', 'verifyStatus(⟦404⟧, resp.status)', { call: 'verifyStatus', compared: 'status' }],
  ['javascript', 'equals(⟦404⟧, res.status);', { call: 'equals', compared: 'status' }],
  ['csharp', 'Equals(⟦404⟧, resp.Status);', { call: 'Equals', compared: 'Status' }],
  ['perl', 'is(⟦404⟧, $res->code);', { call: 'is', compared: 'code' }],
  ['javascript', 'eq(⟦404⟧, res.status);', { call: 'eq', compared: 'status' }],
  ['javascript', 'send(⟦404⟧, res.status);', { call: 'send' }],
  // The value must start its argument; a label just before it names it, however it is spaced.
  ['javascript', 'f(x + ⟦404⟧)', {}],
  ['java', 'f("size", 5, "x", ⟦404⟧)', { call: 'f', key: 'x' }],
  ['java', 'param("size",⟦201⟧)', { call: 'param', key: 'size' }],
  // expect(...) however its argument nests.
  ['javascript', 'expect(res.json().status).toBe(⟦200⟧);', { call: '.toBe', compared: 'status' }],
  ['javascript', 'expect(JSON.parse(res.body(10)).status).toBe(⟦200⟧);', { call: '.toBe', compared: 'status' }],
  ['javascript', 'expect (res.status).toBe(⟦200⟧);', { call: '.toBe', compared: 'status' }],
  // Keys named like a keyword at one end only are keys.
  ['python', 'login = ⟦200⟧', { key: 'login' }],
  ['javascript', 'newStatus = ⟦200⟧', { key: 'newStatus' }],
  ['javascript', 'const m = { [codes.NotFound]: ⟦404⟧ };', {}],
  // A domain's status however the member is spaced, numbered, wrapped or called.
  ['python', 'if order.status2 == ⟦300⟧:', { compared: 'status2', domain: true }],
  ['javascript', 'if ((order.status) == ⟦300⟧) x();', { compared: 'status', domain: true }],
];

describe('names: what governs a value', () => {
  for (const [lang, text, expected] of GOVERNING) {
    it(`${lang}: ${JSON.stringify(text)} -> ${JSON.stringify(expected)}`, () => {
      assert.deepEqual({ ...governing(candidate(lang, text)) }, expected);
    });
  }

  it('reads the key from the last hundred characters before the value', () => {
    const line = `const note = "${'n'.repeat(80)}"; retryStatuses = [500, ⟦502⟧]`;
    assert.equal(governing(candidate('javascript', line)).key, 'retryStatuses');
  });

  it('reads an expect(...) within the last 160 characters only', () => {
    const near = `expect(${'a.'.repeat(60)}length).toBe(⟦200⟧);`;
    const far = `expect(${'a.'.repeat(85)}length).toBe(⟦200⟧);`;
    assert.equal(governing(candidate('javascript', near)).compared, 'length');
    assert.equal(governing(candidate('javascript', far)).compared, undefined);
  });

  it('is worked out once per candidate', () => {
    const c = candidate('javascript', 'res.status(⟦404⟧);');
    assert.equal(governing(c), governing(c));
    assert.equal(governingNames(c), governingNames(c));
  });

  it('a paren-less command governs its arguments after the word before the value; shell built-ins only as that word', () => {
    assert.deepEqual(governingNames(candidate('shellscript', 'check "station list" "/v1/stations" ⟦200⟧')), [['stations'], ['check']]);
    assert.deepEqual(governingNames(candidate('shellscript', 'if expect_status "/health" ⟦204⟧; then')), [['health'], ['expect', 'status']]);
    assert.deepEqual(governingNames(candidate('shellscript', 'sleep ⟦120⟧')), [['sleep']]);
    assert.deepEqual(governingNames(candidate('javascript', 'check "x" ⟦200⟧')), [['x']], 'JavaScript calls need parentheses');
    assert.deepEqual(governingNames(candidate('shellscript', 'if  check_status "/health" ⟦204⟧; then')), [['health'], ['check', 'status']]);
    assert.deepEqual(governingNames(candidate('shellscript', 'until  check_status "/health" ⟦204⟧; do')), [['health'], ['check', 'status']]);
    assert.deepEqual(governingNames(candidate('shellscript', 'while  check_status "/health" ⟦204⟧; do')), [['health'], ['check', 'status']]);
    assert.deepEqual(governingNames(candidate('dockerfile', 'RUN  check_status "/health" ⟦204⟧')), [['health'], ['check', 'status']]);
    assert.deepEqual(governingNames(candidate('dockerfile', 'CMD  check_status "/health" ⟦204⟧')), [['health'], ['check', 'status']]);
    assert.deepEqual(governingNames(candidate('shellscript', 'check  "/v1/stations" ⟦200⟧')), [['stations'], ['check']]);
    assert.deepEqual(governingNames(candidate('shellscript', 'check "a"  "/v1/stations" ⟦200⟧')), [['stations'], ['check']]);
    assert.deepEqual(governingNames(candidate('shellscript', 'redo "/v1/stations" ⟦200⟧')), [['stations'], ['redo']]);
    assert.deepEqual(governingNames(candidate('shellscript', 'setup "/v1/stations" ⟦200⟧')), [['stations'], ['setup']]);
  });

  it('lists the words of the call, the key and the compared expression, in that order', () => {
    assert.deepEqual(governingNames(candidate('javascript', "res.status(⟦404⟧);")), [['res', 'status']]);
    assert.deepEqual(governingNames(candidate('javascript', "query('limit', ⟦200⟧)")), [['query'], ['limit']]);
    assert.deepEqual(governingNames(candidate('python', 'self.assertEqual(response.status_code, ⟦201⟧)')), [['self', 'assert', 'equal'], ['status', 'code']]);
  });
});
