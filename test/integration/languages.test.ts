// Every language the extension enables beyond 0.1.0, in a real VS Code: the file opens under the expected
// language id in a stock editor (built in, or defined by this extension), the card shows on a status and
// stays away from another number of the same file.
import * as assert from 'assert';
import { hoverTexts, openFixture, positionOf } from './helpers';

/** [file under languages/, language id, status needle, offset into it, code, other number's needle, offset]. */
const CASES: Array<[string, string, string, number, number, string, number]> = [
  ["Orders.vue", "vue", "status === 404", 11, 404, "width=\"320\"", 8],
  ["Orders.vue", "vue", "status === 401", 11, 401, "PAGE = 200", 7],
  ["Booking.svelte", "svelte", "status === 409", 11, 409, "widthPx = 300", 10],
  ["Booking.svelte", "svelte", "a 409 from", 2, 409, "width: 300px", 7],
  ["exhibit.astro", "astro", "status === 404", 11, 404, "columns = 300", 10],
  ["exhibit.astro", "astro", "'/not-found', 302", 14, 302, "above 300", 6],
  ["status.html", "html", "answers 503", 8, 503, "max-width: 640px", 11],
  ["status.html", "html", "status === 304", 11, 304, "delayMs = 250", 10],
  ["smoke.sh", "shellscript", "-ne 200", 4, 200, "sleep 300", 6],
  ["guard.lua", "lua", "ngx.HTTP_UNAUTHORIZED", 5, 401, "limit = 500", 8],
  ["guard.lua", "lua", "ngx.exit(405)", 9, 405, "limit = 500", 8],
  ["alb.tf", "terraform", "\"200-299\"", 2, 200, "deregistration_delay = 300", 23],
  ["gateway.toml", "toml", "[502, 503", 1, 502, "max_body_kb = 512", 14],
  ["apache/.htaccess", "apacheconf", "Redirect 301", 9, 301, "KeepAliveTimeout 300", 17],
  ["apache/.htaccess", "apacheconf", "ErrorDocument 404", 14, 404, "KeepAliveTimeout 300", 17],
  ["nginx/nginx.conf", "nginx", "return 301", 7, 301, "client_body_timeout 120", 20],
  ["Dockerfile", "dockerfile", "\"204\"", 2, 204, "EXPOSE 300", 7],
  ["Sync-Inventory.ps1", "powershell", "[System.Net.HttpStatusCode]::TooManyRequests", 30, 429, "Seconds 120", 8],
  ["Sync-Inventory.ps1", "powershell", "-ne 201", 4, 201, "batchSize = 250", 12],
  ["Jenkinsfile.groovy", "groovy", "!= 200", 3, 200, "timeoutSeconds = 300", 17],
  ["mirrors.pl", "perl", "HTTP_NOT_FOUND", 4, 404, "timeout => 300", 11],
  ["mirrors.pl", "perl", "== 503", 3, 503, "sleep 120", 6],
  ["fetch.c", "c", "code == 304", 8, 304, "retries = 300", 10],
  ["server.cpp", "cpp", "res.status = 404", 13, 404, "backlog = 128", 10],
  ["handler.clj", "clojure", "status/not-found", 3, 404, "page-size 100", 10],
  ["handler.clj", "clojure", ":status 200", 8, 200, "page-size 100", 10],
  ["Api.hs", "haskell", "responseLBS status404", 15, 404, "timeoutMicros = 450000", 0],
  ["leaderboard.ml", "ocaml", "`Not_Found", 2, 404, "page_size = 200", 12],
  ["tide_h.erl", "erlang", "reply(404", 6, 404, "Timeout = 300", 10],
  ["api.R", "r", "status <- 404", 10, 404, "trees, 100", 7],
  ["lobby.jl", "julia", "Response(429", 9, 429, "MAX_PLAYERS = 256", 14],
  ["Routes.kt", "kotlin", "HttpStatusCode.NotFound", 16, 404, "pageSize = 200", 11],
  ["ArticleRoutes.scala", "scala", "StatusCode.NotFound", 12, 404, "maxTitle = 300", 11],
  ["recipe_controller.ex", "elixir", "put_status(:not_found)", 12, 404, "@page_size 200", 11],
  ["requests.http", "http", "HTTP/1.1 201", 9, 201, "limit=100", 6],
];

async function card(file: string, needle: string, offset: number): Promise<string> {
  const doc = await openFixture(`languages/${file}`);
  const texts = await hoverTexts(doc, positionOf(doc, needle, offset));
  return texts.filter((t) => /Look up…|查询…/.test(t)).join('\n');
}

describe('languages: a file of each newly enabled language', function () {
  this.timeout(30_000);

  const files = [...new Map(CASES.map((c) => [c[0], c[1]])).entries()];
  for (const [file, language] of files) {
    it(`opens ${file} as ${language}`, async () => {
      const doc = await openFixture(`languages/${file}`);
      assert.strictEqual(doc.languageId, language);
    });
  }

  for (const [file, , needle, offset, code, other, otherOffset] of CASES) {
    it(`${file}: the card of ${code} on ${JSON.stringify(needle)}, none on ${JSON.stringify(other)}`, async () => {
      assert.match(await card(file, needle, offset), new RegExp(`\\*\\*${code} `));
      assert.strictEqual(await card(file, other, otherOffset), '');
    });
  }
});
