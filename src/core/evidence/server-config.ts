/**
 * Server configuration directives that take a status: nginx `return 301`, `error_page 404 /404.html`,
 * `proxy_cache_valid 200 302 10m`, `limit_req_status 429`, `if ($status = 502)`.
 */
import type { Candidate, Evidence, Finding } from './types';

function directiveAt(c: Candidate): Finding | undefined {
  if (c.lang !== 'nginx') return undefined;
  if (/^\s*(?:return|limit_req_status|limit_conn_status|auth_request_set\s+\S+)\s+$/.test(c.left)) return {};
  if (/^\s*error_page(?:\s+\d{3})*\s+=?$/.test(c.left)) return {};
  if (/^\s*(?:proxy|fastcgi|uwsgi|scgi)_cache_valid(?:\s+\d{3})*\s+$/.test(c.left)) return {};
  if (/\bif\s*\(\s*\$(?:status|upstream_status)\s*=\s*$/.test(c.left)) return {};
  return undefined;
}

export const serverConfig: Evidence = {
  id: 'server-config',
  direction: 'slot',
  view: 'code',
  summary: 'a server configuration directive that takes a status (nginx)',
  test: directiveAt,
  fires: [
    { lang: 'nginx', text: 'return ⟦301⟧ https://$host$request_uri;' },
    { lang: 'nginx', text: 'error_page 500 502 ⟦503⟧ /50x.html;' },
    { lang: 'nginx', text: 'proxy_cache_valid ⟦200⟧ 302 10m;' },
    { lang: 'nginx', text: 'limit_req_status ⟦429⟧;' },
  ],
  silent: [
    { lang: 'nginx', text: 'listen ⟦443⟧ ssl;' },
    { lang: 'nginx', text: 'client_max_body_size ⟦100⟧m;' },
    { lang: 'nginx', text: 'keepalive_timeout ⟦120⟧;' },
    { lang: 'nginx', text: 'worker_connections ⟦512⟧;' },
  ],
};
