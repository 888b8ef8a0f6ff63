/**
 * A call that takes a status, by name and argument position: `res.status(404)`, `abort(404)`,
 * `http.Error(w, msg, 405)`, `new HttpException(409)`, a project's own `writeJSON(w, 200, v)`.
 * The table is data: a framework is added with one row.
 */
import { type CallContext } from '../scan';
import { callOf } from './context';
import type { Candidate, Evidence, Examples, Finding } from './types';

interface CallRule {
  name: RegExp;
  /** Argument positions where a status goes; 'any' for every position. */
  args: number[] | 'any';
  receiver?: RegExp;
  /** The call must (true) or must not (false) have a receiver. */
  method?: boolean;
  langs?: string[];
}

const JS = ['javascript', 'javascriptreact', 'typescript', 'typescriptreact', 'vue', 'svelte', 'astro', 'html'];

/** Calls that take a status, by name and argument position. */
export const STATUS_CALLS: readonly CallRule[] = [
  { name: /^(?:status|sendStatus|writeHead|WriteHeader|setStatus|sendError|setStatusCode|withStatus|http_response_code|from_u16|fromValue|fromCode|AbortWithStatus|AbortWithStatusJSON|AbortWithError|NoContent|HttpCode|send_response|send_response_only|send_error|halt|head|assert_response|assertStatus|assertResponseStatus|assertResponseStatusCodeSame|assertStatusCode|have_http_status|statusCode|StatusCode|StatusCodeResult|createError|HttpError|HTTPError|ResponseStatusException|WebApplicationException|HttpResponseException|HttpStatusCodeException|Abort|StatusResult|SwaggerResponse|ProducesResponseType|ApiResponse|response_status|set_status|setResponseCode|respondWithStatus|expectStatus|assertHttpStatus)$/, args: [0] },
  { name: /^(?:code)$/, args: [0], method: true },
  // Named for a status: ProblemDetail.forStatus(412), withStatus(409), Results.statusCode(429).
  { name: /^(?:for|with|of|from|set|to|send|reply|respond|return)_?(?:Http)?Status(?:Code)?$/, args: [0] },
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
  // OpenResty and Kong: ngx.exit(404), kong.response.exit(403, body), kong.response.error(429).
  { name: /^(?:exit|error|set_status)$/, args: [0], receiver: /(?:^|\.)(?:ngx|response)$/, langs: ['lua'] },
  // Phoenix renders the error template named after a status: render(conn, :"404"), |> render(:"404").
  { name: /^render$/, args: [0, 1], langs: ['elixir'] },
  // Calls named for the statuses they accept: k6's http.expectedStatuses(200, 409), acceptStatuses(...).
  { name: /^(?:expected|expect|valid|allowed|accept(?:ed)?|retry(?:able)?|ok|success)(?:Statuses|StatusCodes|Status|Codes)$/i, args: 'any' },
  // .NET: new HttpResponseMessage(HttpStatusCode.NotFound); Ktor: call.respond(HttpStatusCode.NotFound, body).
  { name: /^HttpResponseMessage$/, args: [0], langs: ['csharp', 'fsharp', 'powershell'] },
  { name: /^(?:respond|respondText|respondBytes|respondNullable)$/, args: [0], receiver: /^call$/, langs: ['kotlin'] },
  // Cowboy: cowboy_req:reply(404, Headers, Body, Req).
  { name: /^reply$/, args: [0], langs: ['erlang'] },
  // HTTP.jl: HTTP.Response(429, "slow down").
  { name: /^Response$/, args: [0], receiver: /^HTTP$/, langs: ['julia'] },
  // Remix and friends: json(data, 422); PHP test doubles: MockResponse::make($body, 429).
  { name: /^json$/, args: [1], method: false, langs: JS },
  { name: /^make$/, args: [1], receiver: /(?:^|\\)MockResponse$/, langs: ['php'] },
  // Rocket's catchers: #[catch(404)].
  { name: /^catch$/, args: [0], method: false, langs: ['rust'] },
  // Hono and friends: c.json(body, 201), c.body(null, 204), c.text('gone', 410).
  { name: /^(?:json|body|text|html|newResponse)$/, args: [1], receiver: /^(?:c|ctx|context)$/, langs: JS },
  // Ring: (ring.util.response/status resp 404), (response/status 201).
  { name: /^status$/, args: [0, 1], langs: ['clojure'] },
];

