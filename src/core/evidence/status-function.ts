/**
 * The value a function named for a status returns, written as the whole body of a one-line definition or
 * clause: Erlang `status_for(bad_json) -> 400;`, Elixir `def status_for(:gone), do: 410`, Haskell
 * `statusFor Missing = 404`, Scala and Kotlin `def/fun httpStatus(e: E) = 409`, Rust `fn status(&self) -> u16 { 503 }`.
 */
import type { Candidate, Evidence, Examples, Finding } from './types';
import { wordsOf } from './names';

const DEFINITIONS: Array<[lang: RegExp, left: RegExp, right: RegExp]> = [
  // Erlang clauses, with an optional guard.
  [/^erlang$/, /^\s*([a-z][\w@]*)\s*\([^()]*(?:\([^()]*\)[^()]*)*\)\s*(?:when\s+.+)?->\s*$/, /^\s*[;.]?\s*(?:%.*)?$/],
  // Elixir one-line functions.
  [/^elixir$/, /^\s*defp?\s+([a-z_][\w?!]*)\s*(?:\(.*\))?\s*(?:when\s+.+)?,\s*do:\s*$/, /^\s*(?:#.*)?$/],
  // Haskell and OCaml equations: a lower-case name, patterns, `=`.
  [/^(?:haskell|ocaml)$/, /^\s*(?:let\s+)?([a-z][\w']*)(?:\s+(?:[A-Z][\w.']*|_|[a-z][\w']*|\([^()]*\)))*\s*=\s*$/, /^\s*(?:--.*|\(\*.*)?$/],
  // Scala, Kotlin, Ruby's endless def, F#.
  [/^(?:scala|kotlin|ruby|fsharp)$/, /\b(?:def|fun|let)\s+([\p{L}_][\p{L}\p{N}_]*)\s*(?:\([^()]*\))?\s*(?::\s*[\p{L}\p{N}_.?]+\s*)?=\s*$/u, /^\s*(?:\/\/.*|#.*)?$/],
  // Rust, Swift, Go, TypeScript, Java and C#: a one-line body.
  [/./, /\b(?:fn|func|function|public|private|protected|static|int|Int|u16|number)\s+([\p{L}_][\p{L}\p{N}_]*)\s*\([^()]*\)\s*(?:(?:->|:)\s*[\p{L}\p{N}_.?]+\s*)?\{\s*(?:return\s+)?$/u, /^\s*;?\s*\}/],
];

/** A function name that says it gives a status: status_for, httpStatus, toStatusCode, http_code_of. */
function namesStatus(name: string): boolean {
  const words = wordsOf(name);
  if (words.some((w) => /^(?:exit|order|job|task|payment|build|process|proc)$/.test(w))) return false;
  return words.includes('status') || words.includes('statuscode') || (words.includes('http') && words.includes('code'));
}

function statusFunctionAt(c: Candidate): Finding | undefined {
  for (const [lang, left, right] of DEFINITIONS) {
    if (!lang.test(c.lang)) continue;
    const m = left.exec(c.left);
    if (m && (c.completion || right.test(c.right)) && namesStatus(m[1])) return {};
  }
  return undefined;
}

export const statusFunction: Evidence = {
  id: 'status-function',
  direction: 'slot',
  view: 'code',
  summary: 'what a function named for a status returns (`status_for(bad_json) -> 400;`)',
  test: statusFunctionAt,
};

/** Tokens each rule must fire on and, as many, look-alikes it must stay silent on (test/unit/evidence.test.ts). */
export const examples: Examples = {
  'status-function': {
    fires: [
      { lang: 'erlang', text: 'status_for(bad_json)     -> ⟦400⟧;' },
      { lang: 'erlang', text: 'status_for(_)            -> ⟦500⟧.' },
      { lang: 'elixir', text: '  defp status_for(:gone), do: ⟦410⟧' },
      { lang: 'haskell', text: 'statusFor Missing = ⟦404⟧' },
      { lang: 'scala', text: '  def httpStatus(e: LoanError): Int = ⟦409⟧' },
      { lang: 'rust', text: '    fn status_code(&self) -> u16 { ⟦503⟧ }' },
      { lang: 'erlang', text: 'statuscode(not_found)    -> ⟦404⟧;' },
      { lang: 'kotlin', text: '    fun httpCode(e: ApiError): Int = ⟦409⟧' },
    ],
    silent: [
      { lang: 'erlang', text: 'timeout_for(slow)     -> ⟦500⟧;' },
      { lang: 'erlang', text: 'exit_status(crash)    -> ⟦137⟧;' },
      { lang: 'elixir', text: '  defp page_size(:big), do: ⟦500⟧' },
      { lang: 'haskell', text: 'maxRows Big = ⟦400⟧' },
      { lang: 'scala', text: '  def orderStatus(o: Order): Int = ⟦300⟧' },
      { lang: 'rust', text: '    fn status_code(&self) -> u16 { ⟦503⟧ + self.offset }' },
      { lang: 'python', text: 'default_status = ⟦404⟧' },
      { lang: 'kotlin', text: '    fun errorCode(e: ApiError): Int = ⟦409⟧' },
    ],
  },
};
