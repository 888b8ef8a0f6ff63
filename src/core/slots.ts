/**
 * "Where a status goes": the rules that decide, from the text around a value, whether that value is an
 * HTTP response status. Hover asks about a token it found; completion asks about the empty or half-typed
 * slot at the cursor (no right context). Precision first: every rule needs positive evidence.
 */
import type { TextSource } from './types';
import { contextLine, enclosingCall, LINES_ABOVE, type Region } from './scan';

export type SlotKind =
  | 'key' // status: 404, status_code=404, ctx.status = 204
  | 'call' // res.status(404), abort(404), http.Error(w, msg, 405)
  | 'command' // head 204, halt 404, nginx return 301
  | 'compare' // response.status === 404, 404 != r.status_code
  | 'assert' // expect(res.status).toBe(404), assertEquals(404, resp.getStatus())
  | 'case' // case 503: under switch (res.status)
  | 'responses' // OpenAPI / schema response keys
  | 'tuple' // Flask return body, 404; Rack [200, {}, []]
  | 'statusline' // HTTP/1.1 200 OK
  | 'prose'; // "returns 404 when ..." in comments, strings, docs

export interface Slot {
  kind: SlotKind;
  /** For ordering comparisons and ranges: the check covers a whole class. */
  classCheck?: boolean;
}

export interface SlotQuery {
  doc: TextSource;
  line: number;
  /** Text before the value, within the line window. */
  left: string;
  /** Text after the value (empty for completion). */
  right: string;
  region: Region;
  /** Completion: the right side is unknown, only rules that read the left side apply. */
  completion: boolean;
  /** The value as a number, when it is one (hover on a literal). */
  value?: number;
}

const ID = String.raw`[\p{L}_$][\p{L}\p{N}_$]*`;

/** Names of fields, keys and variables that hold a response status. */
const STATUS_KEY = String.raw`(?:status|Status|STATUS|statusCode|StatusCode|STATUS_CODE|status_code|statuscode|httpStatus|HttpStatus|http_status|HTTP_STATUS|httpStatusCode|HttpStatusCode|http_status_code|httpCode|HttpCode|http_code|HTTP_CODE|responseCode|ResponseCode|response_code|expectedStatus|expected_status|expectedStatusCode|expected_status_code|statusNumber|status_int|[\p{L}_$][\p{L}\p{N}_$]*(?:Status|_status|_STATUS|StatusCode|_status_code|_STATUS_CODE|HttpCode))`;

/** Receivers whose `.status` is a domain state, not an HTTP status (documented in the README). */
const NON_HTTP_RECEIVER =
  /^(?:order|orders|job|jobs|task|tasks|proc|process|child|exit|payment|invoice|build|ticket|game|player|account|subscription|item|workflow|step|pod|container|deployment|pipeline|shipment|delivery|user|member|issue|pr|commit|run|batch|transaction|txn|device|sensor|machine|vm|node|cluster|git|svn|smtp|ftp|mail|email|exec|command|cmd|subprocess|result_of_exit)$/i;

/** Receivers whose `.code` / `.Code` is an HTTP status (Go httptest recorders, Ruby Net::HTTP, ...). */
const HTTP_RECEIVER =
  /^(?:res|resp|response|rsp|rec|recorder|rr|w|r|reply|result|http_response|httpResponse|raw_response|rawResponse|last_response|page|ctx\.response|conn)$/i;

const TAIL = String.raw`(?:status(?:Code|_code|code|_int)?|Status(?:Code)?|httpStatus(?:Code)?|http_status(?:_code)?|responseCode|response_code|ResponseCode|getStatus(?:Code(?:Value)?)?|getResponseCode|statusCodeValue|Code|code)`;

/**
 * A status-like expression: `res.status`, `r.status_code`, `resp.StatusCode`, `response.getStatus()`,
 * `rec.Code`, `(int)response.StatusCode`, `response.status.value`, `resp.status().as_u16()`.
 */
const STATUS_EXPR = String.raw`(?:\(\s*int\s*\)\s*)?((?:${ID}(?:\([^()]*\))?\s*(?:\?\.|\.|::|->)\s*)*)(${TAIL})(?:\(\))?(?:\[['"](?:status|statusCode|status_code)['"]\])?(?:\s*(?:\.|::)\s*(?:value|code|rawValue|as_u16|intValue|to_i|toInt|value)(?:\(\))?)?`;

