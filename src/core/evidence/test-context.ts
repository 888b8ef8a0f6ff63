/**
 * Tests: a status in a test's title (`it('answers 404 for an unknown id')`, Kotlin's backticked names,
 * `@DisplayName`, `t.Run("returns 201", ...)`), and the file being a test file at all.
 */
import { enclosingCall } from '../scan';
import { HEAD, headFlags } from './facts';
import type { Candidate, Evidence, Examples, Finding } from './types';
import { UNIT_AFTER } from './prose';

/** Words that make the number after them a quantity in a title: "capped at 500", "more than 100". */
const QUANTITY_BEFORE = /\b(?:at|at\s+most|at\s+least|up\s+to|capped\s+at|limited\s+to|more\s+than|less\s+than|fewer\s+than|over|under|within|every|each|first|last|top|page|exactly)\s+$/i;

/** Functions whose first string argument is a test's title. */
const TITLE_CALL = /^(?:it|test|specify|describe|context|scenario|should|feature|Scenario|When|Then|Given|DisplayName|Run|t\.Run|s\.Run|suite|xit|fit|xtest|testCase|Test|TestCase|property|example|pm\.test|step)$/;

function inTitle(c: Candidate): boolean {
  if (c.region !== 'string' || c.value === undefined) return false;
  // The string's opening quote is the last unmatched one on the left.
  const quote = /(?<!\\)(["'`])(?:\\.|[^"'`\\])*$/.exec(c.left);
  if (!quote) return false;
  const before = c.left.slice(0, quote.index);
  if (/(?:^|\s)fun\s*$/.test(before) && quote[1] === '`') return true;
  // k6 and friends name their checks: check(res, { 'release: 204 or already gone': (r) => ... }).
  if (/\bcheck\s*\([^,()]*,\s*\{\s*(?:[^{}]*,\s*)?$/.test(before)) return true;
  // Ruby, Elixir, Crystal and Groovy write titles without parentheses: it "renders 404" do.
  if (/^\s*(?:it|test|specify|describe|context|scenario|feature|should|def)\s+$/.test(before)) return true;
  const call = enclosingCall(before);
  if (!call || call.argIndex !== 0 || call.argsBefore.trim() !== '') return false;
  return TITLE_CALL.test(call.name) || TITLE_CALL.test(call.callee);
}

export const testTitle: Evidence = {
  id: 'test-title',
  direction: 'for',
  view: 'prose',
  summary: "the value is in a test's title",
  test: (c): Finding | undefined => (inTitle(c) && !UNIT_AFTER.test(c.right) && !QUANTITY_BEFORE.test(c.left) ? {} : undefined),
};


/** Whether the document is a test (its head names a test framework; facts.ts lists them). */
export function isTestFile(c: Candidate): boolean {
  return (headFlags(c.doc) & HEAD.testFile) !== 0;
}

export const testFile: Evidence = {
  id: 'test-file',
  direction: 'for',
  view: 'any',
  summary: 'the file is a test suite, where statuses are asserted often',
  test: (c): Finding | undefined => (isTestFile(c) ? {} : undefined),
};

/** Tokens each rule must fire on and, as many, look-alikes it must stay silent on (test/unit/evidence.test.ts). */
export const examples: Examples = {
  'test-title': {
    fires: [
      { lang: 'javascript', text: "it('returns a loan with ⟦204⟧ and charges the late fee', async () => {" },
      { lang: 'typescript', text: "it('surfaces a ⟦409⟧ as a CmsError', async () => {" },
      { lang: 'kotlin', text: 'fun `unknown book is ⟦404⟧`() = testApplication {' },
      { lang: 'go', text: 't.Run("rejects with ⟦422⟧", func(t *testing.T) {' },
      { lang: 'javascript', text: "check(res, { 'release: ⟦204⟧ or already gone': (r) => r.status === 204 });" },
      { lang: 'javascript', text: "check(res, { 'is 200': (r) => r.status === 200, 'no ⟦500⟧ on retry': (r) => r.status !== 500 });" },
      { lang: 'ruby', text: '  it "renders ⟦404⟧ for an unknown slug" do' },
      { lang: 'elixir', text: '  test "returns ⟦422⟧ for a bad payload", %{conn: conn} do' },
      { lang: 'java', text: '@DisplayName("answers ⟦401⟧ without a token")' },
      { lang: 'typescript', text: 'Deno.test("returns ⟦404⟧ for a missing id", async () => {' },
    ],
    silent: [
      { lang: 'javascript', text: "it('lists ⟦200⟧ items per page', async () => {" },
      { lang: 'typescript', text: "logger.info('took ⟦300⟧ ms');" },
      { lang: 'kotlin', text: 'val s = "sizes up to ⟦512⟧"' },
      { lang: 'go', text: 't.Log("answered in ⟦120⟧ ms")' },
      { lang: 'javascript', text: "check(res, 'took ⟦300⟧ ms');" },
      { lang: 'kotlin', text: 'val name = `capped at ⟦500⟧`' },
      { lang: 'ruby', text: '  puts "renders ⟦404⟧ for an unknown slug"' },
      { lang: 'javascript', text: "it(name, 'returns ⟦404⟧ for an unknown id');" },
      { lang: 'java', text: '@DisplayName("caps pages at ⟦500⟧ rows")' },
      { lang: 'typescript', text: 'Deno.log("returns ⟦404⟧ for a missing id");' },
    ],
  },
  'test-file': {
    fires: [
      { lang: 'javascript', text: "describe('loans', () => {\n  const n = ⟦404⟧;\n});" },
      { lang: 'python', text: 'import pytest\n\nN = ⟦201⟧' },
      { lang: 'go', text: 'func TestLoans(t *testing.T) {\n\tn := ⟦500⟧\n}' },
      { lang: 'java', text: '@Test\nvoid lends() {\n  int n = ⟦409⟧;\n}' },
    ],
    silent: [
      { lang: 'javascript', text: "const loans = require('./loans');\nconst n = ⟦404⟧;" },
      { lang: 'python', text: 'import os\n\nN = ⟦201⟧' },
      { lang: 'go', text: 'func Loans() {\n\tn := ⟦500⟧\n}' },
      { lang: 'java', text: 'void lends() {\n  int n = ⟦409⟧;\n}' },
    ],
  },
};
