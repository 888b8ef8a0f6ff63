import * as assert from 'node:assert/strict';
import { serverConfig } from '../../src/core/evidence/server-config';
import type { Candidate } from '../../src/core/evidence/types';
import { markedCandidate } from '../support/candidate';

// Server and proxy directives that take a status (src/core/evidence/server-config.ts), directive by
// directive, each beside a look-alike: the same words in another language or another position, another
// variable, a directive whose number is a size or a time.

const at = (lang: string, snippet: string): Candidate => markedCandidate(lang, snippet);

const MAP_HEAD = (head: string, gap: number): string => `${head}\n${'    # a note\n'.repeat(gap)}    ⟦404⟧     0;\n    default 1;\n}`;

/** [language, snippet, does the directive take the marked number as a status] */
const ROWS: Array<[string, string, boolean]> = [
  // nginx return: at the start of a statement, after a brace or a semicolon; a bare return only in nginx files.
  ['nginx', 'return ⟦301⟧ https://$host$request_uri;', true],
  ['nginx', 'server { return ⟦444⟧; }', true],
  ['nginx', 'set $a 1; return ⟦403⟧;', true],
  ['nginx', 'if ($bad) {return ⟦403⟧;}', true],
  ['nginx', 'auth_request_set $auth_status ⟦401⟧;', true],
  ['javascript', 'return ⟦301⟧;', false],
  ['nginx', 'set $a return ⟦403⟧;', false],
  // An nginx config written inside a heredoc, a ConfigMap or a script: return with a semicolon.
  ['dockerfile', 'RUN cat > /etc/nginx/conf.d/health.conf <<EOF\nlocation /healthz {\n    return ⟦204⟧;\n}', true],
  ['yaml', 'data:\n  default.conf: |\n    return ⟦200⟧ "ok";', true],
  ['shellscript', 'cleanup() {\n  return ⟦130⟧\n}', false],
  ['toml', 'x = 1\n  return ⟦204⟧ ;', true],
  ['yaml', 'data:\n  default.conf: |\n    return ⟦200⟧ ok', false],
  // Directives whose value is a status: limits, error pages (with their `=`), cache validity, try_files.
  ['nginx', 'limit_req_status ⟦429⟧;', true],
  ['nginx', 'limit_conn_status  ⟦503⟧;', true],
  ['nginx', 'limit_req_zone ⟦429⟧;', false],
  ['nginx', 'error_page ⟦404⟧ /404.html;', true],
  ['nginx', 'error_page 404 =⟦200⟧ /empty.gif;', true],
  ['nginx', 'error_page 500  502 ⟦503⟧ /50x.html;', true],
  ['nginx', 'error_page_size ⟦404⟧;', false],
  ['nginx', 'fastcgi_cache_valid ⟦200⟧ 60m;', true],
  ['nginx', 'uwsgi_cache_valid 200 ⟦301⟧ 1h;', true],
  ['nginx', 'scgi_cache_valid ⟦404⟧ 1m;', true],
  ['nginx', 'proxy_cache_min_uses ⟦200⟧;', false],
  ['nginx', 'try_files $uri $uri/ /index.html =⟦404⟧;', true],
  ['nginx', 'try_files $uri =⟦404⟧;', true],
  ['nginx', 'try_files $uri ⟦404⟧;', false],
  ['nginx', 'if ( $status = ⟦404⟧ ) { return 410; }', true],
  ['nginx', 'if ($upstream_status =⟦502⟧) { set $retry 1; }', true],
  ['nginx', 'if ($arg_page = ⟦404⟧) { set $legacy 1; }', false],
  // The keys of a map over $status or $upstream_status, up to forty lines below its head, not past a block's end.
  ['nginx', MAP_HEAD('map $status $loggable {', 0), true],
  ['nginx', MAP_HEAD('map $upstream_status $retry {', 0), true],
  ['nginx', MAP_HEAD('  map $status $loggable {', 38), true],
  ['nginx', MAP_HEAD('map $status $loggable {', 40), false],
  ['nginx', MAP_HEAD('map $status_text $loggable {', 0), false],
  ['nginx', 'map $status $loggable {\n    "⟦404⟧"   0;\n    default 1;\n}', true],
  ['nginx', 'map $status $loggable {\n    ~⟦404⟧   0;\n    default 1;\n}', true],
  ['nginx', 'map $status $loggable {\n    default 1;\n}\nserver {\n    ⟦404⟧     0;\n}', false],
  ['nginx', 'map $status $loggable {\n    x ⟦404⟧   0;\n}', false],
  // Apache, HAProxy and Caddy directives that take a status first, and those that take it anywhere.
  ['apacheconf', 'ErrorDocument ⟦404⟧ /errors/missing.html', true],
  ['apacheconf', '# ErrorDocument ⟦404⟧ /errors/missing.html', true],
  ['apacheconf', 'ErrorDocument /errors/missing.html ⟦404⟧', false],
  ['haproxy', 'errorfile ⟦503⟧ /etc/haproxy/errors/503.http', true],
  ['haproxy', 'errorloc302 ⟦503⟧ https://status.example.com/', true],
  ['apacheconf', 'Redirect ⟦308⟧ /docs https://docs.example.com/', true],
  ['apacheconf', 'Redirect permanent /docs ⟦301⟧', true],
  ['apacheconf', 'RedirectMatch ⟦302⟧ ^/blog/(.*)$ https://blog.example.com/$1', true],
  ['caddyfile', 'redir /old /new ⟦301⟧', true],
  ['caddyfile', 'respond /healthz ⟦200⟧', true],
  ['caddyfile', 'error /private* "Unauthorized" ⟦403⟧', true],
  ['caddyfile', 'error /private* ⟦403⟧ "Unauthorized"', false],
  ['javascript', 'Redirect ⟦308⟧ /docs https://docs.example.com/', false],
  ['apacheconf', 'MaxKeepAliveRequests ⟦300⟧', false],
  // Rewrite flags.
  ['apacheconf', 'RewriteRule ^old/(.*)$ /new/$1 [R=⟦301⟧,L]', true],
  ['apacheconf', 'RewriteRule ^shop/?$ /store/ [NC,L,R=⟦302⟧]', true],
  ['apacheconf', 'RewriteRule ^a$ /b [redirect=⟦307⟧]', true],
  ['apacheconf', 'RewriteRule ^(.*)$ /index.php?page=⟦404⟧ [L,QSA]', false],
  ['apacheconf', 'RewriteRule ^a$ /b [E=code:⟦404⟧]', false],
  // HAProxy status keywords, on a rule that denies, returns or checks.
  ['haproxy', 'http-request deny deny_status ⟦429⟧ if too_fast', true],
  ['haproxy', 'http-check expect status ⟦200⟧', true],
  ['haproxy', 'http-request return status ⟦503⟧ content-type text/plain', true],
  ['haproxy', 'stick-table type ip size 100k status ⟦200⟧', false],
  // Each directive with its spacing, a second value, and its name in a sentence.
  ["nginx", "# see limit_req_status ⟦429⟧ below", false],
  ["nginx", "limit_req_status 429 ⟦503⟧;", false],
  ["nginx", "# error_page ⟦404⟧ is set below", false],
  ["nginx", "error_page  ⟦404⟧ /404.html;", true],
  ["nginx", "error_page 404 /x ⟦500⟧;", false],
  ["nginx", "# proxy_cache_valid ⟦200⟧ is set below", false],
  ["nginx", "proxy_cache_valid  200  ⟦302⟧ 10m;", true],
  ["nginx", "proxy_cache_valid 200 10m ⟦302⟧;", false],
  ["nginx", "if  ($status = ⟦502⟧) { set $retry 1; }", true],
  ["nginx", "if ($status  = ⟦502⟧) { set $retry 1; }", true],
  ["nginx", "if ($status = 500 || ⟦502⟧) { set $retry 1; }", false],
  ["nginx", "try_files  $uri  =⟦404⟧;", true],
  ["nginx", "# use try_files, then =⟦404⟧", false],
  ["nginx", "return  ⟦301⟧ /x;", true],
  ["nginx", "return 301 ⟦302⟧;", false],
  ["nginx", "auth_request_set  $x  ⟦401⟧;", true],
  ["nginx", "auth_request_set $x 1 ⟦401⟧;", false],
  ["dockerfile", "  return  ⟦204⟧;", true],
  ["dockerfile", "x return ⟦204⟧;", false],
  ["dockerfile", "  return ⟦204⟧; x", false],
  ["yaml", "    return ⟦204⟧  \"no content\";", true],
  ["nginx", "map  $status $loggable {\n    ⟦404⟧ 0;\n}", true],
  ["nginx", "# map $status $loggable\nmap $host $x {\n    ⟦404⟧ 0;\n}", false],
  ["nginx", "map $status $loggable {\n    default 1;\n    ~^4 0;\n    ⟦404⟧ 0;\n}", true],
  ["nginx", "map $status $loggable {\n    hostnames;\n    ⟦404⟧ 0;\n}", true],
  ["nginx", "map $status $loggable {\n  }\n    ⟦404⟧ 0;", false],
  ["nginx", "map $status $loggable {\n    include  /etc/nginx/x.map;\n    ⟦404⟧ 0;\n}", true],
  ["nginx", "map $status $loggable {\n    ⟦404⟧0;\n}", false],
  ["apacheconf", "ErrorDocument  ⟦404⟧ /missing.html", true],
  ["apacheconf", "# see ErrorDocument ⟦404⟧ above", false],
  ["haproxy", "errorloc ⟦503⟧ https://status.example.com/", true],
  ["haproxy", "errorloc303 ⟦503⟧ https://status.example.com/", true],
  ["haproxy", "errorloc304 ⟦503⟧ https://status.example.com/", false],
  ["apacheconf", "RedirectPermanent ⟦301⟧ /x", false],
  ["apacheconf", "RedirectTemp /a /b ⟦302⟧", false],
  ["apacheconf", "  Redirect ⟦301⟧ /a /b", true],
  ["plaintext", "Redirect ⟦301⟧ /a /b", true],
  ["caddyfile", "respond  ⟦200⟧", true],
  ["caddyfile", "respond /x \"ok\" ⟦200⟧", true],
  ["caddyfile", "error ⟦403⟧ {", true],
  ["caddyfile", "error \"denied\" ⟦403⟧ # comment", true],
  ["caddyfile", "handle_errors error ⟦403⟧", false],
  ["apacheconf", "RewriteRule ^a$ /b [L,E=x:1,R=⟦301⟧]", true],
  ["apacheconf", "RewriteRule ^a$ /b [R=301] [R=⟦302⟧]", true],
  ["apacheconf", "RewriteRule ^a$ /b [R= ⟦302⟧]", false],
  ["haproxy", "http-response set-status ⟦503⟧", true],
  ["haproxy", "http-request deny deny_status  ⟦429⟧", true],
  ["haproxy", "http-request deny deny_status 429 ⟦503⟧", false],
  ["haproxy", "tcp-check expect status ⟦200⟧", true],
];

describe('server-config: directives that take a status, directive by directive', () => {
  for (const [lang, snippet, expected] of ROWS) {
    it(`${expected ? 'a status' : 'not one'}: ${JSON.stringify(snippet.length > 90 ? '…' + snippet.slice(-90) : snippet)} (${lang})`, () => {
      assert.equal(!!serverConfig.test(at(lang, snippet)), expected);
    });
  }
});