const STATUS_EXPR_BEFORE = new RegExp(
  String.raw`(?:^|[^\p{L}\p{N}_$.])${STATUS_EXPR}\s*\)?\s*(?:===?|!==?|<=?|>=?|\bis(?:\s+not)?|\bin\s*[\[(]\s*(?:["']?\d{3}["']?\s*,\s*)*|\bin|\.equals\(|\.Equals\(|\.eq\(|~=|=~)\s*$`,
  'u',
);
const STATUS_EXPR_AFTER = new RegExp(String.raw`^\s*(===?|!==?|<=?|>=?)\s*${STATUS_EXPR}(?![\p{L}\p{N}_$(])`, 'u');
const STATUS_EXPR_ANY = new RegExp(
  String.raw`(?:^|[^\p{L}\p{N}_$])(?:${STATUS_EXPR}(?![\p{L}\p{N}_$])|['"](?:status|statusCode|status_code)['"])`,
  'gu',
);

/** Whether a matched status expression is HTTP-ish given its receiver chain and tail. */
function plausibleStatus(receiverChain: string, tail: string): boolean {
  const parts = receiverChain.split(/\s*(?:\?\.|\.|::|->)\s*/).filter(Boolean).map((p) => p.replace(/\(.*\)$/, ''));
  const last = parts[parts.length - 1] ?? '';
  if (last && NON_HTTP_RECEIVER.test(last.replace(/^\$/, ''))) return false;
  if (tail === 'Code' || tail === 'code') return HTTP_RECEIVER.test(last.replace(/^\$/, ''));
  if (tail === 'Status' && !last) return false;
  return true;
}

/** Whether `text` contains a plausible status expression anywhere. */
export function mentionsStatus(text: string): boolean {
  STATUS_EXPR_ANY.lastIndex = 0;
  for (let m = STATUS_EXPR_ANY.exec(text); m; m = STATUS_EXPR_ANY.exec(text)) {
    if (m[2] === undefined || plausibleStatus(m[1] ?? '', m[2])) return true;
  }
  return false;
}

interface CallRule {
  name: RegExp;
  /** Argument positions where a status goes; 'any' for every position. */
  args: number[] | 'any';
  receiver?: RegExp;
  /** The call must (true) or must not (false) have a receiver. */
  method?: boolean;
  langs?: string[];
}

const JS = ['javascript', 'javascriptreact', 'typescript', 'typescriptreact'];

/** Calls that take a status, by name and argument position. */
const CALLS: CallRule[] = [
  { name: /^(?:status|sendStatus|writeHead|WriteHeader|setStatus|sendError|setStatusCode|withStatus|http_response_code|from_u16|fromValue|fromCode|AbortWithStatus|AbortWithStatusJSON|AbortWithError|NoContent|HttpCode|send_response|send_response_only|send_error|halt|head|assert_response|assertStatus|assertResponseStatus|assertResponseStatusCodeSame|assertStatusCode|have_http_status|statusCode|StatusCode|StatusCodeResult|createError|HttpError|HTTPError|ResponseStatusException|WebApplicationException|HttpResponseException|HttpStatusCodeException|Abort|StatusResult|SwaggerResponse|ProducesResponseType|ApiResponse|response_status|set_status|setResponseCode|respondWithStatus|expectStatus|assertHttpStatus)$/, args: [0] },
  { name: /^(?:code)$/, args: [0], method: true },
  { name: /^(?:throw|assert)$/, args: [0, 1], receiver: /^(?:ctx|context|this\.ctx)$/ },
  { name: /^(?:Status)$/, args: [0] },
  { name: /^(?:valueOf|resolve)$/, args: [0], receiver: /(?:^|\.)(?:HttpStatus|HttpStatusCode|Status)$/ },
  { name: /^(?:redirect|Redirect)$/, args: [0] },
  { name: /^(?:redirect)$/, args: [1], langs: ['php'] },
  { name: /^(?:Redirect)$/, args: [3], receiver: /^http$/ },
  { name: /^(?:Error)$/, args: [2], receiver: /^http$/ },
  { name: /^(?:JSON|String|HTML|XML|JSONP|YAML|IndentedJSON|PureJSON|SecureJSON|AsciiJSON|Data|DataFromReader|Blob|Stream|NoContent|ProtoBuf|TOML)$/, args: [0], method: true, langs: ['go'] },
  { name: /^(?:error)$/, args: [0], method: false, langs: JS },
  { name: /^(?:HttpException|HTTPException|ClientErrorException|ServerErrorException|ResponseStatusException|WebApplicationException|HttpResponse|abort_if|abort_unless|throw_if|throw_unless)$/, args: [1] },
  { name: /^(?:HttpException|HTTPException|abort)$/, args: [0] },
  { name: /^(?:put_status|send_resp|resp|json_response|html_response|text_response|response|redirected_to)$/, args: [0, 1], langs: ['elixir'] },
  { name: /^(?:response|json|make_response|JsonResponse|Response|RedirectResponse|BinaryFileResponse|StreamedResponse)$/, args: [1], langs: ['php', 'python'] },
  { name: /^(?:Response)$/, args: [0, 1], langs: ['dart'] },
  { name: /^(?:reply|replyWithError)$/, args: [0], method: true, langs: JS },
  { name: /^(?:expect)$/, args: [0], method: true, langs: JS },
  { name: /^(?:setResponseStatus)$/, args: [1], langs: JS },
  { name: /^(?:with_status)$/, args: [1] },
  { name: /^(?:HttpStatusCode)$/, args: [0], langs: ['kotlin'] },
  { name: /^(?:ProducesResponseType|ProducesErrorResponseType|SwaggerResponse)$/, args: 'any', langs: ['csharp'] },
];

