/**
 * The shape of the text around the value says quantity: a unit right after it (`500ms`, `200px`,
 * `300 * time.Millisecond`, `120.seconds`), or arithmetic on it (`status / 100`, `offset + 200`).
 */
import type { Candidate, Evidence, Examples, Finding } from './types';
import { UNIT_AFTER } from './prose';
import { STATUS_KEYED } from './status-call';

/** Units written right after a number in code. */
const CODE_UNIT_AFTER =
  /^(?:\s*\*\s*(?:time\.)?(?:Nanosecond|Microsecond|Millisecond|Second|Minute|Hour|MILLISECONDS|SECONDS|1000|1024|60)\b|%|(?:ms|s|m|h|d|px|em|rem|vh|vw|pt|dp|sp|fr|deg|k|kb|mb|gb|KB|MB|GB|Ki|Mi|Gi|L|l|u|U|f|F|d|D|n|i64|u64|i32|u32|u16|usize)\b|\.(?:ms|millis|micros|nanos|milliseconds?|seconds?|minutes?|hours?|days?|px|dp|sp|toDouble|kilobytes|megabytes)\b|_?000\b)/;

export const unitAfter: Evidence = {
  id: 'unit-after',
  direction: 'against',
  view: 'any',
  summary: 'a unit right after the value (ms, s, px, %, MB, `* time.Millisecond`, `.seconds`, "items")',
  test: (c: Candidate): Finding | undefined => {
    if (CODE_UNIT_AFTER.test(c.right)) return {};
    return c.region !== 'code' && UNIT_AFTER.test(c.right) ? {} : undefined;
  },
};

