/**
 * An argument of a function the file defines, passed where its parameter is named for a status:
 * `err("too large", 413)` under `def err(msg, code, **extra)`, `classify(429, 60)` under
 * `fn classify(status: u16, retry_after: u64)`, `writeError(w, 404, msg)` under `func writeError(w http.ResponseWriter, status int, ...)`.
 * The definitions are read once per document version from a bounded head of the file.
 */
import { contextLine, factsOwner } from '../scan';
import type { TextSource } from '../types';
import type { Candidate, Evidence, Examples, Finding } from './types';
import { callOf } from './context';
import { wordsOf } from './names';

/** Lines read for definitions: enough for most files, bounded for any. */
const DEFINITION_LINES = 400;

const NAME = String.raw`[\p{L}_$][\p{L}\p{N}_$]*`;
const DEFINITIONS = [
  // def, fn, func, fun, function, sub: Python, Ruby, Elixir, Rust, Go (with a receiver), Kotlin, Swift, JavaScript, PHP, Lua, Perl.
  new RegExp(String.raw`\b(?:def|defp|fn|func|fun|function|sub)\s+(?:\([^()]*\)\s*)?(?:${NAME}[.:])?(${NAME})\s*(?:<[^<>()]*>)?\s*\(([^()]*)\)`, 'u'),
  // const name = (a, b) =>, name = function (a, b), name: function (a, b).
  new RegExp(String.raw`\b(${NAME})\s*[:=]\s*(?:async\s+)?(?:function\s*)?\(([^()]*)\)\s*(?:=>|\{)`, 'u'),
  // Typed languages: `int status`, `static UploadResult AuthFailed(int n)`, `bool may_serve_stale(unsigned origin_code, ...)`.
  new RegExp(String.raw`^\s*(?:[\p{L}_][\p{L}\p{N}_<>\[\],?*&:]*\s+)+(${NAME})\s*\(([^()]*)\)\s*(?:const\s*)?(?:throws\s+[\w.,\s]+)?(?:\{|=>|:|$)`, 'u'),
];

type Table = Map<string, string[]>;
const tables = new WeakMap<TextSource, { version: number | undefined; table: Table }>();

/** The parameter names of a definition's list: types, defaults, `$`, `&` and `*` taken away. */
function parameterNames(list: string, lang: string): string[] {
  return list.split(',').map((p) => {
    let t = p.replace(/=.*$/s, '').trim();
    // `status: u16`, `code: Int`, TypeScript's optional `status?: number`: the name stands before the colon,
    // last of the words there (Swift's label `_ status: Int`, Rust's `mut status: u16`, TypeScript's
    // `private readonly status: number`); a C++ `std::string` is a type, not a name. Go's `status int`: the
    // name comes first; `int status`, `unsigned origin_code`: it comes last.
    const named = /^((?:[&*$]*[\p{L}_][\p{L}\p{N}_]*\s+)*[&*$]*[\p{L}_][\p{L}\p{N}_]*)\??\s*:(?!:)/u.exec(t);
    if (named) t = named[1].split(/\s+/).pop()!;
    else if (lang === 'go') t = t.split(/\s+/)[0] ?? '';
    else t = t.split(/\s+/).pop() ?? '';
    return t.replace(/^[&*$@]+|\?$/g, '');
  });
}

function definitions(doc: TextSource): Table {
  doc = factsOwner(doc);
  const cached = tables.get(doc);
  if (cached && cached.version === doc.version) return cached.table;
  const table: Table = new Map();
  for (let l = 0; l < Math.min(doc.lineCount, DEFINITION_LINES); l++) {
    const text = contextLine(doc, l);
    if (!text.includes('(')) continue;
    for (const re of DEFINITIONS) {
      const m = re.exec(text);
      if (!m || /^(?:if|for|while|switch|catch|return|new|else|when|match|elif|unless|until|foreach)$/.test(m[1])) continue;
      if (!table.has(m[1])) table.set(m[1], parameterNames(m[2], doc.languageId));
      break;
    }
  }
  tables.set(doc, { version: doc.version, table });
  return table;
}

/** How strongly a parameter's name says status: 1 for status names, 0.6 for a bare `code`. */
function parameterStrength(name: string): number {
  const words = wordsOf(name);
  if (words.some((w) => /^(?:exit|order|job|task|payment|build|process|error|err|country|zip|postal|promo|coupon|color|colour|char|key|area)$/.test(w))) return 0;
  if (words.includes('status') || words.includes('statuscode') || (words.includes('http') && words.includes('code'))) return 1;
  return words.length <= 2 && words[words.length - 1] === 'code' ? 0.6 : 0;
}

