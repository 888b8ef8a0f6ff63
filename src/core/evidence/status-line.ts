/**
 * A status line: `HTTP/1.1 301 Moved Permanently` in a `.http` file, a raw response string, a comment or
 * a log line; `HTTP/2 404` from `curl -v`.
 */
import type { Candidate, Evidence, Examples, Finding } from './types';

// Erlang's httpc: the version is a variable, `_` or `_Name` (ignored), or the version string; so is the reason.
const HTTPC_LEFT = /\{\s*\{\s*(?:_\w*|[A-Z]\w*|"HTTP\/[\d.]+")\s*,\s*$/;
const HTTPC_RIGHT = /^\s*,\s*(?:_\w*|[A-Z]\w*|"[^"]*"|<<"[^"]*">>)\s*\}/;

function statusLineAt(c: Candidate): Finding | undefined {
  if (/HTTP\/\d(?:\.\d)?["']?\s+$/.test(c.left)) return {};
  // Erlang's httpc answers {ok, {{Version, Status, Reason}, Headers, Body}}.
  if (c.lang === 'erlang' && HTTPC_LEFT.test(c.left) && HTTPC_RIGHT.test(c.right)) return {};
  return undefined;
}

export const statusLine: Evidence = {
  id: 'status-line',
  direction: 'slot',
  view: 'any',
  summary: 'the status of an HTTP status line (`HTTP/1.1 404 Not Found`)',
  test: statusLineAt,
};

/** Tokens each rule must fire on and, as many, look-alikes it must stay silent on (test/unit/evidence.test.ts). */
export const examples: Examples = {
  'status-line': {
    fires: [
      { lang: 'http', text: 'HTTP/1.1 ⟦301⟧ Moved Permanently' },
      { lang: 'python', text: 'raw = "HTTP/1.1 ⟦503⟧ Service Unavailable\\r\\n"' },
      { lang: 'shellscript', text: '# < HTTP/2 ⟦404⟧' },
      { lang: 'php', text: "header('HTTP/1.0 ⟦403⟧ Forbidden');" },
      { lang: 'erlang', text: '{ok, {{_, ⟦304⟧, _}, _, _}} -> cached;' },
    ],
    silent: [
      { lang: 'http', text: 'GET https://api.example.com/users?limit=⟦200⟧ HTTP/1.1' },
      { lang: 'http', text: 'Content-Length: ⟦512⟧' },
      { lang: 'python', text: 'raw = "HTTP/1.1 200 OK\\r\\nContent-Length: ⟦348⟧\\r\\n"' },
      { lang: 'shellscript', text: '# HTTP/2 is faster over ⟦100⟧ streams' },
      { lang: 'erlang', text: '{ok, {Pid, ⟦250⟧, _}} -> sent;' },
    ],
  },
};