export const arithmetic: Evidence = {
  id: 'arithmetic',
  direction: 'against',
  view: 'code',
  summary: 'arithmetic on the value (`status / 100`, `offset + 200`, `i * 100`)',
  test: (c: Candidate): Finding | undefined => {
    // `//` ends a URL's scheme or starts a comment, except in Python, where it divides: status // 100.
    const slashes = c.lang !== 'python' && /\/\/\s*$/.test(c.left);
    const before = /(?:[\p{L}\p{N}_$)\]]\s*(?:[+*/%]|-(?![-=>]))|\*\*|\/\/)\s*$/u.test(c.left) && !/https?:\s*$/.test(c.left) && !slashes &&
      !/(?<![\w.])[1-5]00\s*-\s*$/.test(c.left);
    const after = /^\s*(?:[+*%]|\/(?![\/*])|-(?![-=>\d]|\s*\d{3}\b))\s*[\p{L}\p{N}_$(]/u.test(c.right);
    return before || after ? {} : undefined;
  },
};

export const urlParameter: Evidence = {
  id: 'url-parameter',
  direction: 'against',
  view: 'any',
  summary: 'the value of a URL query parameter or a request parameter (`?limit=200`, `.param("size", "201")`)',
  test: (c: Candidate): Finding | undefined =>
    /[?&;][\w.[\]-]+=["']?$/.test(c.left) || /\b(?:param|query|queryParam|addQueryParameter|set|append)\s*\(\s*["'][\w.-]+["']\s*,\s*["']?$/.test(c.left) ? {} : undefined,
};

export const headerValue: Evidence = {
  id: 'header-value',
  direction: 'against',
  view: 'any',
  summary: 'the value of a header that holds a number of seconds, bytes or requests (Retry-After, Content-Length, max-age, X-RateLimit-*)',
  test: (c: Candidate): Finding | undefined =>
    /(?<![\w-])(?:Retry-After|Content-Length|max-age|s-maxage|Max-Age|Age|Keep-Alive|X-RateLimit-[\w-]+|RateLimit-[\w-]+|X-Rate-Limit-[\w-]+|Access-Control-Max-Age|Expires|timeout)\\?["']?\]?\s*(?:[:=,]|=>)\s*\\?["']?$/i.test(c.left) ? {} : undefined,
};

export const indexOrSlice: Evidence = {
  id: 'index-or-slice',
  direction: 'against',
  view: 'code',
  summary: 'an index or slice bound (`items[200]`, `text[:200]`, `rows[-100:]`, `body.slice(0, 200)`)',
  test: (c: Candidate): Finding | undefined =>
    (/[\p{L}\p{N}_$)\]]\[\s*(?:-?\d*\s*:\s*)?-?$/u.test(c.left) && !STATUS_KEYED.test(c.left)) || /\.(?:slice|substring|substr|take|drop|truncate|limit|first|last|head|tail|take_while|chars\(\)\.take)\s*\(\s*(?:\d+\s*,\s*)?$/.test(c.left) ||
    /\b(?:head|tail|cut|fold)\s+-[cnb]\s*$/.test(c.left) ? {} : undefined,
};

/** Tokens each rule must fire on and, as many, look-alikes it must stay silent on (test/unit/evidence.test.ts). */
export const examples: Examples = {
  'header-value': {
    fires: [
      { lang: 'ruby', text: 'response.set_header("Retry-After", "⟦300⟧")' },
      { lang: 'haskell', text: ', errHeaders = [("Retry-After", "⟦300⟧")]' },
      { lang: 'http', text: 'Cache-Control: max-age=⟦300⟧' },
      { lang: 'javascript', text: "res.set('X-RateLimit-Limit', '⟦500⟧');" },
      { lang: 'python', text: "headers = {'Content-Length': ⟦512⟧}" },
      { lang: 'ruby', text: 'headers = { "Access-Control-Max-Age" => "⟦300⟧" }' },
      { lang: 'json', text: '{ "body": "{\\"Retry-After\\": \\"⟦120⟧\\"}" }' },
      { lang: 'http', text: 'HTTP/1.1 429 Too Many Requests\nRetry-After: ⟦120⟧' },
    ],
    silent: [
      { lang: 'ruby', text: 'response.status = ⟦503⟧' },
      { lang: 'haskell', text: 'throwError err503 { errHTTPCode = ⟦503⟧ }' },
      { lang: 'http', text: 'HTTP/1.1 ⟦304⟧ Not Modified' },
      { lang: 'javascript', text: "res.status(⟦429⟧).set('Retry-After', '30');" },
      { lang: 'python', text: "headers = {'X-Status': ⟦404⟧}" },
      { lang: 'ruby', text: 'payload = { status: ⟦429⟧, retry_after: 30 }' },
      { lang: 'json', text: '{ "code": ⟦503⟧, "retryAfter": 30 }' },
      { lang: 'nginx', text: 'return ⟦503⟧;' },
    ],
  },
  'index-or-slice': {
    fires: [
      { lang: 'python', text: 'log.warning("failed: %s", r.text[:⟦200⟧])' },
      { lang: 'javascript', text: 'const head = text.slice(0, ⟦200⟧);' },
      { lang: 'go', text: 'first := items[⟦100⟧]' },
      { lang: 'groovy', text: 'def snippet = resp.content?.take(⟦200⟧)' },
      { lang: 'python', text: 'tail = rows[-⟦100⟧:]' },
      { lang: 'javascript', text: 'const rest = body.substring(⟦100⟧);' },
      { lang: 'shellscript', text: 'curl -s "$url" | head -c ⟦512⟧' },
      { lang: 'rust', text: 'let preview = text.chars().take(⟦200⟧);' },
    ],
    silent: [
      { lang: 'python', text: 'if r.status_code in [⟦200⟧, 201]:' },
      { lang: 'javascript', text: 'const codes = [⟦500⟧, 502];' },
      { lang: 'go', text: 'w.WriteHeader(⟦500⟧)' },
      { lang: 'groovy', text: 'assert resp.status == ⟦200⟧' },
      { lang: 'javascript', text: 'const message = STATUS_MESSAGES[⟦404⟧];' },
      { lang: 'python', text: 'reason = responses[⟦404⟧]' },
      { lang: 'shellscript', text: 'head "$file" # ⟦404⟧ lines' },
      { lang: 'rust', text: 'let s = StatusCode::from_u16(⟦200⟧);' },
    ],
  },
  'unit-after': {
    fires: [
      { lang: 'javascript', text: "log('waited ⟦500⟧ ms');" },
      { lang: 'go', text: 'time.Sleep(⟦200⟧ * time.Millisecond)' },
      { lang: 'kotlin', text: 'delay(⟦500⟧.milliseconds)' },
      { lang: 'python', text: '# took ⟦500⟧ ms on average' },
      { lang: 'kotlin', text: 'val timeout = ⟦120⟧.seconds' },
      { lang: 'go', text: 'client := &http.Client{Timeout: ⟦300⟧ * time.Second}' },
      { lang: 'java', text: 'long waitMillis = ⟦500⟧ * 1000;' },
      { lang: 'javascript', text: '// allow up to ⟦200⟧ requests per second' },
      { lang: 'scala', text: 'val backoff = ⟦500⟧.millis' },
    ],
    silent: [
      { lang: 'javascript', text: 'res.status(⟦404⟧);' },
      { lang: 'go', text: 'w.WriteHeader(⟦500⟧)' },
      { lang: 'kotlin', text: 'call.respond(HttpStatusCode.fromValue(⟦500⟧))' },
      { lang: 'python', text: '# returns ⟦404⟧ when missing' },
      { lang: 'kotlin', text: 'val label = ⟦404⟧.toString()' },
      { lang: 'go', text: 'if resp.StatusCode == ⟦503⟧ * 1 {' },
      { lang: 'java', text: 'int code = ⟦500⟧ * factor;' },
      { lang: 'javascript', text: '// returns ⟦200⟧ when the request passes' },
      { lang: 'scala', text: 'val s = ⟦500⟧.toShort' },
    ],
  },
  'arithmetic': {
    fires: [
      { lang: 'javascript', text: 'const cls = status / ⟦100⟧;' },
      { lang: 'python', text: 'end = offset + ⟦200⟧' },
      { lang: 'go', text: 'n := ⟦300⟧ * factor' },
      { lang: 'java', text: 'int top = base - ⟦120⟧;' },
      { lang: 'python', text: 'klass = status // ⟦100⟧' },
      { lang: 'javascript', text: 'const x = ⟦500⟧ % buckets;' },
      { lang: 'javascript', text: 'const y = ⟦300⟧ / (rate + 1);' },
      { lang: 'python', text: 'limit = rows[0] * ⟦100⟧' },
      { lang: 'python', text: 'n = 2 ** ⟦100⟧' },
    ],
    silent: [
      { lang: 'javascript', text: 'if (status >= ⟦500⟧) retry();' },
      { lang: 'python', text: 'return body, ⟦201⟧' },
      { lang: 'go', text: 'w.WriteHeader(⟦204⟧)' },
      { lang: 'java', text: 'int status = -1; status = ⟦404⟧;' },
      { lang: 'yaml', text: 'matcher: 200 - ⟦299⟧' },
      { lang: 'javascript', text: 'const next = ⟦404⟧ -1;' },
      { lang: 'javascript', text: 'if (res.status === ⟦200⟧) // done' },
      { lang: 'javascript', text: 'const url = "https://x.test:" + port + "/" + ⟦404⟧;' },
      { lang: 'javascript', text: 'res.status(⟦200⟧ - 299 ? 1 : 0);' },
    ],
  },
  'url-parameter': {
    fires: [
      { lang: 'javascript', text: "await request(app).get('/users?limit=⟦500⟧').expect(200);" },
      { lang: 'java', text: 'mvc.perform(get("/api/accounts").param("size", "⟦201⟧"))' },
      { lang: 'http', text: 'GET {{host}}/v2/users?limit=100&offset=⟦200⟧' },
      { lang: 'csharp', text: 'await _client.GetAsync("/api/users?pageSize=⟦201⟧");' },
      { lang: 'javascript', text: "url.searchParams.set('per_page', '⟦100⟧');" },
      { lang: 'python', text: 'resp = client.get("/orders", params={"a": 1}, url="/x?page=2&size=⟦200⟧")' },
    ],
    silent: [
      { lang: 'javascript', text: "await request(app).get('/users?limit=50').expect(⟦500⟧);" },
      { lang: 'java', text: 'mvc.perform(get("/api/accounts")).andExpect(status().is(⟦201⟧))' },
      { lang: 'http', text: 'GET {{host}}/v2/users\n\nHTTP/1.1 ⟦200⟧ OK' },
      { lang: 'csharp', text: 'Assert.Equal(⟦201⟧, (int)response.StatusCode);' },
      { lang: 'javascript', text: "const limit = params.get('limit', ⟦100⟧);" },
      { lang: 'python', text: 'resp = client.get("/orders?page=2", timeout=⟦200⟧)' },
    ],
  },
};
