/**
 * The status field of an access-log line: after a method and a path (`GET /api/books 200 12ms`),
 * after a quoted request (`"GET / HTTP/1.1" 200 512`), or in a pipe-separated framework log
 * (`| 404 |   1.2ms | GET "/x"`).
 */
import type { Candidate, Evidence, Examples, Finding } from './types';

const METHOD = String.raw`(?:GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)`;
const AFTER_REQUEST = new RegExp(String.raw`\b${METHOD}\s+\/?\S*(?:\s+HTTP\/[\d.]+)?["']?(?:\s+(?:->|=>|→|-|:))?\s+$`);

export const logLine: Evidence = {
  id: 'log-line',
  direction: 'slot',
  view: 'any',
  summary: 'the status field of an access-log line (after the request, or between pipes beside a method)',
  test: (c: Candidate): Finding | undefined => {
    if (AFTER_REQUEST.test(c.left) && !/^\s*(?:ms|s|bytes|b)\b/i.test(c.right)) return {};
    if (/\|\s*$/.test(c.left) && /^\s*\|/.test(c.right) && new RegExp(String.raw`\|\s*${METHOD}\b|\b${METHOD}\s+"?\/`).test(c.left + c.right)) return {};
    return undefined;
  },
};

/** Tokens each rule must fire on and, as many, look-alikes it must stay silent on (test/unit/evidence.test.ts). */
export const examples: Examples = {
  'log-line': {
    fires: [
      { lang: 'markdown', text: '    GET /api/books ⟦200⟧ 12ms' },
      { lang: 'python', text: 'LINE = \'127.0.0.1 - - [10/Oct/2024] "GET / HTTP/1.1" ⟦200⟧ 512\'' },
      { lang: 'go', text: '// [GIN] 2024/03/01 | ⟦404⟧ |   1.2ms | ::1 | GET "/x"' },
      { lang: 'http', text: '# POST /loans -> ⟦201⟧' },
      { lang: 'go', text: '// 12:01:02 |  ⟦404⟧ |      1.2ms | GET  /x' },
      { lang: 'go', text: '// 12:01:02 | ⟦404⟧|  1.2ms | GET  /x' },
      { lang: 'python', text: 'LINE = \'10.0.0.7 - - "DELETE /orders/7 HTTP/2" ⟦204⟧ 0\'' },
    ],
    silent: [
      { lang: 'markdown', text: '    GET /api/books 200 ⟦512⟧' },
      { lang: 'python', text: 'LINE = \'127.0.0.1 - - [10/Oct/2024] "GET / HTTP/1.1" 200 ⟦512⟧\'' },
      { lang: 'go', text: '// [GIN] 2024/03/01 | 404 |   ⟦120⟧ ms | ::1 | GET "/x"' },
      { lang: 'http', text: '# GET /rooms?limit=⟦101⟧' },
      { lang: 'markdown', text: '    GET /api/books ⟦120⟧ ms' },
      { lang: 'markdown', text: '    GET /api/books ⟦120⟧  ms' },
      { lang: 'markdown', text: '| ⟦404⟧ | not found |' },
    ],
  },
};
