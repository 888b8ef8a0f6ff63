/**
 * "Where a status goes": the rules that decide, from the text around a value, whether that value is an
 * HTTP response status. Hover asks about a token it found; completion asks about the empty or half-typed
 * slot at the cursor (no right context). Precision first: every rule needs positive evidence.
 */
import type { TextSource } from './types';
import { contextLine, enclosingCall, LINES_ABOVE, scanBackward, type Region } from './scan';
import { phrasesOf } from './catalogue';
import { compact } from './text';


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
  /** The slot takes an integer, not a constant: StatusCode::from_u16(, HttpStatusCode.fromValue(. */
  numeric?: boolean;
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
  /** Computed: whether the lines around mention HTTP (lets a bare `code` count). */
  httpNearby?: boolean;
}

const HTTP_WORDS = /https?|status|response|request|\bres\b|\bresp\b|\breq\b|fetch|axios|curl|\bapi\b|endpoint/i;
/** Words that put a number in another protocol's or domain's hands. */
/** Other protocols by name: enough to silence prose about a number on the same or a neighbouring line. */
const MAIL_OR_FTP = /\b(?:smtp|Smtp|SMTP|ftp|Ftp|FTP|imap|IMAP|pop3|POP3|ldap|LDAP|nodemailer|SmtpStatusCode|SmtpClient|smtplib|sendmail|relay|mailbox|MTA)\b/;
const OTHER_PROTOCOL = /\b(?:smtp|Smtp|SMTP|ftp|Ftp|FTP|imap|IMAP|pop3|POP3|ldap|LDAP|nodemailer|SmtpStatusCode|SmtpClient|smtplib|sendmail|mailer|Mailer|transporter|errno|exitCode|exit_code|ExitCode|exitStatus|exit_status|returncode|process\.exit|sys\.exit|os\.Exit|System\.exit)\b|\bexit\s+(?:code|status)\b/;

/** Whether any line in [from, to] other than `skip` (bounded context lines) matches `re`. */
function lineNear(doc: TextSource, from: number, to: number, skip: number, re: RegExp): boolean {
  for (let l = from; l <= to; l++) if (l !== skip && re.test(contextLine(doc, l))) return true;
  return false;
}

function curlNearby(q: SlotQuery): boolean {
  return lineNear(q.doc, q.line - 8, q.line, -1, /\bcurl\b|http_code|wget\b|httpie|\bhttp\s/);
}

