/**
 * Statuses in terminal output: the status line of a response as curl -i / -v and httpie print it
 * (`HTTP/1.1 429 Too Many Requests`, `< HTTP/2 404`), the status after the request of an access-log line
 * (`"GET /x HTTP/1.1" 404 512`), and logfmt keys (`status=503`). Precision first: byte counts, timings and
 * every other number of the line stay plain text.
 */
import { activeCatalogue } from './catalogue';

export interface TerminalStatus {
  /** Offset of the code in the line, and its length (3). */
  start: number;
  length: number;
  code: number;
}

/** Lines longer than this are not read (a minified blob printed to the terminal). */
const MAX_LINE = 4000;

const PATTERNS: RegExp[] = [
  // Status lines: HTTP/1.1 200 OK, < HTTP/2 404, HTTP/2.0 301 (at the start of the line, after curl's "< ").
  /^\s*(?:<\s+)?HTTPS?\/\d(?:\.\d)?\s+([1-5]\d\d)(?=\s|$)/,
  // Access logs (common and combined formats): "GET /path HTTP/1.1" 404 1234
  /"(?:GET|HEAD|POST|PUT|PATCH|DELETE|OPTIONS|CONNECT|TRACE) [^"]*HTTP\/\d(?:\.\d)?"\s+([1-5]\d\d)(?=\s|$)/g,
  // logfmt and key=value logs: status=503, status_code=429, http.status_code=404
  /(?:^|\s)(?:status|status_code|statusCode|http_status|http\.status_code|response_code)=([1-5]\d\d)(?=\s|$|,)/g,
];

/** The statuses a line of terminal output names, left to right. */
export function terminalStatuses(line: string): TerminalStatus[] {
  if (typeof line !== 'string' || line.length > MAX_LINE) return [];
  const out: TerminalStatus[] = [];
  for (const re of PATTERNS) {
    re.lastIndex = 0;
    for (let m = re.exec(line); m; m = re.global ? re.exec(line) : null) {
      const code = Number(m[1]);
      const start = m.index + m[0].lastIndexOf(m[1]);
      // The patterns never match the same place twice: a status line starts its line, the others follow a quote or a key.
      if (activeCatalogue().meanings(code).length) out.push({ start, length: 3, code });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
