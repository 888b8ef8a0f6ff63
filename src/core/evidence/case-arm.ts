/**
 * An arm of a switch over a status: `case 503:` under `switch (res.status)`, `404 ->` under Kotlin's
 * `when (response.status.value)`, Rust `match resp.status().as_u16()`, Elixir `case conn.status do`.
 */
import { contextLine, LINES_ABOVE } from '../scan';
import type { Candidate, Evidence, Examples, Finding } from './types';
import { HTTP_WORDS, mentionsStatus, plausibleStatus, STATUS_EXPR } from './vocabulary';
import { boundToStatus } from './binding';

const INDENT = /^\s*/;
const CASE_LABEL_LEFT = /^\s*(?:case\s+|when\s+|\|\s*|else\s+if\s+)?(?:in\s+)?(?:(?:["']?\d{3}["']?|[\p{L}_][\p{L}\p{N}_.:]*)\s*(?:,|\||\.\.=|\.\.\.?|\.\.<|\bor\b|\bto\b|\buntil\b)\s*)*["']?$/u;
const CASE_LABEL_RIGHT = /^["']?\s*(?:(?:,|\||\.\.=|\.\.\.?|\.\.<|\bor\b|\bto\b|\buntil\b)\s*(?:["']?\d{3}["']?|[\p{L}_][\p{L}\p{N}_.:]*)\s*)*(?::(?!:)|->|=>|\bthen\b|\bdo\b|\bif\b|\bwhere\b|\)|\{|$)/u;
const SWITCH_HEAD = new RegExp(
  String.raw`(?:\b(?:switch|match|when|case|select)\s*\(?\s*${STATUS_EXPR}\s*\)?\s*(?:\{|do|of|with|:)?\s*$|(?<![\p{L}\p{N}_$.])${STATUS_EXPR}\s*(?:match)\s*\{\s*$)`,
  'u',
);
/** A cheap test before SWITCH_HEAD: only lines with one of its keywords can be a switch head. */
const SWITCH_WORD = /\b(?:switch|match|when|case|select)\b/;
/** A switch head over a plain name: `switch (st) {`, `case "$code" in`, `match code {`. */
const NAMED_HEAD = /\b(?:switch|match|when|case|select)\s*\(?\s*["']?(\$?[\p{L}_][\p{L}\p{N}_]*)["']?\s*\)?\s*(?:\{|do|of|with|in|:)\s*$/u;

/** Clojure and Lisp: `(case (:status resp)` opens pairs of a value and an expression, one pair a line. */
function lispArmAt(c: Candidate): Finding | undefined {
  if (!/^\s*$/.test(c.left) || !/^\s+\S/.test(c.right)) return undefined;
  for (let l = c.line - 1, seen = 0; l >= 0 && seen < 30; l--, seen++) {
    const t = contextLine(c.doc, l);
    const head = /\((?:case|condp\s+=)\s+(.+)$/.exec(t);
    if (head) return mentionsStatus(head[1]) || /:status\b|status/.test(head[1]) ? {} : undefined;
  }
  return undefined;
}

/** A guard on the variable an arm binds: `case c if c >= 500 =>`, `s | s >= 500 ->`, `case s if s >= 500:`. */
const GUARD = /^\s*(?:case\s+|\|\s*)?([\p{L}_][\p{L}\p{N}_]*)\s*(?:if|when|\|)\s+(?:.*(?:&&|and|,)\s*)?\1(?:\.[\p{L}_]\w*\(\))?\s*(?:===?|!=|<=?|>=?)\s*$/u;

function armAt(c: Candidate): Finding | undefined {
  if (c.lang === 'clojure') return lispArmAt(c);
  // PowerShell's condition arms: `{ $_ -ge 500 } { ... }` under `switch ($code)`.
  if (c.lang === 'powershell' && /^\s*\{\s*\$_\s*-(?:eq|ne|ge|gt|le|lt)\s*$/.test(c.left) && /^\s*\}\s*\{/.test(c.right)) {
    return armAt({ ...c, left: /^\s*/.exec(c.left)![0], right: ' {', memo: {} });
  }
  // Several labels on one line (`case 200: case 204:`): the earlier ones end before this one starts.
  const earlier = /^(\s*)(?:case\s+["']?\d{3}["']?\s*:(?!:)\s*)+(?=case\s)/.exec(c.left);
  if (earlier) return armAt({ ...c, left: earlier[1] + c.left.slice(earlier[0].length), memo: {} });
  const guard = GUARD.exec(c.left);
  if (guard) return armAt({ ...c, left: c.left.slice(0, guard.index) + ' '.repeat((/^\s*/.exec(c.left)?.[0].length ?? 0)), right: ':', memo: {} });
  if (!CASE_LABEL_LEFT.test(c.left)) return undefined;
  if (!(c.completion && !c.right.trim()) && !CASE_LABEL_RIGHT.test(c.right)) return undefined;
  if (c.completion && !/^\s*(?:case|when)\s/.test(c.left) && !/\d/.test(c.left)) {
    // A bare line start is a slot only for languages whose arms have no keyword (Rust, Kotlin, Elixir, Scala).
    // Shell arms end in ')' and join alternatives with '|': `200|204)`.
    if (!/^(?:rust|kotlin|elixir|scala)$/.test(c.lang) && !(c.lang === 'shellscript' && /^\s*(?:\|\s*\d{3}\s*)*\)/.test(c.right))) return undefined;
  }
  const indent = INDENT.exec(c.left)![0].length;
  for (let l = c.line - 1, seen = 0; l >= 0 && seen < LINES_ABOVE; l--, seen++) {
    const t = contextLine(c.doc, l);
    if (!t.trim()) continue;
    const m = SWITCH_WORD.test(t) ? SWITCH_HEAD.exec(t) : null;
    const near = () => HTTP_WORDS.test([contextLine(c.doc, l - 1), t, contextLine(c.doc, l - 2)].join(' '));
    if (m) {
      const recv = m[1] ?? m[3] ?? '';
      const tail = m[2] ?? m[4] ?? '';
      return plausibleStatus(recv, tail, !recv && (tail === 'code' || tail === 'Code') && near()) ? {} : undefined;
    }
    // A switch over a plain name assigned from a status above: `switch ($http)`, `case "$code" in`.
    const named = SWITCH_WORD.test(t) ? NAMED_HEAD.exec(t) : null;
    if (named && boundToStatus(c, named[1], l, t.slice(0, named.index))) return {};
    // Other head shapes that still name a status: `case "$code" in`, `case statusCode (responseStatus resp) of`.
    const head = (/\b(?:switch|match|select|when)\b/.test(t) && /(?:\{|\bwith|:)\s*$/.test(t)) || /^\s*case\b.*\b(?:of|in|do)\s*$/.test(t);
    if (head && !/^\s*(?:case|when)\s+["']?\d/.test(t)) return mentionsStatus(t, near()) ? {} : undefined;
    const i = INDENT.exec(t)![0].length;
    // Left the block without finding the head.
    if (i < indent && !/^\s*(?:case|when|default|else|\}|\d{3}|["']\d{3})/.test(t) && !/[{:]\s*$/.test(t)) return undefined;
    if (i < indent - 8) return undefined;
  }
  return undefined;
}

export const caseArm: Evidence = {
  id: 'case-arm',
  direction: 'slot',
  view: 'code',
  summary: 'an arm of a switch, match or when over a status expression',
  test: armAt,
};

/** Tokens each rule must fire on and, as many, look-alikes it must stay silent on (test/unit/evidence.test.ts). */
export const examples: Examples = {
  'case-arm': {
    fires: [
      { lang: 'javascript', text: 'switch (res.status) {\n  case ⟦503⟧:\n    return retry();\n}' },
      { lang: 'kotlin', text: 'when (response.status.value) {\n    ⟦404⟧ -> null\n}' },
      { lang: 'rust', text: 'match resp.status().as_u16() {\n    ⟦429⟧ => backoff(),\n    _ => {}\n}' },
      { lang: 'go', text: 'switch resp.StatusCode {\ncase 200, ⟦204⟧:\n\treturn nil\n}' },
      { lang: 'php', text: '$http = (int) curl_getinfo($ch, CURLINFO_HTTP_CODE);\nswitch ($http) {\n    case ⟦404⟧:\n        break;\n}' },
      { lang: 'powershell', text: 'switch ($resp.StatusCode) {\n    { $_ -ge ⟦500⟧ } { Start-Sleep 5 }\n}' },
      { lang: 'clojure', text: '(case (:status resp)\n  200 (:body resp)\n  ⟦404⟧ nil\n  (throw (ex-info "upstream" {})))' },
      { lang: 'scala', text: 'resp.code match {\n  case c if c >= ⟦500⟧ => retry()\n  case _ => ()\n}' },
      { lang: 'haskell', text: 'case statusCode (responseStatus resp) of\n  200 -> pure body\n  s | s >= ⟦500⟧ -> throwIO ServerDown' },
      { lang: 'python', text: 'match response.status_code:\n    case 200:\n        return response.json()\n    case ⟦404⟧:\n        return None' },
      { lang: 'ruby', text: 'case response.code.to_i\nwhen 200 then JSON.parse(response.body)\nwhen ⟦429⟧ then sleep(retry_after)\nend' },
      { lang: 'elixir', text: 'case conn.status do\n  ⟦204⟧ -> :empty\n  _ -> :body\nend' },
      { lang: 'shellscript', text: 'code=$(curl -s -o /dev/null -w \'%{http_code}\' "$url")\ncase "$code" in\n  ⟦200⟧|204) echo ok ;;\nesac' },
      { lang: 'kotlin', text: 'when (resp.code) {\n    in 200..⟦299⟧ -> Result.Ok\n    else -> Result.Failed\n}' },
      { lang: 'swift', text: 'switch httpResponse.statusCode {\ncase 200..<⟦300⟧:\n    return data\ndefault:\n    throw APIError.status\n}' },
      { lang: 'javascript', text: 'switch (res.status) {\n  case 200:\n    return res.json();\n  // an expired session\n  case ⟦401⟧:\n    return login();\n}' },
    ],
    silent: [
      { lang: 'javascript', text: 'switch (order.status) {\n  case ⟦300⟧:\n    ship();\n}' },
      { lang: 'javascript', text: 'switch (size) {\n  case ⟦512⟧:\n    break;\n}' },
      { lang: 'rust', text: 'match width {\n    ⟦320⟧ => Small,\n    _ => Large,\n}' },
      { lang: 'go', text: 'switch exitCode {\ncase ⟦127⟧:\n\treturn errNotFound\n}' },
      { lang: 'php', text: '$n = count($rows);\nswitch ($n) {\n    case ⟦404⟧:\n        break;\n}' },
      { lang: 'powershell', text: 'switch ($rows.Count) {\n    { $_ -ge ⟦500⟧ } { Split-Batch }\n}' },
      { lang: 'clojure', text: '(case (:floor room)\n  100 "lobby"\n  ⟦300⟧ "penthouse"\n  "guest floor")' },
      { lang: 'scala', text: 'order.total match {\n  case t if t >= ⟦500⟧ => freeShipping()\n  case _ => ()\n}' },
      { lang: 'haskell', text: 'case length rows of\n  0 -> pure ()\n  n | n >= ⟦500⟧ -> splitBatch rows' },
      { lang: 'python', text: 'match batch_size:\n    case 100:\n        return small()\n    case ⟦200⟧:\n        return large()' },
      { lang: 'ruby', text: 'case order.state_code\nwhen 100 then :placed\nwhen ⟦300⟧ then :shipped\nend' },
      { lang: 'elixir', text: 'case Enum.count(items) do\n  ⟦100⟧ -> :full\n  _ -> :open\nend' },
      { lang: 'shellscript', text: 'rc=$?\ncase "$rc" in\n  ⟦127⟧) echo "command not found" ;;\nesac' },
      { lang: 'kotlin', text: 'when (width) {\n    in 200..⟦299⟧ -> Size.Small\n    else -> Size.Large\n}' },
      { lang: 'swift', text: 'switch pixels {\ncase 200..<⟦300⟧:\n    return .thumbnail\ndefault:\n    return .full\n}' },
      { lang: 'javascript', text: 'switch (res.status) {\n  case 404:\n    return null;\n}\nconst tiers = [100,\n  ⟦300⟧];' },
    ],
  },
};
