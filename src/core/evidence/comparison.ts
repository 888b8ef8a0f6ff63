/**
 * A comparison with a status expression: `response.status === 404`, `404 != r.status_code`,
 * `resp.StatusCode >= 500`, `[200, 201].includes(res.status)`, ranges `200..299` on a status,
 * axios' `validateStatus: (s) => s < 500`, shell tests on a curl status variable.
 */
import { curlNearby, httpNearby } from './context';
import type { Candidate, Evidence, Examples, Finding } from './types';
import { mentionsStatus, plausibleStatus, STATUS_EXPR } from './vocabulary';

const STATUS_EXPR_BEFORE = new RegExp(
  String.raw`(?:^|[^\p{L}\p{N}_$.])${STATUS_EXPR}["']?\s*\)?\s*(?:-(?:eq|ne|ge|gt|le|lt)\b|=:=|=\/=|=<|\/=|===?|!==?|<=?|>=?|\bis(?:\s+not)?(?:\s*[<>]=?)?|\bis\s*(?:not\s*)?[<>]=?\s*\d{3}\s*(?:and|or)\s*[<>]=?|\b(?:in|IN)\s*[\[(]\s*(?:["']?\d{3}["']?\s*,\s*)*|\bin|\b(?:BETWEEN|between)(?:\s+\d{3}\s+(?:AND|and))?|\.equals\(|\.Equals\(|\.eq\(|~=|=~)\s*$`,
  'u',
);
const STATUS_EXPR_AFTER = new RegExp(String.raw`^\s*(===?|!==?|<=?|>=?)\s*${STATUS_EXPR}(?![\p{L}\p{N}_$(])`, 'u');

/** The operator of `value OP x` read as `x OP' value`: `499 < s` is `s > 499`, `500 <= s` is `s >= 500`. */
export function turnedAround(op: string): string {
  return op.replace(/[<>]/, (ch) => (ch === '<' ? '>' : '<'));
}

/** Whether an ordering comparison with this value covers a class: `< 300`, `>= 500`, `<= 599`. */
export function classLike(value: number | undefined, op: string): boolean {
  if (value === undefined) return false;
  if (op.startsWith('<') && op !== '<=') return value % 100 === 0;
  if (op === '<=') return value % 100 === 99 || value % 100 === 0;
  if (op === '>') return value % 100 === 99 || value % 100 === 0;
  return value % 100 === 0;
}

