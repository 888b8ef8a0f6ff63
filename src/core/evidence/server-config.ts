/**
 * Server and proxy configuration that takes a status: nginx `return 301`, `error_page 404 /404.html`,
 * `proxy_cache_valid 200 302 10m`, `limit_req_status 429`, `if ($status = 502)`, `try_files $uri =404`;
 * Apache `ErrorDocument 404`, `Redirect 301`, `RedirectMatch 302`, rewrite flags `[R=301,L]`; HAProxy
 * `errorfile 503`, `deny_status 429`, `http-check expect status 200`; Caddy `respond 404`, `redir ... 301`.
 */
import { contextLine } from '../scan';
import type { Candidate, Evidence, Examples, Finding } from './types';

function mapOverStatus(c: Candidate): boolean {
  for (let l = c.line - 1, seen = 0; l >= 0 && seen < 40; l--, seen++) {
    const t = contextLine(c.doc, l);
    if (/^\s*map\s+\$/.test(t)) return /^\s*map\s+\$(?:upstream_)?status\b/.test(t);
    if (/[{}]\s*$/.test(t) && !/^\s*\S+\s+\S+;\s*$/.test(t)) return false;
  }
  return false;
}

function directiveAt(c: Candidate): Finding | undefined {
  const { left } = c;
  // nginx directives, also in heredocs, ConfigMaps and templates; a bare `return 301` only in nginx files.
  if (c.lang === 'nginx' && /(?:^|[{;])\s*(?:return|auth_request_set\s+\S+)\s+$/.test(left)) return {};
  // `return 204;` of an nginx config written inside a Dockerfile heredoc, a ConfigMap or a shell script.
  if (/^(?:dockerfile|yaml|shellscript|terraform|toml)$/.test(c.lang) && /^\s*return\s+$/.test(left) && /^\s*(?:;|\s+\S.*;)\s*$/.test(c.right)) return {};
  if (/^\s*(?:limit_req_status|limit_conn_status)\s+$/.test(left)) return {};
  if (/^\s*error_page(?:\s+\d{3})*\s+=?$/.test(left)) return {};
  if (/^\s*(?:proxy|fastcgi|uwsgi|scgi)_cache_valid(?:\s+\d{3})*\s+$/.test(left)) return {};
  if (/\bif\s*\(\s*\$(?:status|upstream_status)\s*=\s*$/.test(left)) return {};
  // The keys of an nginx map over the status: map $status $loggable { 404 0; default 1; }
  if (c.lang === 'nginx' && /^\s*~?["']?$/.test(left) && /^["']?\s+\S/.test(c.right) && mapOverStatus(c)) return {};
  // try_files ... =404 (nginx), also quoted in templates and Helm values.
  if (/\btry_files\s+(?:\S+\s+)*=$/.test(left)) return {};
  if (/^\s*#?\s*(?:ErrorDocument|Redirect(?:Match|Permanent|Temp)?|redir|respond(?:\s+\S+)?|error|errorfile|errorloc(?:30[23])?)\s+(?:\S+\s+)*$/i.test(left) && /^(?:apacheconf|nginx|caddyfile|haproxy|plaintext|dockerfile|yaml|shellscript)$/.test(c.lang)) {
    if (/^\s*#?\s*(?:ErrorDocument|errorfile|errorloc(?:30[23])?)\s+$/i.test(left) || /^\s*#?\s*(?:Redirect(?:Match)?|redir|respond)\b/i.test(left)) return {};
    // Caddy's error directive ends on the status: error /private* "Unauthorized" 403.
    if (c.lang === 'caddyfile' && /^\s*error\b/.test(left) && /^\s*(?:$|[{#])/.test(c.right)) return {};
  }
  // Rewrite flags: [R=301,L], [L,R=302], [redirect=307]
  if (/\[(?:[A-Za-z]+(?:=[^\],]*)?,)*(?:R|redirect)=$/.test(left)) return {};
  // HAProxy: deny_status 429, http-check expect status 200, http-request return status 503
  if (/\b(?:deny_status|status)\s+$/.test(left) && /\b(?:http-(?:check|request|response)|deny|return|tcp-check)\b/.test(left)) return {};
  return undefined;
}

export const serverConfig: Evidence = {
  id: 'server-config',
  direction: 'slot',
  view: 'code',
  summary: 'a server or proxy configuration directive that takes a status (nginx, Apache, HAProxy, Caddy)',
  test: directiveAt,
};

/** Tokens each rule must fire on and, as many, look-alikes it must stay silent on (test/unit/evidence.test.ts). */
export const examples: Examples = {
  'server-config': {
    fires: [
      { lang: 'nginx', text: 'return ⟦301⟧ https://$host$request_uri;' },
      { lang: 'nginx', text: 'error_page 500 502 ⟦503⟧ /50x.html;' },
      { lang: 'nginx', text: 'try_files $uri $uri/ =⟦404⟧;' },
    { lang: 'nginx', text: 'location /old { return ⟦301⟧ /new; }' },
      { lang: 'apacheconf', text: 'RewriteRule ^old/(.*)$ /new/$1 [R=⟦301⟧,L]' },
      { lang: 'apacheconf', text: 'ErrorDocument ⟦404⟧ /errors/missing.html' },
      { lang: 'apacheconf', text: 'Redirect ⟦308⟧ /docs https://docs.example.com/' },
      { lang: 'nginx', text: 'map $status $loggable {\n    ~^[23]  0;\n    ⟦404⟧     0;\n    default 1;\n}' },
      { lang: 'yaml', text: 'data:\n  default.conf: |\n    location = /healthz {\n      return ⟦204⟧;\n    }' },
      { lang: 'nginx', text: 'limit_req_status ⟦429⟧;' },
      { lang: 'nginx', text: 'error_page 404 =⟦200⟧ /empty.gif;' },
      { lang: 'nginx', text: 'proxy_cache_valid 200 ⟦302⟧ 10m;' },
      { lang: 'nginx', text: 'if ($upstream_status = ⟦502⟧) {\n    set $retry 1;\n}' },
      { lang: 'yaml', text: 'nginx.ingress.kubernetes.io/configuration-snippet: |\n  try_files $uri /index.html =⟦404⟧;' },
      { lang: 'apacheconf', text: 'RedirectMatch ⟦302⟧ ^/blog/(.*)$ https://blog.example.com/$1' },
      { lang: 'haproxy', text: 'http-request deny deny_status ⟦429⟧ if too_fast' },
      { lang: 'apacheconf', text: 'RewriteRule ^shop/?$ /store/ [L,R=⟦302⟧]' },
    ],
    silent: [
      { lang: 'nginx', text: 'listen ⟦443⟧ ssl;' },
      { lang: 'nginx', text: 'client_body_timeout ⟦120⟧;' },
      { lang: 'nginx', text: 'keepalive_timeout ⟦120⟧;' },
    { lang: 'nginx', text: 'location /api { client_body_timeout ⟦300⟧; }' },
      { lang: 'apacheconf', text: 'KeepAliveTimeout ⟦300⟧' },
      { lang: 'apacheconf', text: 'MaxRequestWorkers ⟦150⟧' },
      { lang: 'apacheconf', text: 'Listen ⟦443⟧' },
      { lang: 'nginx', text: 'map $http_user_agent $bucket {\n    ~bot   0;\n    ⟦404⟧     0;\n    default 1;\n}' },
      { lang: 'shellscript', text: 'cleanup() {\n  rm -f "$tmp"\n  return ⟦130⟧\n}' },
      { lang: 'nginx', text: 'limit_req zone=api burst=⟦200⟧ nodelay;' },
      { lang: 'nginx', text: 'worker_connections ⟦512⟧;' },
      { lang: 'nginx', text: 'proxy_read_timeout ⟦302⟧;' },
      { lang: 'nginx', text: 'if ($arg_page = ⟦404⟧) {\n    set $legacy 1;\n}' },
      { lang: 'yaml', text: 'nginx.ingress.kubernetes.io/server-snippet: |\n  keepalive_requests ⟦500⟧;' },
      { lang: 'apacheconf', text: 'Timeout ⟦302⟧' },
      { lang: 'haproxy', text: 'maxconn ⟦429⟧' },
      { lang: 'apacheconf', text: 'RewriteRule ^(.*)$ /index.php?page=⟦404⟧ [L,QSA]' },
    ],
  },
};
