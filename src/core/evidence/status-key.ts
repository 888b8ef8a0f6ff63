/**
 * A key, field or variable that holds a status: `status: 404`, `status_code=422`, `ctx.status = 204`,
 * `"code": 404` in an error body, a key named after the value's own phrase (`NOT_MODIFIED: 304`).
 */
import { contextLine } from '../scan';
import { phrasesOf } from '../catalogue';
import { compact } from '../text';
import type { Candidate, Evidence, Examples, Finding } from './types';
import { ID, NON_HTTP_RECEIVER, STATUS_KEY } from './vocabulary';

const KEY_BEFORE = new RegExp(
  String.raw`(?:^|[^\p{L}\p{N}_$])(?:(\$?${ID})\s*(?:\?\.|\.|->|::)\s*)?[:@]?["']?(${STATUS_KEY})["']?\s*(?::|=>|:=|(?<![=!<>])=(?![=>~]))\s*["']?$`,
  'u',
);

const CODE_KEY_BEFORE = /(?:^|[^\p{L}\p{N}_$])[:]?["']?(?:code|Code|error_code|errorCode)["']?\s*(?::|=>|=(?![=>]))\s*["']?$/u;

/** Key rules read only the end of the left side: a key, its receiver and the separator are short. */
const KEY_LEFT = 64;