function comparisonAt(c: Candidate): Finding | undefined {
  // axios / dio: validateStatus: (s) => s < 500 — the callback's parameter is the status.
  const vs = /validateStatus\s*[:=(]\s*(?:function\s*)?\(?\s*([\p{L}_$][\p{L}\p{N}_$]*)/u.exec(c.left);
  if (vs && new RegExp(`(?<![\\w$.])${vs[1]}!?\\s*(?:===?|!==?|<=?|>=?)\\s*$`).test(c.left)) {
    const op = /(<=?|>=?)\s*$/.exec(c.left)?.[1];
    return { classCheck: op !== undefined && classLike(c.value, op) };
  }
  const m = STATUS_EXPR_BEFORE.exec(c.left);
  // Shell tests (`[ "$status" -eq 202 ]`) compare exit statuses as often as HTTP ones: demand curl nearby.
  const shell = m && c.lang === 'shellscript' && /-(?:eq|ne|ge|gt|le|lt)\s*$/.test(c.left) && !curlNearby(c);
  if (m && !shell && plausibleStatus(m[1] ?? '', m[2], (m[2] === 'code' || m[2] === 'Code') && !m[1] && httpNearby(c))) {
    // Erlang writes "at most" as =<.
    const op = /=<\s*$/.test(c.left) ? '<=' : /(<=?|>=?)\s*$/.exec(c.left)?.[1];
    return { classCheck: op !== undefined && classLike(c.value, op) };
  }
  const a = STATUS_EXPR_AFTER.exec(c.right);
  if (a && plausibleStatus(a[2] ?? '', a[3], (a[3] === 'code' || a[3] === 'Code') && !a[2] && httpNearby(c))) {
    // `499 < status` is `status > 499`: turned around, the comparison reads as classLike expects it.
    const op = turnedAround(a[1]);
    return { classCheck: /[<>]/.test(op) && classLike(c.value, op) };
  }
  // [200, 201].includes(res.status), (200...299).contains(statusCode), 200..299 in Kotlin `in`.
  if (/^\s*(?:,\s*["']?\d{3}["']?\s*)*[\])]\s*\.(?:includes|contains|Contains|indexOf|has)\(\s*/.test(c.right)) {
    const after = c.right.replace(/^[^(]*\(/, '');
    if (mentionsStatus(after.slice(0, 80))) return {};
  }
  // Haskell applies functions with a space: statusCode st == 401, statusCode (responseStatus r) >= 500.
  if (/\bstatus(?:Code)?\s+(?:[\p{L}_][\p{L}\p{N}_.']*|\([^()]*\))\s*(?:==|\/=|>=|<=|>|<)\s*$/u.test(c.left)) return {};
  // Erlang variables are capitalised: Status =:= 429, Status >= 500 andalso ...
  if (c.lang === 'erlang' && /\b(?:Status|StatusCode|Code)\s*(?:=:=|=\/=|==|\/=|>=|=<|<|>)\s*$/.test(c.left)) return {};
  // Expression languages in configuration: Apache `%{REQUEST_STATUS} == 503`, nginx `$status`, Envoy, jq;
  // awk over an access log (`$9 == 404`: the status field of the Common Log Format); PromQL series
  // (`probe_http_status_code{job="x"} >= 500`).
  if (/(?:%\{REQUEST_STATUS\}|\$(?:upstream_)?status|response\.code|\.status_code|http\.response\.status_code|(?:^|[\s'(&|])\$9|\w*status_?code\w*\{[^{}]*\})\s*(?:==?|!=|<=?|>=?)\s*["']?$/i.test(c.left)) return {};
  // Shell and Dockerfile tests on curl's status: [ "$(curl -w '%{http_code}' ...)" = "204" ], [[ $code == 200 ]].
  if (/^(?:shellscript|dockerfile|powershell|yaml)$/.test(c.lang) && /(?:==?|!=|-eq|-ne|-ge|-gt|-le|-lt)\s*["']?$/.test(c.left) &&
    /http_code|%\{http_code\}|\$\{?\w*(?:status|code)\w*\}?|\bstatus\w*|StatusCode/i.test(c.left) && curlNearby(c)) {
    return {};
  }
  if (c.lang === 'clojure') return lispComparison(c);
  const range = /^\s*(?:\.\.[.<=]?|to|until)\s*\d{3}/.test(c.right) || /\d{3}\s*(?:\.\.[.<=]?|to|until)\s*$/.test(c.left);
  if (range && mentionsStatus(c.left + ' ' + c.right, httpNearby(c))) return { classCheck: true };
  return undefined;
}

const LISP_STATUS = /\(:status\b|:status\s+\w+\)|\bstatus\b|\.getStatus\b|status-code/;

/** Clojure compares in prefix form, with any number of arguments: `(<= 500 (:status resp) 599)`, `(= 404 status)`. */
function lispComparison(c: Candidate): Finding | undefined {
  const open = /\((<=?|>=?|=|==|not=)\s+(?:[^()]|\([^()]*\))*$/.exec(c.left);
  if (!open) return undefined;
  let depth = 0;
  let end = c.right.length;
  for (let i = 0; i < c.right.length; i++) {
    if (c.right[i] === '(') depth++;
    else if (c.right[i] === ')' && depth-- === 0) { end = i; break; }
  }
  const form = c.left.slice(open.index) + ' ' + c.right.slice(0, end);
  if (!LISP_STATUS.test(form)) return undefined;
  if (open[1] === '=' || open[1] === '==' || open[1] === 'not=') return { classCheck: false };
  // `(> (:status resp) 499)` reads status > 499; `(<= 500 (:status resp))` reads status >= 500.
  const op = LISP_STATUS.test(c.left.slice(open.index)) ? open[1] : turnedAround(open[1]);
  return { classCheck: classLike(c.value, op) };
}

export const comparison: Evidence = {
  id: 'comparison',
  direction: 'slot',
  view: 'any',
  summary: 'a comparison or range check against a status expression',
  test: comparisonAt,
};

/** Tokens each rule must fire on and, as many, look-alikes it must stay silent on (test/unit/evidence.test.ts). */
export const examples: Examples = {
  'comparison': {
    fires: [
      { lang: 'javascript', text: 'if (response.status === ⟦404⟧) return null;' },
      { lang: 'go', text: 'if resp.StatusCode >= ⟦500⟧ {' },
      { lang: 'python', text: 'if r.status_code in (⟦200⟧, 201):' },
      { lang: 'kotlin', text: 'if (response.status.value in ⟦200⟧..299) {' },
      { lang: 'clojure', text: '(if (<= 500 (:status resp) ⟦599⟧)' },
      { lang: 'javascript', text: 'const client = axios.create({ validateStatus: (s) => s < ⟦500⟧ });' },
      { lang: 'powershell', text: 'if ($resp.StatusCode -eq ⟦404⟧) { return $null }' },
      { lang: 'erlang', text: 'case Status =:= ⟦429⟧ of' },
      { lang: 'csharp', text: 'if ((int)response.StatusCode is >= ⟦500⟧) throw new RetryException();' },
      { lang: 'python', text: 'if resp.status in [⟦502⟧, 503, 504]:' },
      { lang: 'lua', text: 'if res.status ~= ⟦200⟧ then return nil end' },
      { lang: 'javascript', text: 'if (⟦404⟧ === res.status) return null;' },
      { lang: 'javascript', text: 'if ([⟦200⟧, 201].includes(res.status)) done();' },
      { lang: 'haskell', text: 'when (statusCode (responseStatus r) >= ⟦500⟧) retry' },
      { lang: 'apacheconf', text: 'Header always set Retry-After "120" "expr=%{REQUEST_STATUS} == ⟦503⟧"' },
      { lang: 'shellscript', text: "awk '$9 == ⟦404⟧ { n++ } END { print n }' access.log" },
      { lang: 'yaml', text: 'expr: probe_http_status_code{job="web"} >= ⟦500⟧' },
      { lang: 'shellscript', text: 'code=$(curl -s -o /dev/null -w \'%{http_code}\' "$url")\nif [ "$code" -eq ⟦200⟧ ]; then' },
      { lang: 'ruby', text: 'ok = (200..⟦299⟧).cover?(response.code.to_i)' },
      { lang: 'clojure', text: '(when (= ⟦404⟧ (:status resp)) nil)' },
    ],
    silent: [
      { lang: 'python', text: 'if order.status == ⟦200⟧:' },
      { lang: 'javascript', text: 'if (items.length > ⟦100⟧) trim();' },
      { lang: 'shellscript', text: 'if [ "$status" -eq ⟦130⟧ ]; then' },
      { lang: 'go', text: 'if job.Status != ⟦300⟧ {' },
      { lang: 'clojure', text: '(if (<= 100 (count rows) ⟦599⟧)' },
      { lang: 'javascript', text: 'const short = (s) => s.length < ⟦500⟧;' },
      { lang: 'powershell', text: 'if ($rows.Count -eq ⟦404⟧) { Write-Warning "odd batch" }' },
      { lang: 'erlang', text: 'case Count =:= ⟦429⟧ of' },
      { lang: 'csharp', text: 'if (order.Total is >= ⟦500⟧) ApplyDiscount();' },
      { lang: 'python', text: 'if page_size in [⟦100⟧, 200]:' },
      { lang: 'lua', text: 'if #items ~= ⟦200⟧ then return nil end' },
      { lang: 'javascript', text: 'if (⟦404⟧ === room.number) return null;' },
      { lang: 'javascript', text: 'if ([⟦200⟧, 201].includes(room.floor)) upgrade();' },
      { lang: 'haskell', text: 'when (length rows >= ⟦500⟧) flush' },
      { lang: 'apacheconf', text: 'Header set X-Tls "on" "expr=%{SERVER_PORT} == ⟦443⟧"' },
      { lang: 'shellscript', text: "awk '$10 > ⟦500⟧ { big++ } END { print big }' access.log" },
      { lang: 'yaml', text: 'expr: http_requests_total{job="web"} >= ⟦500⟧' },
      { lang: 'shellscript', text: 'retries=$((retries + 1))\nif [ "$retries" -eq ⟦200⟧ ]; then' },
      { lang: 'ruby', text: 'light = (200..⟦299⟧).cover?(parcel.weight_grams)' },
      { lang: 'clojure', text: '(when (= ⟦404⟧ (:room booking)) nil)' },
    ],
  },
};
