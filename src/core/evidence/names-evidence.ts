/**
 * The words of the names that govern the value (the call it is passed to, the key it is assigned to, the
 * expression it is compared with; names.ts): status words speak for a status, quantity words against.
 */
import type { Candidate, Evidence, Examples, Finding } from './types';
import { governing, governingNames, wordsOf } from './names';
import { callOf } from './context';

/** Words that name a status or the act of sending one. */
const STATUS_WORDS = new Set([
  'status', 'statuses', 'statuscode', 'statuscodes', 'http', 'https', 'response', 'responses', 'resp', 'res', 'rsp',
  'abort', 'halt', 'redirect', 'redirects', 'redirected', 'respond', 'responds', 'respond_with', 'reply', 'sendstatus',
]);
/** Words that name an outcome: errors, failures, expectations, codes. */
const OUTCOME_WORDS = new Set([
  'code', 'codes', 'error', 'errors', 'err', 'exception', 'fail', 'failure', 'failed', 'expect', 'expected', 'expects',
  'want', 'wanted', 'got', 'actual', 'result', 'success', 'ok', 'accept', 'accepted', 'reject', 'rejected', 'deny',
  'problem', 'retry', 'retryable', 'retriable', 'fatal', 'transient', 'healthy', 'unhealthy', 'matcher', 'allowed',
  'check', 'verify', 'ensure', 'assert', 'should', 'must', 'raise', 'throw', 'reject', 'refuse', 'forbid', 'smoke', 'probe',
]);
/** Words that name a quantity: time, size, count, position, geometry, colour, identity, money. */
export const QUANTITY_WORDS = new Set([
  'timeout', 'timeouts', 'delay', 'delays', 'ms', 'millis', 'milliseconds', 'sec', 'secs', 'second', 'seconds', 'min',
  'mins', 'minute', 'minutes', 'hour', 'hours', 'day', 'days', 'ttl', 'interval', 'sleep', 'wait', 'backoff', 'duration',
  'age', 'expiry', 'expires', 'period', 'debounce', 'jitter', 'deadline', 'elapsed', 'latency', 'size', 'sizes', 'length',
  'len', 'count', 'total', 'limit', 'limits', 'max', 'maximum', 'minimum', 'capacity', 'cap', 'buffer', 'bytes', 'kb', 'mb',
  'chars', 'lines', 'page', 'pages', 'per', 'offset', 'index', 'idx', 'id', 'ids', 'num', 'port', 'ports', 'version',
  'year', 'width', 'height', 'top', 'left', 'bottom', 'margin', 'padding', 'radius', 'font', 'weight', 'opacity',
  'alpha', 'color', 'colour', 'rgb', 'rgba', 'hsl', 'gray', 'grey', 'px', 'dpi', 'zoom', 'scale', 'ratio', 'percent',
  'pct', 'score', 'level', 'price', 'amount', 'cost', 'cents', 'qty', 'quantity', 'retries', 'attempts', 'tries',
  'workers', 'threads', 'concurrency', 'pool', 'batch', 'chunk', 'step', 'steps', 'depth', 'priority', 'rank', 'row',
  'rows', 'col', 'column', 'line', 'lineno', 'repeat', 'substring', 'slice', 'substr', 'truncate', 'take', 'first',
  'resize', 'rect', 'point', 'sleep', 'settimeout', 'setinterval', 'zeros', 'ones', 'random', 'randint',
  'round', 'floor', 'ceil', 'abs', 'pow', 'sqrt', 'sum', 'avg', 'mean', 'threshold', 'quota', 'rate', 'burst', 'temp',
  'temperature', 'distance', 'km', 'lat', 'lng', 'lon', 'angle', 'degrees', 'speed', 'volume', 'frames', 'fps', 'tick',
  'number', 'grams', 'kg', 'balance', 'total', 'sku', 'isbn', 'zip', 'postcode', 'digits', 'bin', 'pan', 'account',
]);

function wordsMatch(c: Candidate, set: Set<string>): Finding | undefined {
  return governingNames(c).some((name) => name.some((w) => set.has(w))) ? {} : undefined;
}

/** Quantity words in a name that does not also name a status (`status_line`, `RetryStatusDeadline` do). */
function quantityWords(c: Candidate): Finding | undefined {
  return governingNames(c).some((name) => name.some((w) => QUANTITY_WORDS.has(w)) && !name.some((w) => STATUS_WORDS.has(w))) ? {} : undefined;
}

export const statusName: Evidence = {
  id: 'status-name',
  direction: 'for',
  view: 'code',
  summary: 'the call, key or expression that governs the value names a status or a response',
  test: (c) => (governing(c).domain ? undefined : wordsMatch(c, STATUS_WORDS)),
};

export const outcomeName: Evidence = {
  id: 'outcome-name',
  direction: 'for',
  view: 'code',
  summary: 'the call, key or expression that governs the value names an error, a failure, an expectation or a code',
  test: (c) => wordsMatch(c, OUTCOME_WORDS),
};