/** A table indexed by status: its name says status, response, reason, phrase or message. */
export const STATUS_KEYED = /(?:STATUS_CODES|statusTexts|status_codes|HTTP_STATUS_CODES|STATUS_TEXT|statusText|reasonPhrases|[\w$]*(?:STATUS|Status|status|RESPONSES?|Responses?|responses?|REASONS?|Reasons?|reasons?|PHRASES?|Phrases?|phrases?|MESSAGES|Messages|messages))\s*\[\s*["']?$/;

/** Calls whose argument is a number to turn into a status value, not a place for a constant. */
const NUMERIC_CALL = /^(?:from_u16|fromValue|fromCode|valueOf|resolve|http_response_code|HttpStatusCode)$/;

/** Whether the value is the whole argument so far: `status(404` yes, `status(x + 404` no. */
export function wholeArgument(call: CallContext): { bare: boolean; keyed: boolean } {
  const argText = call.argsBefore.split(',').pop() ?? '';
  return {
    bare: /^\s*(?:\(\s*(?:int|HttpStatusCode|HttpStatus)\s*\)\s*)?:?["']?$/.test(argText),
    keyed: /^\s*(?:code|status|status_code|statusCode)\s*[:=]\s*["']?$/.test(argText),
  };
}

/** The status call the left text ends inside of, by the table, or undefined. */
export function statusCallAt(left: string, lang: string, call: CallContext | undefined): Finding | undefined {
  // Lookups keyed by status: http.STATUS_CODES[414], Response::$statusTexts[404], DEFAULT_RESPONSE[401].
  if (STATUS_KEYED.test(left)) return {};
  if (!call) return undefined;
  const { bare, keyed } = wholeArgument(call);
  if (!bare && !keyed) return undefined;
  for (const rule of STATUS_CALLS) {
    if (!rule.name.test(call.name)) continue;
    if (rule.langs && !rule.langs.includes(lang)) continue;
    if (rule.method === true && !call.receiver) continue;
    if (rule.method === false && call.receiver) continue;
    if (rule.receiver && !rule.receiver.test(call.receiver)) continue;
    if (keyed || rule.args === 'any' || rule.args.includes(call.argIndex)) return { numeric: NUMERIC_CALL.test(call.name) };
  }
  // A project's own HTTP error class: new ApiError(409, ...), RecipeApiException(401, ...).
  if (call.argIndex === 0 && /(?:Api|API|Http|HTTP|Request|Response|Status|Client|Server|Rest|REST|Fetch|Service|Web)\w*(?:Error|Exception)$/.test(call.name)) return {};
  // A project's own response helper: writeJSON(w, 200, v), respond(res, 404, err), sendError(ctx, 500).
  const argText = call.argsBefore.split(',').pop() ?? '';
  if (
    call.argIndex > 0 &&
    /^(?:write|send|respond|render|reply|json|error|fail|abort|return)\w*$/i.test(call.name) &&
    /^\s*(?:w|rw|res|resp|response|c|ctx|conn|writer|reply|h|event|context)\s*,/.test(call.argsBefore) &&
    !/\d{3}/.test(call.argsBefore.slice(0, -argText.length || undefined))
  ) {
    return {};
  }
  return undefined;
}

function callAt(c: Candidate): Finding | undefined {
  // A cast to the status type: (HttpStatusCode)404.
  if (/\(\s*(?:HttpStatusCode|HttpStatus)\s*\)\s*$/.test(c.left)) return {};
  // OCaml cohttp writes any status as the variant `Code n.
  if (c.lang === 'ocaml' && /`Code\s+\(?\s*$/.test(c.left)) return { numeric: true };
  return statusCallAt(c.left, c.lang, callOf(c));
}

export const statusCall: Evidence = {
  id: 'status-call',
  direction: 'slot',
  view: 'code',
  summary: 'an argument of a call that takes a status (a table of calls by name and argument position), or a cast to a status type',
  test: callAt,
};

/** Tokens each rule must fire on and, as many, look-alikes it must stay silent on (test/unit/evidence.test.ts). */
export const examples: Examples = {
  'status-call': {
    fires: [
      { lang: 'javascript', text: 'res.status(⟦404⟧).json({ error: "missing" });' },
      { lang: 'go', text: 'http.Error(w, "bad method", ⟦405⟧)' },
      { lang: 'python', text: 'raise HTTPException(status_code=⟦422⟧, detail="bad")' },
      { lang: 'go', text: 'writeJSON(w, ⟦200⟧, payload)' },
      { lang: 'erlang', text: 'Req = cowboy_req:reply(⟦404⟧, #{}, <<"unknown">>, Req0),' },
      { lang: 'julia', text: 'return HTTP.Response(⟦429⟧, "slow down")' },
      { lang: 'ocaml', text: '| `Code ⟦599⟧ -> Error `Edge_timeout' },
      { lang: 'clojure', text: '(ring.util.response/status resp ⟦404⟧)' },
      { lang: 'csharp', text: 'return StatusCode((HttpStatusCode)⟦404⟧);' },
      { lang: 'javascript', text: 'return reply.code(⟦404⟧).send({ error: "missing" });' },
      { lang: 'python', text: 'return Response(body, status=⟦201⟧)' },
      { lang: 'javascript', text: 'http.setResponseCallback(http.expectedStatuses(200, ⟦409⟧));' },
      { lang: 'php', text: "header('HTTP/1.1 404 Not Found', true, ⟦404⟧);" },
      { lang: 'javascript', text: "ctx.throw(⟦403⟧, 'not your basket');" },
      { lang: 'java', text: 'HttpStatus status = HttpStatus.valueOf(⟦404⟧);' },
      { lang: 'go', text: 'http.Redirect(w, r, "/login", ⟦302⟧)' },
      { lang: 'go', text: 'c.JSON(⟦200⟧, gin.H{"ok": true})' },
      { lang: 'javascript', text: "throw error(⟦404⟧, 'Not found');" },
      { lang: 'typescript', text: "throw new ApiError(⟦409⟧, 'duplicate booking');" },
      { lang: 'go', text: 'respondJSON(w, ⟦201⟧, booking)' },
      { lang: 'javascript', text: 'const text = http.STATUS_CODES[⟦414⟧];' },
    ],
    silent: [
      { lang: 'javascript', text: 'app.listen(⟦443⟧);' },
      { lang: 'javascript', text: 'res.status(base + ⟦400⟧);' },
      { lang: 'go', text: 'line := strings.Repeat("-", ⟦120⟧)' },
      { lang: 'python', text: 'time.sleep(⟦300⟧)' },
      { lang: 'erlang', text: 'timer:sleep(⟦300⟧),' },
      { lang: 'julia', text: 'HTTP.get(url; readtimeout = ⟦120⟧)' },
      { lang: 'ocaml', text: '| `Millis ⟦599⟧ -> Error `Slow' },
      { lang: 'clojure', text: '(Thread/sleep ⟦404⟧)' },
      { lang: 'csharp', text: 'var id = (long)⟦404⟧;' },
      { lang: 'javascript', text: 'const c = code(⟦404⟧);' },
      { lang: 'python', text: 'return Response(body, max_age=⟦300⟧)' },
      { lang: 'javascript', text: 'scheduler.setTimeouts(200, ⟦409⟧);' },
      { lang: 'javascript', text: "header('X-Batch', true, ⟦404⟧);" },
      { lang: 'javascript', text: 'generator.throw(⟦403⟧);' },
      { lang: 'java', text: 'Integer boxed = Integer.valueOf(⟦404⟧);' },
      { lang: 'go', text: 'ui.Redirect(w, r, "/login", ⟦302⟧)' },
      { lang: 'go', text: 'JSON(⟦200⟧, payload)' },
      { lang: 'javascript', text: "logger.error(⟦404⟧, 'lines skipped');" },
      { lang: 'typescript', text: "throw new ParseError(⟦409⟧, 'unexpected token');" },
      { lang: 'go', text: 'sendRange(w, 100, ⟦201⟧)' },
      { lang: 'javascript', text: 'const width = sizes[⟦414⟧];' },
    ],
  },
};
