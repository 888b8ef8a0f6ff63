/**
 * The file speaks HTTP: it imports a web framework or an HTTP client, or its lines around the value talk
 * of requests, responses and statuses. Read once per document version from a bounded head of the file.
 */
import type { TextSource } from '../types';
import { contextLine } from '../scan';
import type { Candidate, Evidence, Examples, Finding } from './types';

/** Libraries, APIs and file shapes that only HTTP code writes, across ecosystems. */
const HTTP_LIBRARY = new RegExp(
  [
    // JavaScript and TypeScript
    String.raw`\b(?:express|fastify|koa|@hapi|hono|@nestjs\/common|next\/server|axios|node-fetch|undici|superagent|supertest|msw|nock|ky|got|h3|@angular\/common\/http|@sveltejs\/kit|astro)\b`, String.raw`\bfetch\(`, String.raw`XMLHttpRequest`,
    // Python
    String.raw`^\s*(?:from|import)\s+(?:requests|httpx|aiohttp|urllib3|flask|django|rest_framework|fastapi|starlette|tornado|sanic|falcon|bottle|pyramid|responses|werkzeug|litestar|quart|http\.client|http\.server|urllib\.request|http\b)`,
    // Go, JVM, .NET
    String.raw`"net/http"|"net/http/httptest"|gin-gonic|labstack/echo|go-chi|gorilla/mux|gofiber|go-resty|valyala/fasthttp`,
    String.raw`org\.springframework\.(?:http|web)|jakarta\.ws|javax\.ws|\.servlet\.|okhttp3?|retrofit2?|java\.net\.http|HttpURLConnection|RestTemplate|WebClient|MockMvc|RestAssured|io\.restassured|io\.ktor|org\.http4k|akka\.http|pekko\.http|org\.http4s|sttp\.client|play\.api\.mvc|io\.micronaut\.http|io\.vertx|io\.netty\.handler\.codec\.http|io\.quarkus`,
    String.raw`Microsoft\.AspNetCore|System\.Net\.Http|HttpClient|HttpResponseMessage|Refit|RestSharp|Invoke-WebRequest|Invoke-RestMethod`,
    // PHP, Ruby
    String.raw`Illuminate\\|Symfony\\Component\\HttpFoundation|GuzzleHttp|Psr\\Http|Slim\\|Laminas\\|\bcurl_init\b|http_response_code`,
    String.raw`\b(?:Sinatra|ActionController|ActionDispatch|Faraday|HTTParty|Net::HTTP|Rack::|RestClient|Typhoeus|Excon|Grape::API)\b|rails_helper|require ["'](?:sinatra|faraday|httparty|net\/http|rack|roda|excon|http)["']`,
    // Rust, Swift, Dart, Elixir, Erlang
    String.raw`\b(?:reqwest|hyper|axum|actix_web|rocket|warp|poem|salvo|tide|ureq|surf)::|use http::`,
    String.raw`\bimport\s+(?:Vapor|Hummingbird|Alamofire|FoundationNetworking)\b|URLSession|HTTPURLResponse`,
    String.raw`package:(?:http|dio|shelf|chopper|retrofit)\/|dart:io`,
    String.raw`\b(?:Phoenix\.|Plug\.|Tesla|HTTPoison|Finch|Req\.|:cowboy|cowboy_req|:httpc|httpc:)`,
    // Clojure, Haskell, OCaml, C, C++
    String.raw`ring\.|compojure|clj-http|reitit|pedestal|Network\.HTTP|Network\.Wai|Servant|Web\.Scotty|Yesod|Cohttp|Dream\.|open Dream|curl/curl\.h|CURLOPT_|CURLINFO_RESPONSE_CODE|httplib\.h|httplib::|drogon|crow\.h|crow::|boost/beast|Poco/Net|cpprest|pistache|microhttpd`,
    // Perl, Lua, Julia, R
    String.raw`\b(?:LWP::|HTTP::(?:Tiny|Status|Request|Response)|Mojo(?:licious|::)|Dancer2?|Plack|Catalyst)\b|\bngx\.|resty\.|kong\.response|lapis|socket\.http|\busing\s+HTTP\b|HTTP\.(?:request|get|post|serve|Response)|\bGenie\b|\bOxygen\b|library\((?:httr2?|plumber|curl)\)|#\*\s*@(?:get|post|put|delete|serializer)`,
    // shell and configuration
    String.raw`\bcurl\s|\bwget\s|\bhttpie\b|%\{http_code\}|\bhealthcheck\b|HEALTHCHECK|\bproxy_pass\b|\bupstream\b|\bRewriteRule\b|\bErrorDocument\b|aws_lb|aws_alb|aws_api_gateway|health_check|ingress`,
  ].join('|'),
  'm',
);