export const quantityName: Evidence = {
  id: 'quantity-name',
  direction: 'against',
  view: 'code',
  summary: 'the call, key or expression that governs the value names a time, size, count, position, colour or id',
  test: quantityWords,
};

/** The last word of a call that answers a request: json(404, body), reject(413, msg), fail(400), stub(503). */
const RESPONDING = new Set([
  'json', 'respond', 'reply', 'render', 'send', 'fail', 'abort', 'reject', 'halt', 'error', 'problem', 'deny', 'forbid',
  'redirect', 'mock', 'stub', 'fake', 'serve', 'result', 'results', 'exit', 'finish', 'end', 'complete', 'answer',
]);

export const respondingCall: Evidence = {
  id: 'responding-call',
  direction: 'for',
  view: 'code',
  summary: 'the first or second argument of a call whose name answers a request (json, reply, reject, fail, stub, ...)',
  test: (c: Candidate): Finding | undefined => {
    const call = callOf(c);
    const callee = governing(c).call;
    if (!call || !callee || call.argIndex > 1) return undefined;
    const words = wordsOf(call.name);
    return RESPONDING.has(words[words.length - 1] ?? '') ? {} : undefined;
  },
};

/** Tokens each rule must fire on and, as many, look-alikes it must stay silent on (test/unit/evidence.test.ts). */
export const examples: Examples = {
  'responding-call': {
    fires: [
      { lang: 'julia', text: 'isempty(key) && return json(⟦401⟧, (error = "missing api key",))' },
      { lang: 'lua', text: 'return reject(⟦413⟧, "payload too large")' },
      { lang: 'erlang', text: 'reply_json(⟦413⟧, #{error => <<"too_large">>}, Req1)' },
      { lang: 'php', text: "respond(⟦413⟧, ['error' => 'payload too large']);" },
      { lang: 'javascript', text: 'return halt(res, ⟦403⟧);' },
    ],
    silent: [
      { lang: 'julia', text: 'return round(⟦401⟧ * factor)' },
      { lang: 'lua', text: 'return clamp(⟦413⟧, 0, 500)' },
      { lang: 'erlang', text: 'timer:sleep(⟦413⟧)' },
      { lang: 'php', text: "usleep(⟦413⟧);" },
      { lang: 'lua', text: 'send(sock, payload, ⟦512⟧)' },
    ],
  },
  'status-name': {
    fires: [
      { lang: 'java', text: 'ProblemDetail body = ProblemDetail.forStatus(⟦412⟧);' },
      { lang: 'python', text: 'RETRY_STATUSES = [⟦502⟧, 503]' },
      { lang: 'powershell', text: 'if ($resp.StatusCode -eq ⟦200⟧) { return }' },
      { lang: 'ruby', text: 'stub_response(⟦404⟧)' },
    ],
    silent: [
      { lang: 'typescript', text: 'setTimeout(done, ⟦500⟧);' },
      { lang: 'python', text: 'PAGE_SIZE = ⟦200⟧' },
      { lang: 'powershell', text: 'if ($items.Count -eq ⟦200⟧) { return }' },
      { lang: 'ruby', text: 'resize_to_fit(⟦300⟧)' },
    ],
  },
  'outcome-name': {
    fires: [
      { lang: 'rust', text: 'return fail_with(msg, ⟦422⟧);' },
      { lang: 'powershell', text: "@{ Name = 'health'; Expect = ⟦200⟧ }" },
      { lang: 'javascript', text: 'const err = new ApiError(⟦409⟧, "taken");' },
      { lang: 'go', text: 'want := ⟦201⟧' },
    ],
    silent: [
      { lang: 'rust', text: 'let buf = Vec::with_capacity(⟦512⟧);' },
      { lang: 'powershell', text: "@{ Name = 'health'; Timeout = ⟦300⟧ }" },
      { lang: 'javascript', text: 'const t = setTimeout(tick, ⟦250⟧);' },
      { lang: 'go', text: 'width := ⟦320⟧' },
    ],
  },
  'quantity-name': {
    fires: [
      { lang: 'javascript', text: 'setTimeout(retry, ⟦500⟧);' },
      { lang: 'python', text: 'page_size = ⟦200⟧' },
      { lang: 'go', text: 'if len(rows) > ⟦100⟧ {' },
      { lang: 'yaml', text: 'timeoutSeconds: ⟦300⟧' },
      { lang: 'python', text: 'retry_after_seconds = ⟦120⟧' },
    ],
    silent: [
      { lang: 'javascript', text: 'res.status(⟦404⟧);' },
      { lang: 'python', text: 'status_code = ⟦200⟧' },
      { lang: 'go', text: 'if resp.StatusCode > ⟦399⟧ {' },
      { lang: 'yaml', text: 'expectedStatus: ⟦204⟧' },
      { lang: 'python', text: 'status_line = ⟦200⟧' },
    ],
  },
};
