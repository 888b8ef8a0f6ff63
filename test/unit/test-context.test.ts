import * as assert from 'node:assert/strict';
import { testTitle } from '../../src/core/evidence/test-context';
import type { Candidate } from '../../src/core/evidence/types';
import { markedCandidate } from '../support/candidate';

// A status in a test's title (src/core/evidence/test-context.ts), read where the lexer puts it (in a string):
// the title calls of each framework, Kotlin's backticked names, k6 checks, paren-less Ruby titles; the
// second argument, other calls, quantities and units as look-alikes.

const at = (lang: string, snippet: string): Candidate => markedCandidate(lang, snippet, 'lexed');

/** [language, snippet, does the rule fire on the marked number] */
const ROWS: Array<[string, string, boolean]> = [
  ["javascript", "it('returns ⟦404⟧ for an unknown id', async () => {", true],
  ["javascript", "test(\"returns ⟦404⟧ for an unknown id\", () => {", true],
  ["javascript", "xit(`returns ⟦404⟧ for an unknown id`, () => {", true],
  ["javascript", "describe('the ⟦404⟧ page', () => {", true],
  ["javascript", "pm.test('status is ⟦200⟧', function () {", true],
  ["javascript", "foo('returns ⟦404⟧ for an unknown id', () => {", false],
  ["javascript", "it(name, 'returns ⟦404⟧ for an unknown id')", false],
  ["javascript", "it(x + 'returns ⟦404⟧')", false],
  ["javascript", "it('caps pages at ⟦500⟧', () => {", false],
  ["javascript", "it('waits ⟦500⟧ ms', () => {", false],
  ["javascript", "it('answers ⟦500⟧ rows', () => {", false],
  ["kotlin", "fun `unknown book is ⟦404⟧`() = testApplication {", true],
  ["kotlin", "val `unknown book is ⟦404⟧` = 1", false],
  ["javascript", "check(res, { 'release: ⟦204⟧ or already gone': (r) => r.status === 204 });", true],
  ["javascript", "check(res, { ok: (r) => true, 'release: ⟦204⟧ or gone': (r) => r.status === 204 });", true],
  ["javascript", "mycheck(res, { 'release: ⟦204⟧ or already gone': 1 });", false],
  ["ruby", "it \"renders ⟦404⟧ for a missing book\" do", true],
  ["ruby", "  context 'when the token expired, ⟦401⟧' do", true],
  ["ruby", "puts \"renders ⟦404⟧ for a missing book\"", false],
  ["go", "t.Run(\"returns ⟦201⟧\", func(t *testing.T) {", true],
  ["go", "s.Run(\"returns ⟦201⟧\", func() {", true],
  ["java", "@DisplayName(\"returns ⟦201⟧ on create\")", true],
  ["python", "def test_x():\n    assert r.status_code == 200, \"expected ⟦200⟧\"", false],
  ["javascript", "it('it\\'s a ⟦404⟧', () => {", true],
  ["javascript", "foo('a'); it('returns ⟦404⟧ for an unknown id', () => {", true],
  ["javascript", "it( 'returns ⟦404⟧ for an unknown id', () => {", true],
  ["javascript", "const msg = `a long\nline with ⟦404⟧ in it`;", false],
  ["kotlin", "    fun  `unknown book is ⟦404⟧`() = testApplication {", true],
  ["javascript", "check(res, { ok: 1 }); log('release: ⟦204⟧ or already gone');", false],
  ["javascript", "check (res,{'release: ⟦204⟧ or gone': (r) => r.status === 204 });", true],
  ["javascript", "check(res, { ok: (r) => true,'release: ⟦204⟧ or gone': (r) => r.status === 204 });", true],
  ["ruby", "submit \"renders ⟦404⟧ for a missing book\"", false],
  ["ruby", "it  \"renders ⟦404⟧ for a missing book\" do", true],
  ["ruby", "it \"a\" + \"renders ⟦404⟧\" do", false],
];

describe('test-title: only a number the lexer puts in a string', () => {
  it('stays silent on the same title read as code', () => {
    assert.equal(testTitle.test(markedCandidate('javascript', "it('returns ⟦404⟧ for an unknown id', () => {", 'code')), undefined);
    assert.ok(testTitle.test(markedCandidate('javascript', "it('returns ⟦404⟧ for an unknown id', () => {", 'string')));
  });
});

describe('test-title: a status in the title of a test, framework by framework', () => {
  for (const [lang, snippet, expected] of ROWS) {
    it(`${expected ? 'fires' : 'silent'}: ${JSON.stringify(snippet.length > 90 ? '…' + snippet.slice(-90) : snippet)} (${lang})`, () => {
      assert.equal(!!testTitle.test(at(lang, snippet)), expected);
    });
  }
});
