/**
 * Words and name shapes that several pieces of evidence share: what a status expression looks like
 * (`res.status`, `resp.StatusCode`, `response.getStatus()`), which receivers are HTTP-ish, which names
 * speak of statuses and which of quantities.
 */

export const ID = String.raw`[\p{L}_$][\p{L}\p{N}_$]*`;

/** Words that make the lines around a value speak HTTP. */
export const HTTP_WORDS = /https?|status|response|request|\bres\b|\bresp\b|\breq\b|fetch|axios|curl|\bapi\b|endpoint/i;

/** Names of fields, keys and variables that hold a response status. */
export const STATUS_KEY = String.raw`(?:status|Status|STATUS|statusCode|StatusCode|STATUS_CODE|status_code|statuscode|httpStatus|HttpStatus|http_status|HTTP_STATUS|httpStatusCode|HttpStatusCode|http_status_code|httpCode|HttpCode|http_code|HTTP_CODE|responseCode|ResponseCode|response_code|expectedStatus|expected_status|expectedStatusCode|expected_status_code|statusNumber|status_int|[\p{L}_$][\p{L}\p{N}_$]*(?:Status|_status|_STATUS|StatusCode|_status_code|_STATUS_CODE|HttpCode))`;

/** Receivers whose `.status` is a domain state, not an HTTP status (documented in the README). */
export const NON_HTTP_RECEIVER =
  /^(?:order|orders|job|jobs|task|tasks|proc|process|child|exit|payment|invoice|build|ticket|game|player|account|subscription|item|workflow|step|pod|container|deployment|pipeline|shipment|delivery|user|member|issue|pr|commit|run|batch|transaction|txn|device|sensor|machine|vm|node|cluster|git|svn|smtp|ftp|mail|email|exec|command|cmd|subprocess|result_of_exit)$/i;

/** Receivers whose `.code` / `.Code` is an HTTP status (Go httptest recorders, Ruby Net::HTTP, ...). */
export const HTTP_RECEIVER =
  /^(?:res|resp|response|rsp|rec|recorder|rr|w|r|reply|result|http_response|httpResponse|raw_response|rawResponse|last_response|page|ctx\.response|conn)$/i;

const TAIL = String.raw`(?:statuses|statusCodes|status_codes|httpCode|http_code|HttpCode|(?:upstream|http|response|resp|expected|actual|last|final|error|err|backend|origin|server|proxy|reply|return|got|want)(?:Status|_status)(?:Code|_code)?|status(?:Code|_code|code|_int)?|Status(?:Code)?|httpStatus(?:Code)?|http_status(?:_code)?|responseCode|response_code|ResponseCode|getStatus(?:Code(?:Value)?)?|getResponseCode|statusCodeValue|resp_status|Code|code)`;

/**
 * A status-like expression: `res.status`, `r.status_code`, `resp.StatusCode`, `response.getStatus()`,
 * `rec.Code`, `(int)response.StatusCode`, `response.status.value`, `resp.status().as_u16()`.
 * Group 1 is the receiver chain, group 2 the tail.
 */
export const STATUS_EXPR = String.raw`(?:\(\s*int\s*\)\s*)?\$?((?:${ID}(?:\([^()]*\))?!?\s*(?:\?\.|\.|::|->)\s*)*)(${TAIL})(?:\([^()]*\))?(?:\[['"](?:status|statusCode|status_code)['"]\])?(?:\s*(?:\.|::)\s*(?:value|code|rawValue|as_u16|intValue|to_i|toInt|value)(?:\(\))?)?`;

const STATUS_EXPR_ANY = new RegExp(
  String.raw`(?:^|[^\p{L}\p{N}_$])(?:${STATUS_EXPR}(?![\p{L}\p{N}_$])|['"](?:status|statusCode|status_code)['"])`,
  'gu',
);

/** Whether a matched status expression is HTTP-ish given its receiver chain and tail. */
export function plausibleStatus(receiverChain: string, tail: string, httpNearby = false): boolean {
  const parts = receiverChain.split(/\s*(?:\?\.|\.|::|->)\s*/).filter(Boolean).map((p) => p.replace(/\(.*\)$/, ''));
  // sttp's `r.code.code`: the status object's number; the response is the receiver before it.
  if ((tail === 'code' || tail === 'Code') && parts.length > 1 && /^code$/i.test(parts[parts.length - 1])) parts.pop();
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

/** Names of lists, maps and variables that hold statuses. */
export const STATUSY_NAME = /(?:status|code|retr[yi]|http|error|fail|redirect)/i;
/** Names of lists, maps and variables that hold quantities. */
export const NOT_STATUS_NAME = /(?:backoff|delay|_ms\b|Ms\b|millis|timeout|wait|sleep|interval|size|limit|port|width|height|length|count|seconds|secs|duration)/i;

/** Other protocols by name: enough to silence prose about a number on the same or a neighbouring line. */
export const MAIL_OR_FTP = /\b(?:smtp|Smtp|SMTP|ftp|Ftp|FTP|imap|IMAP|pop3|POP3|ldap|LDAP|nodemailer|SmtpStatusCode|SmtpClient|smtplib|sendmail|MTA)\b/;
/** Other protocols and process exit statuses, for code. */
export const OTHER_PROTOCOL = /\b(?:smtp|Smtp|SMTP|ftp|Ftp|FTP|imap|IMAP|pop3|POP3|ldap|LDAP|nodemailer|SmtpStatusCode|SmtpClient|smtplib|sendmail|mailer|Mailer|transporter|errno|exitCode|exit_code|ExitCode|exitStatus|exit_status|returncode|process\.exit|sys\.exit|os\.Exit|System\.exit)\b|\bexit\s+(?:code|status)\b/;

/**
 * Nouns that make the number after them an id or a label, in prose: "locker 301", "station 204", "room 101",
 * "build 404", "key=200" forms are handled apart.
 */
export const ID_NOUN_BEFORE = /\b(?:locker|room|bus|flight|route|station|door|gate|platform|bay|dock|shelf|aisle|level|floor|table|seat|ticket|order|issue|build|release|version|chapter|section|page|step|item|unit|apartment|suite|lot|pallet|box|bin|slot|tier|zone|area|sector|block|track|lane|channel|port|pin|node|cell|sample|plot|patient|student|user|account|invoice|customer|player|sensor|device|meter|line|row|column|pr|id|no|number|sku|model|series|batch|run|job|task|episode|season|tag|v|#)\s*[-#:]?\s*$/i;

/** The statuses people send most: a bare mention of one of them in prose is likelier a status. */
export const COMMON_STATUSES = new Set([200, 201, 202, 204, 301, 302, 303, 304, 307, 308, 400, 401, 403, 404, 405, 409, 410, 422, 429, 500, 502, 503, 504]);

/** A line that speaks of requests, responses and the machinery around them. */
export const STATUSY_LINE = /\b(?:[1-5]xx|status|https?|retr(?:y|ied|ies|ying)|errors?|respon[sd]\w*|returns?|codes?|redirect\w*|server|client|api|request|upstream|gateway|deploy\w*|nginx|proxy|backend|cdn|balancer|auth\w*|token|login|cache\w*|endpoint|webhook|headers?|location|etag|payload|body|json|cors|route|handler|throttl\w*|rate[- ]limit\w*|quota|renders?|rendered|answer\w*|carrier|provider|origin|probe|health\w*)\b/i;