function keyAt(c: Candidate): Finding | undefined {
  let tail = c.left.length > KEY_LEFT ? c.left.slice(-KEY_LEFT) : c.left;
  // R writes members with $ and assigns with <-: res$status <- 404.
  if (c.lang === 'r') tail = tail.replace(/\$(?=[\p{L}_])/gu, '.').replace(/<-\s*$/, '= ');
  const m = KEY_BEFORE.exec(tail);
  if (m) {
    const receiver = m[1]?.replace(/^\$/, '');
    if (receiver && NON_HTTP_RECEIVER.test(receiver)) return undefined;
    const key = m[2];
    // A variable named like a status must look like an HTTP one: DEFAULT_STATUS yes, orderStatus no.
    if (/[a-z](?:Status|_status)$/.test(key) && NON_HTTP_RECEIVER.test(key.replace(/(?:Status|_status)$/, ''))) return undefined;
    return {};
  }
  if (/^(?:yaml|json|jsonc)$/.test(c.lang) && /(?:^|[\s{,"'])(?:expect|expected|expectStatus|expected_status|expectedStatus)["']?\s*:\s*["']?$/.test(tail)) return {};
  if (!c.completion && CODE_KEY_BEFORE.test(tail)) {
    // "code": 404 counts in an error body; demand HTTP words around it.
    const around = [contextLine(c.doc, c.line - 1), c.left, c.right, contextLine(c.doc, c.line + 1)].join(' ');
    // Linter and formatter options say "error" and "code" too: {"max-len": ["error", {"code": 100}]}.
    const config = /max-?len|line.?length|printWidth|tabWidth|indent|ignoreUrls|ignoreComments|ignoreStrings/i.test(around);
    if (!config && (c.value ?? 0) >= 200 && /error|message|\bmsg\b|detail|status|http|response|reason|title|redirect/i.test(around)) {
      return {};
    }
  }
  // A key named after the value's own reason phrase: NOT_MODIFIED: 304, notFound = 404.
  const named = /(?:^|[^\p{L}\p{N}_$])["']?([\p{L}_][\p{L}\p{N}_]*)["']?\s*(?::|=>|=(?![=>]))\s*$/u.exec(tail);
  if (named && c.value !== undefined) {
    const key = compact(named[1].replace(/^(?:HTTP_|Http|http_|STATUS_|Status|status_|SC_)/, ''));
    if (key.length >= 2 && phrasesOf(c.value).map(compact).some((p) => p === key || (key.length >= 6 && p.startsWith(key)))) return {};
  }
  return undefined;
}

export const statusKey: Evidence = {
  id: 'status-key',
  direction: 'slot',
  view: 'code',
  summary: 'the value of a key, field or variable that holds a status',
  test: keyAt,
};

/** Tokens each rule must fire on and, as many, look-alikes it must stay silent on (test/unit/evidence.test.ts). */
export const examples: Examples = {
  'status-key': {
    fires: [
      { lang: 'javascript', text: 'return { statusCode: ⟦500⟧, body };' },
      { lang: 'python', text: 'return HttpResponse(status=⟦201⟧)' },
      { lang: 'json', text: '{ "error": { "code": ⟦404⟧, "message": "no such user" } }' },
      { lang: 'typescript', text: 'export const NOT_MODIFIED = ⟦304⟧;' },
      { lang: 'r', text: 'res$status <- ⟦404⟧' },
      { lang: 'javascript', text: 'const options = { retries: 3, timeoutMs: 1500, backoffFactor: 2, status: ⟦503⟧ };' },
      { lang: 'r', text: 'res$status <-  ⟦404⟧' },
      { lang: 'yaml', text: '- name: health\n  expect: ⟦200⟧' },
      // A "code" key counts beside HTTP words, on the line below or above too.
      { lang: 'json', text: '{\n  "code": ⟦404⟧,\n  "message": "no such user"\n}' },
      { lang: 'json', text: '{\n  "error": {\n    "code": ⟦404⟧\n  }\n}' },
      { lang: 'json', text: '{ "code": ⟦200⟧, "message": "ok" }' },
      // Named after the value's own phrase, with a prefix or abbreviated.
      { lang: 'php', text: 'const HTTP_NOT_FOUND = ⟦404⟧;' },
      { lang: 'typescript', text: 'export const UNPROCESSABLE = ⟦422⟧;' },
      { lang: 'php', text: '$response->status = ⟦201⟧;' },
      { lang: 'python', text: 'self.status_code = ⟦409⟧' },
      { lang: 'yaml', text: '- request: GET /health\n  expected_status: ⟦200⟧' },
      { lang: 'json', text: '{ "errorCode": ⟦409⟧, "detail": "already booked" }' },
      { lang: 'java', text: 'static final int SC_GONE = ⟦410⟧;' },
    ],
    silent: [
      { lang: 'javascript', text: 'order.status = ⟦200⟧;' },
      { lang: 'json', text: '{ "max-len": ["error", { "code": ⟦120⟧ }] }' },
      { lang: 'python', text: 'page_size = ⟦100⟧' },
      { lang: 'typescript', text: 'const jobStatus = ⟦300⟧;' },
      { lang: 'r', text: 'res$count <- ⟦100⟧' },
      { lang: 'javascript', text: 'const check = { expect: ⟦200⟧ };' },
      { lang: 'json', text: '{ "rules": { "maxLen": ["error", { "code": ⟦120⟧ }] } }' },
      { lang: 'json', text: '{ "rules": { "lineLength": ["error", { "code": ⟦120⟧ }] } }' },
      { lang: 'json', text: '{ "code": ⟦150⟧, "message": "x" }' },
      { lang: 'json', text: '{ "code": ⟦404⟧ }' },
      { lang: 'python', text: 'retry_after = ⟦120⟧' },
      { lang: 'typescript', text: 'export const CONTENT = ⟦422⟧;' },
      { lang: 'typescript', text: 'export const TIMEOUT = ⟦504⟧;' },
      { lang: 'php', text: '$order->status = ⟦201⟧;' },
      { lang: 'python', text: 'self.page_size = ⟦409⟧' },
      { lang: 'yaml', text: '- request: GET /health\n  expected_items: ⟦200⟧' },
      { lang: 'json', text: '{ "code": ⟦409⟧, "aisle": 12, "count": 2 }' },
      { lang: 'java', text: 'static final int SC_MAX = ⟦410⟧;' },
    ],
  },
};