function parameterAt(c: Candidate): Finding | undefined {
  const call = callOf(c);
  if (!call || !/^\s*$/.test(call.argsBefore.split(',').pop() ?? '')) return undefined;
  const params = definitions(c.doc).get(call.name);
  if (!params) return undefined;
  // A method called on an object: Python's and Ruby's `self` is not passed by the caller.
  const shift = params[0] === 'self' || params[0] === 'cls' ? 1 : 0;
  const name = params[call.argIndex + shift];
  const strength = name ? parameterStrength(name) : 0;
  return strength > 0 ? { strength } : undefined;
}

export const statusParameter: Evidence = {
  id: 'status-parameter',
  direction: 'slot',
  view: 'code',
  summary: "an argument passed where the file's own function names its parameter for a status",
  test: parameterAt,
};

/** Tokens each rule must fire on and, as many, look-alikes it must stay silent on (test/unit/evidence.test.ts). */
export const examples: Examples = {
  'status-parameter': {
    fires: [
      { lang: 'python', text: 'def err(msg, code, **extra):\n    return make_response(jsonify(error=msg), code)\n\nreturn err("upload too large", ⟦413⟧)' },
      { lang: 'rust', text: 'pub fn classify(status: u16, retry_after: u64) -> Outcome {\n    todo!()\n}\nassert_eq!(classify(⟦429⟧, 60), Outcome::Later);' },
      { lang: 'go', text: 'func writeError(w http.ResponseWriter, status int, msg string) {}\n\nwriteError(w, ⟦404⟧, "no such tag")' },
      { lang: 'cpp', text: 'bool may_serve_stale(unsigned origin_code, std::chrono::seconds age) {\n  return false;\n}\nEXPECT_TRUE(may_serve_stale(⟦503⟧, 30s));' },
      { lang: 'javascript', text: 'const fail = (res, statusCode, message) => res.status(statusCode).json({ message });\nfail(res, ⟦409⟧, "taken");' },
      // A method: `self` and `cls` are not passed by the caller.
      { lang: 'python', text: 'class Api:\n    def fail(self, message, status=500):\n        raise ApiError(message, status)\n\napi.fail("gone", ⟦410⟧)', strength: 1 },
      { lang: 'python', text: 'class Reply:\n    @classmethod\n    def make(cls, http_code, body):\n        return cls(http_code, body)\n\nReply.make(⟦404⟧, "x")', strength: 1 },
      // A bare `code` says less than `status`.
      { lang: 'python', text: 'def reply(body, code):\n    return body, code\n\nreturn reply("ok", ⟦200⟧)', strength: 0.6 },
      { lang: 'csharp', text: 'static IActionResult Problem(string title, int status = 500) => null;\n\nreturn Problem("gone", ⟦410⟧);', strength: 1 },
      { lang: 'php', text: "function fail(\$message, \$status = 500) {\n}\nfail('gone', ⟦410⟧);", strength: 1 },
      { lang: 'typescript', text: 'function send(body: string, status?: number) {}\nsend("created", ⟦201⟧);', strength: 1 },
    ],
    silent: [
      { lang: 'python', text: 'def page(items, size, **extra):\n    return items[:size]\n\nreturn page(rows, ⟦200⟧)' },
      { lang: 'rust', text: 'pub fn classify(weight: u16, retry_after: u64) -> Outcome {\n    todo!()\n}\nassert_eq!(classify(⟦429⟧, 60), Outcome::Heavy);' },
      { lang: 'go', text: 'func writeError(w http.ResponseWriter, status int, msg string) {}\n\nwriteError(w, 404, strings.Repeat("x", ⟦200⟧))' },
      { lang: 'cpp', text: 'bool may_serve_stale(unsigned origin_code, unsigned age) {\n  return false;\n}\nEXPECT_TRUE(may_serve_stale(503, ⟦300⟧));' },
      { lang: 'javascript', text: 'const fail = (res, exitCode, message) => process.exit(exitCode);\nfail(res, ⟦130⟧, "stopped");' },
      { lang: 'python', text: 'class Api:\n    def fail(self, status, message):\n        raise ApiError(message, status)\n\napi.fail("gone", ⟦410⟧)' },
      { lang: 'python', text: 'def fail(message, error_code):\n    return message, error_code\n\nreturn fail("x", ⟦404⟧)' },
      { lang: 'python', text: 'def reply(body, upstream_resp_code):\n    return body\n\nreturn reply("ok", ⟦200⟧)' },
      { lang: 'csharp', text: 'static IActionResult Problem(string title, int status = 500) => null;\n\nreturn Problem("gone", offset + ⟦410⟧);' },
      { lang: 'php', text: "function fail(\$message, \$retries = 5) {\n}\nfail('gone', ⟦410⟧);" },
      { lang: 'typescript', text: 'function send(body: string, size?: number) {}\nsend("created", ⟦201⟧);' },
    ],
  },
};