/** Words of HTTP code, counted in the lines around the value. */
const HTTP_WORDS = /\b(?:status(?:Code|_code)?|response|request|http|https|headers?|endpoint|api|route|router|handler|GET|POST|PUT|PATCH|DELETE|url|uri|json|redirect|abort|middleware|webhook|client|server|gateway|proxy)\b/gi;

const HEAD_LINES = 150;
const facts = new WeakMap<TextSource, { version: number | undefined; importsHttp: boolean }>();

/** Whether the head of the file imports or uses an HTTP library; per document version. */
export function importsHttp(doc: TextSource): boolean {
  const cached = facts.get(doc);
  if (cached && cached.version === doc.version && doc.version !== undefined) return cached.importsHttp;
  let found = /^(?:http|nginx|apacheconf)$/.test(doc.languageId);
  for (let l = 0; !found && l < Math.min(doc.lineCount, HEAD_LINES); l++) found = HTTP_LIBRARY.test(contextLine(doc, l));
  facts.set(doc, { version: doc.version, importsHttp: found });
  return found;
}

/** How many different HTTP words the lines around the value hold (bounded window). */
export function httpWordsAround(c: Candidate): number {
  const memo = c.memo.httpWords as number | undefined;
  if (memo !== undefined) return memo;
  const seen = new Set<string>();
  for (let l = c.line - 12; l <= c.line + 6; l++) {
    const t = contextLine(c.doc, l);
    for (const m of t.matchAll(HTTP_WORDS)) seen.add(m[0].toLowerCase());
    if (seen.size >= 4) break;
  }
  c.memo.httpWords = seen.size;
  return seen.size;
}

export const httpImport: Evidence = {
  id: 'http-import',
  direction: 'for',
  view: 'any',
  summary: 'the file imports a web framework or HTTP client (or is an HTTP, nginx or Apache file)',
  test: (c): Finding | undefined => (importsHttp(c.doc) ? {} : undefined),
};

export const httpWords: Evidence = {
  id: 'http-words',
  direction: 'for',
  view: 'any',
  summary: 'the lines around the value talk of requests, responses, statuses, routes and headers',
  test: (c): Finding | undefined => {
    const n = httpWordsAround(c);
    return n >= 2 ? { strength: Math.min(1, (n - 1) / 3) } : undefined;
  },
};

/** Tokens each rule must fire on and, as many, look-alikes it must stay silent on (test/unit/evidence.test.ts). */
export const examples: Examples = {
  'http-import': {
    fires: [
      { lang: 'javascript', text: "const express = require('express');\nconst LIMIT = ⟦404⟧;" },
      { lang: 'python', text: 'import requests\n\nx = ⟦200⟧' },
      { lang: 'go', text: 'import (\n\t"net/http"\n)\nvar n = ⟦500⟧' },
      { lang: 'nginx', text: 'listen ⟦443⟧;' },
    ],
    silent: [
      { lang: 'javascript', text: "const fs = require('fs');\nconst LIMIT = ⟦404⟧;" },
      { lang: 'python', text: 'import numpy as np\n\nx = ⟦200⟧' },
      { lang: 'go', text: 'import (\n\t"image/png"\n)\nvar n = ⟦500⟧' },
      { lang: 'css', text: '.a { z-index: ⟦404⟧; }' },
    ],
  },
  'http-words': {
    fires: [
      { lang: 'javascript', text: 'router.get("/x", handler);\nconst response = await fetch(url);\nconst n = ⟦404⟧;' },
      { lang: 'python', text: '# the endpoint returns json\nheaders = {}\nx = ⟦200⟧' },
      { lang: 'go', text: 'func handler(w http.ResponseWriter, r *http.Request) {\n\tn := ⟦500⟧' },
      { lang: 'yaml', text: 'route: /api\nproxy: gateway\nvalue: ⟦502⟧' },
    ],
    silent: [
      { lang: 'javascript', text: 'const canvas = document.createElement("canvas");\ncanvas.width = ⟦400⟧;' },
      { lang: 'python', text: 'import numpy as np\nx = np.zeros(⟦200⟧)' },
      { lang: 'go', text: 'img := image.NewRGBA(image.Rect(0, 0, ⟦320⟧, 240))' },
      { lang: 'yaml', text: 'resources:\n  replicas: ⟦300⟧' },
    ],
  },
};