function nearbyHttp(q: SlotQuery): boolean {
  q.httpNearby ??= HTTP_WORDS.test(q.left) || HTTP_WORDS.test(q.right) || lineNear(q.doc, q.line - 6, q.line + 3, q.line, HTTP_WORDS);
  return q.httpNearby;
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

const TAIL = String.raw`(?:statuses|statusCodes|status_codes|(?:upstream|http|response|resp|expected|actual|last|final|error|err|backend|origin|server|proxy|reply|return|got|want)(?:Status|_status)(?:Code|_code)?|status(?:Code|_code|code|_int)?|Status(?:Code)?|httpStatus(?:Code)?|http_status(?:_code)?|responseCode|response_code|ResponseCode|getStatus(?:Code(?:Value)?)?|getResponseCode|statusCodeValue|Code|code)`;

/**
 * A status-like expression: `res.status`, `r.status_code`, `resp.StatusCode`, `response.getStatus()`,
 * `rec.Code`, `(int)response.StatusCode`, `response.status.value`, `resp.status().as_u16()`.
 */
const STATUS_EXPR = String.raw`(?:\(\s*int\s*\)\s*)?\$?((?:${ID}(?:\([^()]*\))?\s*(?:\?\.|\.|::|->)\s*)*)(${TAIL})(?:\(\))?(?:\[['"](?:status|statusCode|status_code)['"]\])?(?:\s*(?:\.|::)\s*(?:value|code|rawValue|as_u16|intValue|to_i|toInt|value)(?:\(\))?)?`;

const STATUS_EXPR_BEFORE = new RegExp(
  String.raw`(?:^|[^\p{L}\p{N}_$.])${STATUS_EXPR}["']?\s*\)?\s*(?:-(?:eq|ne|ge|gt|le|lt)\b|===?|!==?|<=?|>=?|\bis(?:\s+not)?(?:\s*[<>]=?)?|\bis\s*(?:not\s*)?[<>]=?\s*\d{3}\s*(?:and|or)\s*[<>]=?|\b(?:in|IN)\s*[\[(]\s*(?:["']?\d{3}["']?\s*,\s*)*|\bin|\b(?:BETWEEN|between)(?:\s+\d{3}\s+(?:AND|and))?|\.equals\(|\.Equals\(|\.eq\(|~=|=~)\s*$`,
  'u',
);
const STATUS_EXPR_AFTER = new RegExp(String.raw`^\s*(===?|!==?|<=?|>=?)\s*${STATUS_EXPR}(?![\p{L}\p{N}_$(])`, 'u');
const STATUS_EXPR_ANY = new RegExp(
  String.raw`(?:^|[^\p{L}\p{N}_$])(?:${STATUS_EXPR}(?![\p{L}\p{N}_$])|['"](?:status|statusCode|status_code)['"])`,
  'gu',
);

/** Whether a matched status expression is HTTP-ish given its receiver chain and tail. */
function plausibleStatus(receiverChain: string, tail: string, httpNearby = false): boolean {
  const parts = receiverChain.split(/\s*(?:\?\.|\.|::|->)\s*/).filter(Boolean).map((p) => p.replace(/\(.*\)$/, ''));
  const last = parts[parts.length - 1] ?? '';
  if (last && NON_HTTP_RECEIVER.test(last.replace(/^\$/, ''))) return false;
  // A bare `code` is a status only where the lines around speak of HTTP.
  if (tail === 'Code' || tail === 'code') {
    if (/^(?:status|Status|status_code|statusCode)$/.test(last)) return true;
    return last ? HTTP_RECEIVER.test(last.replace(/^\$/, '')) : httpNearby;
  }
  if (tail === 'Status' && !last) return false;
  return true;
}

/** Whether `text` contains a plausible status expression anywhere. */
export function mentionsStatus(text: string, httpNearby = false): boolean {
  STATUS_EXPR_ANY.lastIndex = 0;
  for (let m = STATUS_EXPR_ANY.exec(text); m; m = STATUS_EXPR_ANY.exec(text)) {
    if (m[2] === undefined || plausibleStatus(m[1] ?? '', m[2], httpNearby)) return true;
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
  { name: /^(?:NewHTTPError|NewHttpError|HTTPError|errorhandler|app_errorhandler|register_error_handler|error_handler|exception_handler|status_code|status_line|statusText|getStatusText|reasonPhrase|getReasonPhrase|reason_phrase|getReason|isSuccessStatusCode|be_between)$/, args: [0] },
  { name: /^(?:header)$/, args: [2], langs: ['php'] },
  { name: /^(?:complete|completeWith)$/, args: [0], langs: ['scala'] },
  { name: /^(?:throw|assert)$/, args: [0, 1], receiver: /^(?:ctx|context|this\.ctx)$/ },
  { name: /^(?:Status)$/, args: [0] },
  { name: /^(?:valueOf|resolve)$/, args: [0], receiver: /(?:^|\.)(?:HttpStatus|HttpStatusCode|Status)$/ },
  { name: /^(?:redirect|Redirect)$/, args: [0, 1] },
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
  /^(?:assert\w*|Assert\w*|expect|toContain|be_between|in_range|Be|BeOneOf|HaveStatusCode|between|isin|isIn|isin_|oneOf|isOneOf|within|toBe|toEqual|toStrictEqual|toHaveProperty|toHaveStatus|toHaveHttpStatus|toHaveStatusCode|toRespondWith|equal|equals|strictEqual|deepEqual|deepStrictEqual|Equal|EqualValues|Equals|eq|is|isEqualTo|That|should|shouldBe|shouldEqual|assert_eq|assert_ne|XCTAssertEqual|XCTAssertNotEqual|expectEqual|must_equal|assert_equal|AreEqual|EXPECT_EQ|ASSERT_EQ|match|matches|NotEqual)$/;

function callSlot(left: string, right: string, lang: string): Slot | undefined {
  // http.STATUS_CODES[414], Response::$statusTexts[404]
  if (/(?:STATUS_CODES|statusTexts|status_codes|HTTP_STATUS_CODES|STATUS_TEXT|statusText|reasonPhrases)\s*\[\s*["']?$/.test(left)) return { kind: 'call' };
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
    if (keyed || rule.args === 'any' || rule.args.includes(call.argIndex)) {
      return { kind: 'call', numeric: /^(?:from_u16|fromValue|fromCode|valueOf|resolve|http_response_code|HttpStatusCode)$/.test(call.name) };
    }
  }
  if (ASSERT_NAME.test(call.name) && mentionsStatus(left.slice(Math.max(0, call.open - 120)) + ' ' + right.slice(0, 120))) {
    return { kind: 'assert' };
  }
  // A project's own HTTP error class: new ApiError(409, ...), RecipeApiException(401, ...).
  if (call.argIndex === 0 && /(?:Api|API|Http|HTTP|Request|Response|Status|Client|Server|Rest|REST|Fetch|Service|Web)\w*(?:Error|Exception)$/.test(call.name)) return { kind: 'call' };
  // Matchers nested in a status assertion: .statusCode(allOf(greaterThanOrEqualTo(200), lessThan(300))).
  if (/^(?:allOf|anyOf|either|both|or|and|is|not|equalTo|greaterThan\w*|lessThan\w*|oneOf|isOneOf|within|between|in)$/.test(call.name)) {
    const outer = callSlot(left.slice(0, call.open), '', lang);
    if (outer) return { kind: 'assert', classCheck: /than/i.test(call.name) };
  }
  // A project's own response helper: writeJSON(w, 200, v), respond(res, 404, err), sendError(ctx, 500).
  if (
    call.argIndex > 0 &&
    /^(?:write|send|respond|render|reply|json|error|fail|abort|return)\w*$/i.test(call.name) &&
    /^\s*(?:w|rw|res|resp|response|c|ctx|conn|writer|reply|h|event|context)\s*,/.test(call.argsBefore) &&
    !/\d{3}/.test(call.argsBefore.slice(0, -argText.length || undefined))
  ) {
    return { kind: 'call' };
  }
  // An enum or constant defined from the code: NOT_FOUND(404, "Not Found").
  return undefined;
}

const KEY_BEFORE = new RegExp(
  String.raw`(?:^|[^\p{L}\p{N}_$])(?:(\$?${ID})\s*(?:\?\.|\.|->|::)\s*)?[:@]?["']?(${STATUS_KEY})["']?\s*(?::|=>|:=|(?<![=!<>])=(?![=>~]))\s*["']?$`,
  'u',
);

const CODE_KEY_BEFORE = /(?:^|[^\p{L}\p{N}_$])[:]?["']?(?:code|Code|error_code|errorCode)["']?\s*(?::|=>|=(?![=>]))\s*["']?$/u;

/** Key rules read only the end of the left side: a key, its receiver and the separator are short. */
const KEY_LEFT = 64;

function keySlot(q: SlotQuery): Slot | undefined {
  const tail = q.left.length > KEY_LEFT ? q.left.slice(-KEY_LEFT) : q.left;
  const m = KEY_BEFORE.exec(tail);
  if (m) {
    const receiver = m[1]?.replace(/^\$/, '');
    if (receiver && NON_HTTP_RECEIVER.test(receiver)) return undefined;
    const key = m[2];
    // A variable named like a status must look like an HTTP one: DEFAULT_STATUS yes, orderStatus no.
    if (/[a-z](?:Status|_status)$/.test(key) && NON_HTTP_RECEIVER.test(key.replace(/(?:Status|_status)$/, ''))) return undefined;
    return { kind: 'key' };
  }
  if (/^(?:yaml|json|jsonc)$/.test(q.doc.languageId) && /(?:^|[\s{,"'])(?:expect|expected|expectStatus|expected_status|expectedStatus)["']?\s*:\s*["']?$/.test(tail)) return { kind: 'key' };
  if (!q.completion && CODE_KEY_BEFORE.test(tail)) {
    // "code": 404 counts in an error body; demand HTTP words around it.
    const around = [contextLine(q.doc, q.line - 1), q.left, q.right, contextLine(q.doc, q.line + 1)].join(' ');
    // Linter and formatter options say "error" and "code" too: {"max-len": ["error", {"code": 100}]}.
    const config = /max-?len|line.?length|printWidth|tabWidth|indent|ignoreUrls|ignoreComments|ignoreStrings/i.test(around);
    if (!config && (q.value ?? 0) >= 200 && /error|message|\bmsg\b|detail|status|http|response|reason|title|redirect/i.test(around)) {
      return { kind: 'key' };
    }
  }
  // A key named after the value's own reason phrase: NOT_MODIFIED: 304, notFound = 404.
  const named = /(?:^|[^\p{L}\p{N}_$])["']?([\p{L}_][\p{L}\p{N}_]*)["']?\s*(?::|=>|=(?![=>]))\s*$/u.exec(tail);
  if (named && q.value !== undefined) {
    const key = compact(named[1].replace(/^(?:HTTP_|Http|http_|STATUS_|Status|status_|SC_)/, ''));
    if (key.length >= 2 && phrasesOf(q.value).map(compact).some((p) => p === key || (key.length >= 6 && p.startsWith(key)))) return { kind: 'key' };
  }
  return undefined;
}

function compareSlot(q: SlotQuery): Slot | undefined {
  // axios / dio: validateStatus: (s) => s < 500 — the callback's parameter is the status.
  const vs = /validateStatus\s*[:=(]\s*(?:function\s*)?\(?\s*([\p{L}_$][\p{L}\p{N}_$]*)/u.exec(q.left);
  if (vs && new RegExp(`(?<![\\w$.])${vs[1]}\\s*(?:===?|!==?|<=?|>=?)\\s*$`).test(q.left)) {
    return { kind: 'compare', classCheck: /[<>]\s*$/.test(q.left) && classLike(q.value, /(<=?|>=?)\s*$/.exec(q.left)![1]) };
  }
  const m = STATUS_EXPR_BEFORE.exec(q.left);
  // Shell tests (`[ "$status" -eq 202 ]`) compare exit statuses as often as HTTP ones: demand curl nearby.
  const shell = m && /-(?:eq|ne|ge|gt|le|lt)\s*$/.test(q.left) && !curlNearby(q);
  if (m && !shell && plausibleStatus(m[1] ?? '', m[2], (m[2] === 'code' || m[2] === 'Code') && !m[1] && nearbyHttp(q))) {
    const op = /(<=?|>=?)\s*$/.exec(q.left)?.[1];
    return { kind: 'compare', classCheck: op !== undefined && classLike(q.value, op) };
  }
  {
    const a = STATUS_EXPR_AFTER.exec(q.right);
    if (a && plausibleStatus(a[2] ?? '', a[3], (a[3] === 'code' || a[3] === 'Code') && !a[2] && nearbyHttp(q))) {
      const op = a[1];
      return { kind: 'compare', classCheck: /[<>]/.test(op) && classLike(q.value, op) };
    }
    // [200, 201].includes(res.status), (200...299).contains(statusCode), 200..299 in Kotlin `in`.
    if (/^\s*(?:,\s*["']?\d{3}["']?\s*)*[\])]\s*\.(?:includes|contains|Contains|indexOf|has)\(\s*/.test(q.right)) {
      const after = q.right.replace(/^[^(]*\(/, '');
      if (mentionsStatus(after.slice(0, 80))) return { kind: 'compare' };
    }
    const range = /^\s*(?:\.\.[.<=]?|to|until)\s*\d{3}/.test(q.right) || /\d{3}\s*(?:\.\.[.<=]?|to|until)\s*$/.test(q.left);
    if (range && mentionsStatus(q.left + ' ' + q.right, nearbyHttp(q))) return { kind: 'compare', classCheck: true };
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
    if (/(?:^|[\s;])redirect(?:_to)?\b.*,\s*$/.test(q.left) && enclosingCall(q.left) === undefined) return { kind: 'command' };
    if (/(?:^|[\s;])(?:expect\(response\)\.to|expect\(last_response\)\.to)\s+(?:have_http_status|be)\s*\(?\s*$/.test(q.left)) {
      return { kind: 'command' };
    }
  }
  if (lang === 'elixir' && /(?:^|\s)(?:assert_error_sent|put_status|send_resp)\s+$/.test(q.left)) return { kind: 'command' };
  // Infix and paren-less assertions: `assert_equal 413, response.status`, `status.intValue shouldBe 413`.
  if (
    /(?:^|\s)(?:assert_equal|assert_not_equal|refute_equal|must_equal|shouldBe|shouldEqual|should\s+be|should\s+equal|should\s+===|mustBe|mustEqual|must\s+be|must\s+equal|must_==|should_==|===|is|eq|to\s+eq|to\s+be|toBe)\s+$/.test(q.left) &&
    mentionsStatus(q.left + ' ' + q.right, nearbyHttp(q))
  ) {
    return { kind: 'assert' };
  }
  if (lang === 'shellscript' && /^\s*[\w-]*(?:status|http|code)[\w-]*\s+(?:\S+\s+)*$/i.test(q.left) && !/^\s*(?:exit|return)\b/.test(q.left)) {
    return { kind: 'command' };
  }
  if (lang === 'nginx') {
    if (/^\s*(?:return|limit_req_status|limit_conn_status|auth_request_set\s+\S+)\s+$/.test(q.left)) return { kind: 'command' };
    if (/^\s*error_page(?:\s+\d{3})*\s+=?$/.test(q.left)) return { kind: 'command' };
    if (/^\s*(?:proxy|fastcgi|uwsgi|scgi)_cache_valid(?:\s+\d{3})*\s+$/.test(q.left)) return { kind: 'command' };
    if (/\bif\s*\(\s*\$(?:status|upstream_status)\s*=\s*$/.test(q.left)) return { kind: 'compare' };
  }
  return undefined;
}

const INDENT = /^\s*/;

/** OpenAPI / Swagger / schema response keys: `'404':` under `responses:`, `"200": {` under `"responses": {`. */
function responsesSlot(q: SlotQuery): Slot | undefined {
  // Inline: responses={404: {...}, 500: ...} or response: { 200: ... }.
  if (/\bresponses?["']?\s*[=:]\s*\{(?:(?:[^{}]|\{[^{}]*\})*,)?\s*["']?$/.test(q.left) && (q.completion || /^\s*["']?\s*:/.test(q.right))) {
    return { kind: 'responses' };
  }
  if (!/^\s*(?:-\s*)?["']?$/.test(q.left)) return undefined;
  if (!(q.completion && !q.right.trim()) && !/^["']?\s*:/.test(q.right)) return undefined;
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

const CASE_LABEL_LEFT = /^\s*(?:case\s+|when\s+|\|\s*|else\s+if\s+)?(?:in\s+)?(?:(?:["']?\d{3}["']?|[\p{L}_][\p{L}\p{N}_.:]*)\s*(?:,|\||\.\.=|\.\.\.?|\.\.<|\bor\b|\bto\b)\s*)*["']?$/u;
const CASE_LABEL_RIGHT = /^["']?\s*(?:(?:,|\||\.\.=|\.\.\.?|\.\.<|\bor\b|\bto\b)\s*(?:["']?\d{3}["']?|[\p{L}_][\p{L}\p{N}_.:]*)\s*)*(?::(?!:)|->|=>|\bthen\b|\bdo\b|\bif\b|\bwhere\b|$)/u;
const SWITCH_HEAD = new RegExp(
  String.raw`(?:\b(?:switch|match|when|case|select)\s*\(?\s*${STATUS_EXPR}\s*\)?\s*(?:\{|do|of|with|:)?\s*$|(?<![\p{L}\p{N}_$.])${STATUS_EXPR}\s*(?:match)\s*\{\s*$)`,
  'u',
);
/** A cheap test before SWITCH_HEAD: only lines with one of its keywords can be a switch head. */
const SWITCH_WORD = /\b(?:switch|match|when|case|select)\b/;

/** `case 503:` under `switch (res.status)`, `404 ->` under `when (response.status.value)`, ... */
function caseSlot(q: SlotQuery): Slot | undefined {
  if (!CASE_LABEL_LEFT.test(q.left)) return undefined;
  if (!(q.completion && !q.right.trim()) && !CASE_LABEL_RIGHT.test(q.right)) return undefined;
  if (q.completion && !/^\s*(?:case|when)\s/.test(q.left) && !/\d/.test(q.left)) {
    // A bare line start is a slot only for languages whose arms have no keyword (Rust, Kotlin, Elixir, Scala).
    if (!/^(?:rust|kotlin|elixir|scala)$/.test(q.doc.languageId)) return undefined;
  }
  const indent = INDENT.exec(q.left)![0].length;
  for (let l = q.line - 1, seen = 0; l >= 0 && seen < LINES_ABOVE; l--, seen++) {
    const t = contextLine(q.doc, l);
    if (!t.trim()) continue;
    const m = SWITCH_WORD.test(t) ? SWITCH_HEAD.exec(t) : null;
    if (m) {
      const recv = m[1] ?? m[3] ?? '';
      const tail = m[2] ?? m[4] ?? '';
      const near = !recv && (tail === 'code' || tail === 'Code') && HTTP_WORDS.test([contextLine(q.doc, l - 1), t, contextLine(q.doc, l - 2)].join(' '));
      return plausibleStatus(recv, tail, near) ? { kind: 'case' } : undefined;
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
  if (lang === 'ruby' && /(?:^|[\s=(])\[\s*$/.test(q.left) && /^\s*,\s*\{/.test(q.right)) return { kind: 'tuple' };
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

function directSlot(q: SlotQuery): Slot | undefined {
  const lang = q.doc.languageId;
  if (/HTTP\/\d(?:\.\d)?["']?\s+$/.test(q.left)) return { kind: 'statusline' };
  // A cast to the status type: (HttpStatusCode)404.
  if (/\(\s*(?:HttpStatusCode|HttpStatus)\s*\)\s*$/.test(q.left)) return { kind: 'call' };
  return (
    keySlot(q) ??
    callSlot(q.left, q.right, lang) ??
    compareSlot(q) ??
    commandSlot(q, lang) ??
    responsesSlot(q) ??
    caseSlot(q) ??
    tupleSlot(q, lang) ??
    listSlot(q) ??
    rowSlot(q) ??
    mapSlot(q) ??
    tableSlot(q)
  );
}

/** One entry of a map from something to HTTP statuses: `[GrpcStatus.NOT_FOUND]: 404,` under `GRPC_TO_HTTP = {`. */
function mapSlot(q: SlotQuery): Slot | undefined {
  if (!/^\s*(?:\[[^\]]{1,80}\]|["']?[\p{L}_$][\p{L}\p{N}_$.-]*["']?)\s*(?::|=>)\s*["']?$/u.test(q.left)) return undefined;
  if (q.right.trim() && !/^["']?\s*,?\s*(?:\/\/.*|#.*)?$/.test(q.right)) return undefined;
  for (let l = q.line - 1, seen = 0; l >= 0 && seen < 40; l--, seen++) {
    const t = contextLine(q.doc, l);
    if (!t.trim() || /^\s*(?:\/\/|#|\*)/.test(t)) continue;
    if (/^\s*(?:\[[^\]]{1,80}\]|["']?[\p{L}_$][\p{L}\p{N}_$.-]*["']?)\s*(?::|=>)\s*["']?\d{3}["']?\s*,?\s*(?:\/\/.*|#.*)?$/u.test(t)) continue;
    if (/[{(\[]\s*$/.test(t)) {
      const head = t.replace(/[{(\[]\s*$/, '');
      return /http|status/i.test(head) && !NOT_STATUS_NAME.test(head) && !OTHER_PROTOCOL.test(head) ? { kind: 'key' } : undefined;
    }
    return undefined;
  }
  return undefined;
}

/** A Markdown table cell under a "Status" or "Code" column. */
function tableSlot(q: SlotQuery): Slot | undefined {
  if (q.doc.languageId !== 'markdown') return undefined;
  const cell = /^\s*\|((?:[^|]*\|)*)\s*[`*]*$/.exec(q.left);
  if (!cell) return undefined;
  if (q.right.trim() && !/^[`*]*\s*(?:\||$)/.test(q.right)) return undefined;
  const column = (cell[1].match(/\|/g) ?? []).length;
  for (let l = q.line - 1, seen = 0; l >= 0 && seen < 60; l--, seen++) {
    const t = contextLine(q.doc, l);
    if (!/^\s*\|/.test(t)) return undefined;
    if (/^\s*\|?\s*:?-{3,}/.test(t)) {
      const header = contextLine(q.doc, l - 1).split('|').slice(1);
      return /status|code|状态|响应码/i.test(header[column] ?? '') ? { kind: 'key' } : undefined;
    }
  }
  return undefined;
}

/** Characters of left context the rules read; enough for any slot opener, bounded for minified lines. */
const RULE_LEFT = 140;

/** The rules that apply to code: keys, calls, commands, comparisons, cases, response keys, tuples, lists. */
export function codeSlot(q: SlotQuery): Slot | undefined {
  if (q.left.length > RULE_LEFT) q = { ...q, left: q.left.slice(-RULE_LEFT) };
  if (q.right.length > RULE_LEFT) q = { ...q, right: q.right.slice(0, RULE_LEFT) };
  const slot = directSlot(q) ?? alternativeSlot(q);
  if (!slot) return undefined;
  // Other protocols' reply codes (SMTP 451, FTP 226) and exit statuses share the numbers.
  // A call to a status function says HTTP itself; inferred slots defer to the protocol named nearby.
  if (slot.kind !== 'responses' && slot.kind !== 'call' && slot.kind !== 'statusline' && otherProtocolNearby(q)) return undefined;
  return slot;
}

/** For prose: another protocol named on this line or the next one to it. */
export function otherProtocolProse(q: SlotQuery): boolean {
  if (MAIL_OR_FTP.test(q.left) || MAIL_OR_FTP.test(q.right)) return true;
  return lineNear(q.doc, q.line - 1, q.line + 1, q.line, MAIL_OR_FTP);
}

export function otherProtocolNearby(q: SlotQuery): boolean {
  if (OTHER_PROTOCOL.test(q.left) || OTHER_PROTOCOL.test(q.right)) return true;
  return lineNear(q.doc, q.line - 5, q.line + 5, q.line, OTHER_PROTOCOL) || (q.line > 5 && otherProtocolInHead(q.doc));
}

const headCache = new Map<string, boolean>();

/** Imports at the head of the file name the protocol too (nodemailer, smtplib); cached per document version. */
function otherProtocolInHead(doc: TextSource): boolean {
  const key = typeof doc.version === 'number' ? `${doc.uri?.toString()}\u0000${doc.version}` : undefined;
  const cached = key !== undefined ? headCache.get(key) : undefined;
  if (cached !== undefined) return cached;
  const found = lineNear(doc, 0, Math.min(20, doc.lineCount) - 1, -1, OTHER_PROTOCOL);
  if (key !== undefined) {
    if (headCache.size > 64) headCache.clear();
    headCache.set(key, found);
  }
  return found;
}

/** A value that is one branch of `cond ? 200 : 503`, `x || 500`, `204 if ok else 404`: the slot is before the expression. */
const ALTERNATIVES =
  /^\s*(?:.+?\s*(?:\?\?|\|\||\bor\b)\s*|.+?\?\s*(?:(?:["']?\d{3}["']?|[\p{L}_][\p{L}\p{N}_.:]*)\s*:\s*)?|(?:["']?\d{3}["']?|[\p{L}_][\p{L}\p{N}_.:]*)\s+if\s+.+?\s+else\s+|if\s*\(.+\)\s*(?:(?:\d{3}|[\p{L}_][\p{L}\p{N}_.:]*)\s+else\s+)?|if\s+.+?\s+then\s+(?:(?:\d{3}|[\p{L}_][\p{L}\p{N}_.]*)\s+else\s+)?)$/u;

function alternativeSlot(q: SlotQuery): Slot | undefined {
  const left = q.left;
  // The start of the current expression: an opener, a separator, an assignment, a status key, `return`.
  const at = scanBackward(left, (ch, i) => {
    if (ch === '(' || ch === '[' || ch === '{' || ch === ',' || ch === ';') return true;
    if (ch === '=' && !'=!<>:'.includes(left[i - 1] ?? '') && left[i + 1] !== '=' && left[i + 1] !== '>') return true;
    if (ch === '>' && left[i - 1] === '=') return true;
    if (ch === '=' && left[i - 1] === ':') return true;
    if (ch === ':' && /(?:^|[^\p{L}\p{N}_$])(?:status|code|statusCode|status_code|StatusCode)["']?\s*$/u.test(left.slice(0, i))) return true;
    return /\breturn\s$/.test(left.slice(Math.max(0, i - 7), i + 1));
  });
  if (at === undefined) return undefined;
  const cut = at + 1;
  const seg = left.slice(cut);
  if (!seg.trim() || !ALTERNATIVES.test(seg)) return undefined;
  const head = left.slice(0, cut) + (/^\s*/.exec(seg)?.[0] ?? '');
  if (head === left) return undefined;
  return directSlot({ ...q, left: head, right: '' });
}

const STATUSY_NAME = /(?:status|code|retr[yi]|http|error|fail|redirect)/i;
const NOT_STATUS_NAME = /(?:backoff|delay|_ms\b|Ms\b|millis|timeout|wait|sleep|interval|size|limit|port|width|height|length|count|seconds|secs|duration)/i;

/** A list literal of status codes named like one: RETRYABLE = new Set([408, 429, 503]), status_forcelist=[500, 502]. */
function listSlot(q: SlotQuery): Slot | undefined {
  const m = /([\[({])\s*((?:["']?\d{3}["']?\s*,\s*)*)["']?$/.exec(q.left);
  if (!m) return undefined;
  const before = q.left.slice(0, m.index);
  let count = (m[2].match(/\d{3}/g) ?? []).length + 1;
  if (q.right.trim() || !q.completion) {
    const r = /^["']?\s*((?:,\s*["']?\d{3}["']?\s*)*),?\s*[\])}]/.exec(q.right);
    if (!r) return undefined;
    count += (r[1].match(/\d{3}/g) ?? []).length;
  }
  // Completion needs a code already in the list: `[429, ` yes, `[` no.
  if (count < 2) return undefined;
  // The list's own name: the text just before the opener, back to the statement start.
  const name = before.slice(-80).split(/[;{}\n]/).pop() ?? '';
  if (!STATUSY_NAME.test(name) || NOT_STATUS_NAME.test(name)) return undefined;
  const call = m[1] === '(' ? enclosingCall(q.left) : undefined;
  if (call && !STATUSY_NAME.test(call.callee) && !/^(?:Set|List|of|setOf|listOf|arrayOf|mutableSetOf|hashSetOf|frozenset|set|tuple|Array|asList|Tuple)$/.test(call.name)) return undefined;
  return { kind: 'compare' };
}

const ROW_HEADER =
  /(?:\b(?:want|expected|expect|exp)\s+(?:int|Int|uint16|u16|HttpStatusCode|number)\b|\b(?:want|wanted|expected|expect|exp)_?(?:status|code|http)\w*|\b(?:status|statusCode|status_code|StatusCode|httpStatus|http_status|wantCode|wantStatus|expectedStatus|expectedCode|expected_status|expected_code|HttpStatusCode)\b)/i;

/** A row of a table-driven test: {"found", "/widgets/101", 200}, ("x" * 121, 422), [InlineData("a", 409)]. */
function rowSlot(q: SlotQuery): Slot | undefined {
  const open = /((?:^|[\s,\[{(=]|InlineData|TestCase|DataRow|arguments|Arguments\.of|pytest\.param|row|of)[({[])((?:\s*(?:"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|[\p{L}_$][\p{L}\p{N}_$.]*|\d+|"[^"]*"\s*\*\s*\d+)\s*,)+)\s*$/u.exec(q.left);
  if (!open || !/["']/.test(open[2])) return undefined;
  if (/\b\d{3}\b/.test(open[2].replace(/"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'/g, '""'))) return undefined;
  if (!/^\s*[)}\]]/.test(q.right)) return undefined;
  for (let l = q.line - 25; l <= q.line + 6; l++) {
    if (l === q.line || l < 0) continue;
    const t = contextLine(q.doc, l);
    if (ROW_HEADER.test(t) && !/^\s*[{(\[]/.test(t)) return { kind: 'compare' };
  }
  return undefined;
}

const UNIT_AFTER =
  /^\s*(?:items?|rows?|records?|bytes?|[kmg]i?b\b|ms\b|milliseconds?|seconds?|secs?\b|minutes?|mins?\b|hours?|hrs?\b|days?|weeks?|months?|years?|times|users?|requests?(?!ed)|lines?|chars?|characters?|words?|entries|entry|px\b|pixels?|elements?|objects?|files?|messages?|tokens?|points?|calls?|retries|attempts?|connections?|ids?\b|products?|orders?|posts?|comments?|results|numbers?|digits?|steps?|kb\b|mb\b|percent|%|of\s+the\b|of\s+\d|pages|tracks?|books?|people|persons?|tests?|cases|cells?|columns?|events?|jobs?|tasks?|images?|photos?|members?|accounts?|customers?|rps\b|qps\b|req\/s|concurrent|threads?|workers?|nodes?|servers?|instances?|replicas?|pods?|units?|dollars?|euros?|usd\b|eur\b|cents?|km\b|m\b|cm\b|mm\b|kg\b|g\b|degrees?|°|x\b|dpi\b|ppi\b|fps\b|k?hz\b|[kmg]bps\b|kbit|mbit)/i;

/** Verbs and nouns that make the number after them a status: "returns 404", "HTTP 404", "status 503". */
const PROSE_STRONG =
  /(?:\b(?:https?|status(?:es)?(?:\s+codes?)?(?:\s+of)?|instead\s+of|rather\s+than|(?:response|error|http)\s+codes?|returns?|returned|returning|respond(?:s|ed|ing)?(?:\s+with)?|repl(?:y|ies|ied)(?:\s+with)?|answers?(?:\s+with)?|answered(?:\s+with)?|sends?|sent|sending|throws?|threw|throwing|raises?|raised|gives?|gave|yields?|emits?|gets?|got|getting|receives?|received|expects?|expected|expecting|wants?|wanted|fails?\s+with|failed\s+with|results?\s+in|ends?\s+with|maps?(?:\s+to)?|mapped(?:\s+to)?|becomes?|turns?\s+into|logs?|logged|treats?|treated|translates?\s+to|converts?\s+to|retr(?:y|ies|ied)\s+on|abort(?:s|ed)?\s+with|redirects?\s+with|serves?|served)\s+(?:(?:an?|the|http|https|status|code|plain|generic|proper|real|another)\s+)*)$/i;
/** Weak words: the number needs a status word after it ("falls back to 500 error"). */
const PROSE_WEAK = /\b(?:with|on|for|as|into|or|and|to|from|like|is|are|be|than|not|except|instead\s+of)\s+(?:(?:an?|the|http|status)\s+)*$/i;
const QUANTITY_BEFORE =
  /\b(?:up\s+to|at\s+most|at\s+least|over|under|about|around|approximately|roughly|between|max(?:imum)?|min(?:imum)?|limit(?:ed)?(?:\s+to)?|every|each|first|last|top|only|nearly|almost|(?<!rather\s)than|exactly|total\s+of|page|line|row|column|port|version|v|step|item|index|id|number|no\.|#)\s*$/i;
const ARTICLE_BEFORE =
  /(?:\b(?:an?|the|any|no|every|each|this|that|our|their|its|your)\s+(?:(?:empty|plain|bare|generic|proper|real|successful|permanent|temporary|quick|instant|normal|default|explicit|correct|wrong|unexpected|blank|cached|final|eventual|actual|clean|proper|sensible|spurious|random|stray|upstream|legitimate|genuine)\s+)?|\bnon-)$/i;
const STATUS_NOUN_AFTER =
  /^(?:\s+(?:errors?|responses?|status(?:es)?|codes?|page|redirects?|replies|reply|result|class|range|family|series|handler|handling|when|if|unless|because|instead|rather\s+than|means|meaning|indicates|tells|signals|says|keeps|carries|lets|makes|should|must|will|would|can|could|is|was|comes|happens|back|here|there|from|for|or|and|then|status\s+code|with|during|after|before|in\s+the|so|since|while|until|that|which|through|plus)\b|s\b)/i;
const VERB_AFTER =
  /^\s+(?:fails|failed|breaks|broke|shows|showed|appears|means|meant|indicates|indicated|tells|told|signals|says|said|keeps|kept|carries|lets|makes|needs|has|had|is|was|should|must|will|would|can|could|may|might|goes|went|comes|came|happens|triggers|forces|asks|requires|redirects|stays|remains|works|does|did|stands|covers|answers)\b/i;
const SENTENCE_START = /(?:^|[.!?;:]\s+|^\s*(?:\/\/+|#+|\*+|--|\/\*+|<!--|>|-|\d+\.)\s*|\s(?:\/\/+|#+)\s*|["'`(]\s*)$/;
/** Verbs weak enough that a sentence-initial number before them needs more ("404 is the rooftop sensor"). */
const WEAK_VERB_AFTER = /^\s+(?:is|was|has|had|does|did|may|might|can|could)\b/i;
/** Another code follows: "on 405 or 501", "a 301 or 302", "401/403". */
const CODE_LIST_AFTER = /^\s*(?:,|\bor\b|\band\b|\/)\s*(?:an?\s+)?[1-5]\d\d\b/i;
const STRONG_AFTER = /^\s+(?:when|unless|because|instead|if\s+the|means|indicates|on\s+(?:error|failure|success))\b/i;

/** Prose in comments, docstrings, strings and Markdown. */
export function proseSlot(q: SlotQuery): Slot | undefined {
  if (q.completion) return undefined;
  if (/HTTP\/\d(?:\.\d)?["']?\s+$/.test(q.left)) return { kind: 'statusline' };
  if (UNIT_AFTER.test(q.right)) return undefined;
  if (/^\s*(?:-|–|to|and)\s*\d/.test(q.right) && /\b(?:from|between)\s+$/i.test(q.left)) return undefined;
  if (QUANTITY_BEFORE.test(q.left)) return undefined;
  if (/\d\.?\s*$/.test(q.left) && !/\d{3}\s*(?:,|or|and|\/)\s*$/.test(q.left)) return undefined;
  // "300s" in a string is a duration; "the 404s" in a comment is a status.
  if (q.region === 'string' && /^s\b/.test(q.right)) return undefined;
  if (PROSE_STRONG.test(q.left)) return { kind: 'prose' };
  // 1xx and 300 are rarely the subject of prose, while 100 and 300 are everyday numbers.
  if (q.value !== undefined && (q.value < 200 || q.value === 300)) return undefined;
  if (/\bwith\s+$/i.test(q.left) && /^\s*["'`]?\s*(?:,|\)|$)/.test(q.right)) return { kind: 'prose' };
  // Test names end on the status: it('reports created on 201'), fun `unknown book is 404`().
  if (q.region === 'string' && /\b(?:is|be|on|gets?|with|answers?)\s+$/i.test(q.left) && /^["'`]\s*(?:,|\)|\(|$)/.test(q.right)) return { kind: 'prose' };
  if (PROSE_WEAK.test(q.left) && STATUS_NOUN_AFTER.test(q.right) && !/^\s*(?:or|and|from|for|with|when|if|is|was|then)\b/i.test(q.right)) {
    return { kind: 'prose' };
  }
  if ((PROSE_WEAK.test(q.left) || ARTICLE_BEFORE.test(q.left) || SENTENCE_START.test(q.left)) && CODE_LIST_AFTER.test(q.right) && STATUSY_LINE.test(q.left + q.right)) {
    return { kind: 'prose' };
  }
  // A definition at the start of a comment or sentence: "// 202: refund queued", "3. Mostly 503: someone is deploying".
  const start = SENTENCE_START.test(q.left) || SENTENCE_START.test(q.left.replace(/\b(?:mostly|mainly|usually|often|sometimes|typically|always|never|also|even|then)\s+$/i, ''));
  if (start && /^\s*(?::|\s-\s|\s—\s|\s–\s)/.test(q.right)) return { kind: 'prose' };
  if (/\b(?:on|after|with)\s+$/i.test(q.left) && /^\s*[,.;]/.test(q.right) && q.value !== undefined && COMMON.has(q.value)) return { kind: 'prose' };
  if (ARTICLE_BEFORE.test(q.left) && !/^\s*\d/.test(q.right)) {
    if (/^\s*(?:$|[.,;:!?)\]'"`\/]|—|–|-\s)/.test(q.right) || STATUS_NOUN_AFTER.test(q.right) || VERB_AFTER.test(q.right)) return { kind: 'prose' };
  }
  if (SENTENCE_START.test(q.left) && (VERB_AFTER.test(q.right) || STATUS_NOUN_AFTER.test(q.right)) && !WEAK_VERB_AFTER.test(q.right) && !/^\s+(?:or|and|from|for|with|then)\b/i.test(q.right)) {
    return { kind: 'prose' };
  }
  if (STRONG_AFTER.test(q.right)) return { kind: 'prose' };
  // "after repeated 429s": a plural status in a comment.
  if (q.region === 'comment' && /^s\b/.test(q.right) && q.value !== undefined && COMMON.has(q.value)) return { kind: 'prose' };
  // "(204, empty body)" in request files and docs.
  if (q.region === 'comment' && /\(\s*$/.test(q.left) && /^\s*[,)]/.test(q.right) && q.value !== undefined && COMMON.has(q.value) && STATUSY_LINE.test(q.left + q.right + ' ' + q.doc.languageId)) return { kind: 'prose' };
  if (/^\s+(?:errors?|responses?|status(?:\s+code)?|redirects?|page)\b/i.test(q.right)) return { kind: 'prose' };
  // A list of codes: "429 and 503 are retried", "Returns 404 for an unknown id, 200 otherwise".
  if (/\b[1-5]xx\s*(?:,|\band\b|\bor\b|\/)\s*$/i.test(q.left)) return { kind: 'prose' };
  const prev = /(\d{3})(?:s)?\b[^\d]{0,40}?(?:,|\band\b|\bor\b|\/|\bthen\b|\botherwise\b|\bbut\b|\(\s*\w+(?:\s+\w+)?)\s*(?:(?:an?|the)\s+)?$/i.exec(q.left);
  if (prev && !/\d{4}|\d\.\d/.test(q.left.slice(prev.index))) {
    const earlier = proseSlot({ ...q, value: Number(prev[1]), left: q.left.slice(0, prev.index), right: q.left.slice(prev.index + 3) + String(q.value ?? '') + q.right });
    if (earlier) return { kind: 'prose' };
  }
  const next = /^\s*(?:,|\band\b|\bor\b|\/)\s*(\d{3})\b/.exec(q.right);
  if (next && STATUSY_LINE.test(q.left + q.right)) return { kind: 'prose' };
  return undefined;
}

const COMMON = new Set([200, 201, 202, 204, 301, 302, 303, 304, 307, 308, 400, 401, 403, 404, 405, 409, 410, 422, 429, 500, 502, 503, 504]);

const STATUSY_LINE = /\b(?:status|https?|retr(?:y|ied|ies|ying)|errors?|respon[sd]\w*|returns?|codes?|redirect\w*|server|client|api|request|upstream|gateway|deploy\w*|nginx|proxy|backend|cdn|balancer|auth\w*|token|login|cache\w*|endpoint|webhook)\b/i;

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