/** Test assertions: a number compared with a status expression on the same line. */
const ASSERT_NAME =
  /^(?:assert\w*|Assert\w*|expect|toBe|toEqual|toStrictEqual|toHaveProperty|toHaveStatus|toHaveHttpStatus|toHaveStatusCode|toRespondWith|equal|equals|strictEqual|deepEqual|deepStrictEqual|Equal|EqualValues|Equals|eq|is|isEqualTo|That|should|shouldBe|shouldEqual|assert_eq|assert_ne|XCTAssertEqual|XCTAssertNotEqual|expectEqual|must_equal|assert_equal|AreEqual|EXPECT_EQ|ASSERT_EQ|match|matches|NotEqual)$/;

function callSlot(left: string, right: string, lang: string): Slot | undefined {
  const call = enclosingCall(left);
  if (!call) return undefined;
  // The value must be the whole argument so far: `status(404` yes, `status(x + 404` no.
  const argText = call.argsBefore.split(',').pop() ?? '';
  const bare = /^\s*(?:\(\s*(?:int|HttpStatusCode|HttpStatus)\s*\)\s*)?["']?$/.test(argText);
  const keyed = /^\s*(?:code|status|status_code|statusCode)\s*[:=]\s*["']?$/.test(argText);
  if (!bare && !keyed) return undefined;
  for (const rule of CALLS) {
    if (!rule.name.test(call.name)) continue;
    if (rule.langs && !rule.langs.includes(lang)) continue;
    if (rule.method === true && !call.receiver) continue;
    if (rule.method === false && call.receiver) continue;
    if (rule.receiver && !rule.receiver.test(call.receiver)) continue;
    if (keyed || rule.args === 'any' || rule.args.includes(call.argIndex)) return { kind: 'call' };
  }
  if (ASSERT_NAME.test(call.name) && mentionsStatus(left.slice(Math.max(0, call.open - 120)) + ' ' + right.slice(0, 120))) {
    return { kind: 'assert' };
  }
  // An enum or constant defined from the code: NOT_FOUND(404, "Not Found").
  return undefined;
}

const KEY_BEFORE = new RegExp(
  String.raw`(?:^|[^\p{L}\p{N}_$])(?:(\$?${ID})\s*(?:\?\.|\.|->|::)\s*)?[:@]?["']?(${STATUS_KEY})["']?\s*(?::|=>|:=|(?<![=!<>])=(?![=>~]))\s*["']?$`,
  'u',
);

const CODE_KEY_BEFORE = /(?:^|[^\p{L}\p{N}_$])[:]?["']?(?:code|Code|error_code|errorCode)["']?\s*(?::|=>|=(?![=>]))\s*["']?$/u;

function keySlot(q: SlotQuery): Slot | undefined {
  const m = KEY_BEFORE.exec(q.left);
  if (m) {
    const receiver = m[1]?.replace(/^\$/, '');
    if (receiver && NON_HTTP_RECEIVER.test(receiver)) return undefined;
    const key = m[2];
    // A variable named like a status must look like an HTTP one: DEFAULT_STATUS yes, orderStatus no.
    if (/[a-z](?:Status|_status)$/.test(key) && !/^(?:http|response|expected|error|success|default|return|resp|res|fallback|redirect|final|actual|got|want|err)/i.test(key)) {
      return undefined;
    }
    return { kind: 'key' };
  }
  if (CODE_KEY_BEFORE.test(q.left)) {
    // "code": 404 counts in an error body; demand HTTP words around it.
    const around = [contextLine(q.doc, q.line - 1), q.left, q.right, contextLine(q.doc, q.line + 1)].join(' ');
    if (/\b(?:error|errors|message|msg|detail|details|status|http|response|reason|title|redirect)\b/i.test(around)) {
      return { kind: 'key' };
    }
  }
  return undefined;
}

function compareSlot(q: SlotQuery): Slot | undefined {
  const m = STATUS_EXPR_BEFORE.exec(q.left);
  if (m && plausibleStatus(m[1] ?? '', m[2])) {
    const op = /(<=?|>=?)\s*$/.exec(q.left)?.[1];
    return { kind: 'compare', classCheck: op !== undefined && classLike(q.value, op) };
  }
  if (!q.completion) {
    const a = STATUS_EXPR_AFTER.exec(q.right);
    if (a && plausibleStatus(a[2] ?? '', a[3])) {
      const op = a[1];
      return { kind: 'compare', classCheck: /[<>]/.test(op) && classLike(q.value, op) };
    }
    // [200, 201].includes(res.status), (200...299).contains(statusCode), 200..299 in Kotlin `in`.
    if (/^\s*(?:,\s*["']?\d{3}["']?\s*)*[\])]\s*\.(?:includes|contains|Contains|indexOf|has)\(\s*/.test(q.right)) {
      const after = q.right.replace(/^[^(]*\(/, '');
      if (mentionsStatus(after.slice(0, 80))) return { kind: 'compare' };
    }
    const range = /^\s*(?:\.\.[.<=]?|to|until)\s*\d{3}/.test(q.right) || /\d{3}\s*(?:\.\.[.<=]?|to|until)\s*$/.test(q.left);
    if (range && mentionsStatus(q.left + ' ' + q.right)) return { kind: 'compare', classCheck: true };
  }
  return undefined;
}

function classLike(value: number | undefined, op: string): boolean {
  if (value === undefined) return false;
  if (op.startsWith('<') && op !== '<=') return value % 100 === 0;
  if (op === '<=') return value % 100 === 99 || value % 100 === 0;
  if (op === '>') return value % 100 === 99 || value % 100 === 0;
  return value % 100 === 0;
}

function commandSlot(q: SlotQuery, lang: string): Slot | undefined {
  if (lang === 'ruby' || lang === 'crystal') {
    if (/(?:^|[\s;({=])(?:head|halt|assert_response|status|error)\s+$/.test(q.left)) return { kind: 'command' };
    if (/(?:^|[\s;])(?:expect\(response\)\.to|expect\(last_response\)\.to)\s+(?:have_http_status|be)\s*\(?\s*$/.test(q.left)) {
      return { kind: 'command' };
    }
  }
  if (lang === 'nginx') {
    if (/^\s*(?:return|limit_req_status|limit_conn_status|auth_request_set\s+\S+)\s+$/.test(q.left)) return { kind: 'command' };
    if (/^\s*error_page(?:\s+\d{3})*\s+=?$/.test(q.left)) return { kind: 'command' };
    if (/\bif\s*\(\s*\$(?:status|upstream_status)\s*=\s*$/.test(q.left)) return { kind: 'compare' };
  }
  return undefined;
}

const INDENT = /^\s*/;

/** OpenAPI / Swagger / schema response keys: `'404':` under `responses:`, `"200": {` under `"responses": {`. */
function responsesSlot(q: SlotQuery): Slot | undefined {
  // Inline: responses={404: {...}, 500: ...} or response: { 200: ... }.
  if (/\bresponses?["']?\s*[=:]\s*\{(?:[^{}]|\{[^{}]*\})*[{,]\s*["']?$/.test(q.left) && (q.completion || /^\s*["']?\s*:/.test(q.right))) {
    return { kind: 'responses' };
  }
  if (!/^\s*(?:-\s*)?["']?$/.test(q.left)) return undefined;
  if (!q.completion && !/^["']?\s*:/.test(q.right)) return undefined;
  const indent = INDENT.exec(q.left)![0].length;
  if (indent === 0) return undefined;
  for (let l = q.line - 1, seen = 0; l >= 0 && seen < LINES_ABOVE * 4; l--, seen++) {
    const t = contextLine(q.doc, l);
    if (!t.trim() || /^\s*(?:#|\/\/)/.test(t)) continue;
    const i = INDENT.exec(t)![0].length;
    if (i >= indent) continue;
    return /^\s*["']?(?:responses|response)["']?\s*[:=]\s*[{(]?\s*$/.test(t) ? { kind: 'responses' } : undefined;
  }
  return undefined;
}

const CASE_LABEL_LEFT = /^\s*(?:case\s+|when\s+|\|\s*|else\s+if\s+)?(?:["']?\d{3}["']?\s*(?:,|\||\.\.\.?|\.\.<|\bor\b|\bto\b)\s*)*["']?$/;
const CASE_LABEL_RIGHT = /^["']?\s*(?:(?:,|\||\.\.\.?|\.\.<|\bor\b|\bto\b)\s*["']?\d{3}["']?\s*)*(?::(?!:)|->|=>|\bthen\b|\bdo\b|\bif\b|$)/;
const SWITCH_HEAD = new RegExp(
  String.raw`(?:\b(?:switch|match|when|case|select)\s*\(?\s*${STATUS_EXPR}\s*\)?\s*(?:\{|do|of|with|:)?\s*$|${STATUS_EXPR}\s*(?:match)\s*\{\s*$)`,
  'u',
);

/** `case 503:` under `switch (res.status)`, `404 ->` under `when (response.status.value)`, ... */
function caseSlot(q: SlotQuery): Slot | undefined {
  if (!CASE_LABEL_LEFT.test(q.left)) return undefined;
  if (!q.completion && !CASE_LABEL_RIGHT.test(q.right)) return undefined;
  if (q.completion && !/^\s*(?:case|when)\s/.test(q.left) && !/\d/.test(q.left)) {
    // A bare line start is a slot only for languages whose arms have no keyword (Rust, Kotlin, Elixir, Scala).
    if (!/^(?:rust|kotlin|elixir|scala)$/.test(q.doc.languageId)) return undefined;
  }
  const indent = INDENT.exec(q.left)![0].length;
  for (let l = q.line - 1, seen = 0; l >= 0 && seen < LINES_ABOVE; l--, seen++) {
    const t = contextLine(q.doc, l);
    if (!t.trim()) continue;
    const m = SWITCH_HEAD.exec(t);
    if (m) {
      const recv = m[1] ?? m[3] ?? '';
      const tail = m[2] ?? m[4] ?? '';
      return plausibleStatus(recv, tail) ? { kind: 'case' } : undefined;
    }
    const i = INDENT.exec(t)![0].length;
    // Left the block without finding the head.
    if (i < indent && !/^\s*(?:case|when|default|else|\}|\d{3}|["']\d{3})/.test(t) && !/[{:]\s*$/.test(t)) return undefined;
    if (i < indent - 8) return undefined;
  }
  return undefined;
}

/** Flask `return body, 404`; Rack `[200, {...}, [body]]`. */
function tupleSlot(q: SlotQuery, lang: string): Slot | undefined {
  if (lang === 'python') {
    const m = /^\s*return\s+(.+?),\s*$/.exec(q.left);
    if (m && balanced(m[1]) && !/,/.test(topLevel(m[1]))) return { kind: 'tuple' };
  }
  if (lang === 'ruby' && !q.completion && /\[\s*$/.test(q.left) && /^\s*,\s*\{/.test(q.right)) return { kind: 'tuple' };
  return undefined;
}

function balanced(s: string): boolean {
  let d = 0;
  for (const ch of s) {
    if ('([{'.includes(ch)) d++;
    else if (')]}'.includes(ch) && --d < 0) return false;
  }
  return d === 0;
}

function topLevel(s: string): string {
  let d = 0;
  let out = '';
  for (const ch of s) {
    if ('([{'.includes(ch)) d++;
    else if (')]}'.includes(ch)) d--;
    else if (d === 0) out += ch;
  }
  return out;
}

/** The rules that apply to code: keys, calls, commands, comparisons, cases, response keys, tuples. */
export function codeSlot(q: SlotQuery): Slot | undefined {
  const lang = q.doc.languageId;
  // A cast to the status type: (HttpStatusCode)404.
  if (/\(\s*(?:HttpStatusCode|HttpStatus)\s*\)\s*$/.test(q.left)) return { kind: 'call' };
  return (
    keySlot(q) ??
    callSlot(q.left, q.right, lang) ??
    compareSlot(q) ??
    commandSlot(q, lang) ??
    responsesSlot(q) ??
    caseSlot(q) ??
    tupleSlot(q, lang)
  );
}

const UNIT_AFTER =
  /^\s*(?:items?|rows?|records?|bytes?|[kmg]i?b\b|ms\b|milliseconds?|seconds?|secs?\b|minutes?|mins?\b|hours?|hrs?\b|days?|weeks?|months?|years?|times|users?|requests?(?!ed)|lines?|chars?|characters?|words?|entries|entry|px\b|pixels?|elements?|objects?|files?|messages?|tokens?|points?|calls?|retries|attempts?|connections?|ids?\b|products?|orders?|posts?|comments?|results?|numbers?|digits?|steps?|kb\b|mb\b|percent|%|of\s+the\b|of\s+\d|characters?)/i;

const PROSE_BEFORE =
  /(?:\b(?:https?|status(?:\s+codes?)?|codes?|error|errors|returns?|returned|returning|respond(?:s|ed|ing)?(?:\s+with)?|repl(?:y|ies|ied)(?:\s+with)?|sends?|sent|sending|throws?|threw|throwing|raises?|raised|gives?|gave|yields?|emits?|gets?|got|getting|receives?|received|expects?|expected|fails?\s+with|failed\s+with|answers?\s+with|results?\s+in|ends?\s+with|with|on|for|as|into|map(?:s|ped)?\s+to|becomes?|becoming|turns?\s+into|except|instead\s+of|than|or|and|to|from|like|is|are|be)\s+(?:(?:an?|the|http|https|status|code|plain|generic|proper|real)\s+)*)$/i;

const ARTICLE_BEFORE = /(?:\b(?:an?|the|any|no|every|each|this|that)\s+|\bnon-)$/i;
const STATUS_NOUN_AFTER =
  /^(?:\s*(?:$|[.,;:!?)\]'"`\/]|—|–|-\s)|\s+(?:errors?|responses?|status(?:es)?|codes?|pages?|redirects?|replies|reply|result|class|range|family|series|handler|handling|from|when|if|for|instead|or|and|means|indicates|is|was)\b|s\b)/i;

/** Prose in comments, docstrings, strings and Markdown. */
export function proseSlot(q: SlotQuery): Slot | undefined {
  if (q.completion) return undefined;
  if (/HTTP\/\d(?:\.\d)?\s+$/.test(q.left)) return { kind: 'statusline' };
  if (UNIT_AFTER.test(q.right)) return undefined;
  if (/[\d.,]\s*$/.test(q.left) && !/\d{3}\s*(?:,|or|and|\/)\s*$/.test(q.left)) return undefined;
  if (PROSE_BEFORE.test(q.left)) {
    // "returns 200 items" was ruled out above; "to 500" and "or 300" need a status word after.
    const weak = /\b(?:with|on|for|as|into|or|and|to|from|like|is|are|be|than)\s+$/i.test(q.left);
    if (!weak || STATUS_NOUN_AFTER.test(q.right)) return { kind: 'prose' };
  }
  if (ARTICLE_BEFORE.test(q.left) && STATUS_NOUN_AFTER.test(q.right)) return { kind: 'prose' };
  if (/^\s+(?:errors?|responses?|status(?:\s+code)?|redirects?|page)\b/i.test(q.right) && !/\b(?:of|about|over|under|than|at\s+least|up\s+to|approximately)\s+$/i.test(q.left)) {
    return { kind: 'prose' };
  }
  return undefined;
}

/** Whether the text right of a value starts with the status's own reason phrase ("404 Not Found"). */
export function phraseFollows(right: string, phrases: readonly string[]): boolean {
  const m = /^\s*(?:[-–—:|(]\s*)?["'`*_]*([\p{L}'’ -]{2,60})/u.exec(right);
  if (!m) return false;
  const after = m[1].toLowerCase().replace(/’/g, "'");
  for (const p of phrases) {
    const lp = p.toLowerCase();
    if (!after.startsWith(lp)) continue;
    const next = after[lp.length];
    if (next !== undefined && /[\p{L}]/u.test(next)) continue;
    // One-word phrases that are everyday words need the spec's capitalisation: "201 Created", not "201 created rows".
    if (!lp.includes(' ') && lp !== 'ok') {
      const exact = /^\s*(?:[-–—:|(]\s*)?["'`*_]*(\S+)/u.exec(right)?.[1] ?? '';
      if (!exact.startsWith(p)) continue;
    }
    return true;
  }
  return false;
}
