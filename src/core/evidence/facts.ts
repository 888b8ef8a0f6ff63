/**
 * Facts about whole lines and about the head of a document, each computed once per document and version
 * and kept on the document object itself (a WeakMap), so that the neighbouring lines every question looks
 * at are tested once, however many tokens are hovered. A document without a version is taken as unchanging.
 */
import type { TextSource } from '../types';
import { contextLine, factsOwner } from '../scan';
import { HTTP_WORDS, MAIL_OR_FTP, OTHER_PROTOCOL } from './vocabulary';

/** One bit per kind of line. */
export const LINE = {
  /** Words of HTTP code: status, response, request, http, fetch, curl, api, endpoint. */
  http: 1,
  /** SMTP, FTP, IMAP, POP3, LDAP and mail libraries. */
  mail: 2,
  /** Other protocols and process exit statuses. */
  otherProtocol: 4,
  /** curl, wget, httpie: a shell test on a variable there tests an HTTP status. */
  curl: 8,
  /** The longer list of HTTP words (routes, headers, handlers, methods) that the http-words evidence counts. */
  httpTalk: 16,
} as const;

/** Libraries and mail agents named in code: wider than MAIL_OR_FTP, which is for prose. */
export const MAIL = /\b(?:smtp|Smtp|SMTP|ftp|Ftp|FTP|sftp|imap|IMAP|pop3|POP3|ldap|LDAP|nodemailer|SmtpStatusCode|SmtpClient|SmtpException|smtplib|sendmail|Net::SMTP|Net::FTP|JavaMail|MimeMessage|mailer|Mailer|transporter|MTA)\b/;
const CURL = /\bcurl\b|http_code|wget\b|httpie|\bhttp\s|Invoke-WebRequest|Invoke-RestMethod|\bhttp\.request/;
const HTTP_TALK = /\b(?:status(?:Code|_code)?|response|request|https?|headers?|endpoint|api|route|router|handler|GET|POST|PUT|PATCH|DELETE|url|uri|json|redirect|abort|middleware|webhook|client|server|gateway|proxy)\b/i;

/** Libraries, APIs and file shapes that only HTTP code writes, across ecosystems. */
export const HTTP_LIBRARY = new RegExp(
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

/** A test framework at the head of a file. */
export const TEST_FILE = /\b(?:describe|it|test)\s*\(|\bfunc\s+Test\w*\s*\(|^\s*def\s+test_|^\s*(?:async\s+)?def\s+test|@Test\b|@ParameterizedTest|\[Fact\]|\[Theory\]|\[Test\]|\[TestMethod\]|XCTestCase|ExUnit\.Case|RSpec\.|require ["'](?:rails_helper|spec_helper|test_helper|minitest)|extends\s+(?:TestCase|Specification|FunSuite|AnyFunSpec|WordSpec|FlatSpec)|import\s+(?:pytest|unittest)|from\s+(?:pytest|unittest)|#\[test\]|#\[tokio::test\]|\bpm\.test\(|testApplication\s*\{|@SpringBootTest|@WebMvcTest|use\s+Test::More/m;

/** Head facts: one bit each. */
export const HEAD = { httpLibrary: 1, testFile: 2, mail: 4, otherProtocol: 8 } as const;

interface DocFacts {
  version: number | undefined;
  lines: Map<number, number>;
  head?: number;
}

const cache = new WeakMap<TextSource, DocFacts>();

function factsOf(doc: TextSource): DocFacts {
  doc = factsOwner(doc);
  let f = cache.get(doc);
  if (!f || f.version !== doc.version) {
    f = { version: doc.version, lines: new Map() };
    cache.set(doc, f);
  }
  return f;
}

/** The kinds of a line, as LINE bits (0 outside the document). */
export function lineFlags(doc: TextSource, line: number): number {
  if (!Number.isInteger(line) || line < 0 || line >= doc.lineCount) return 0;
  const f = factsOf(doc);
  let flags = f.lines.get(line);
  if (flags === undefined) {
    const t = contextLine(doc, line);
    flags = 0;
    if (t.length > 0) {
      if (HTTP_WORDS.test(t)) flags |= LINE.http;
      if (MAIL.test(t) || MAIL_OR_FTP.test(t)) flags |= LINE.mail;
      if (OTHER_PROTOCOL.test(t)) flags |= LINE.otherProtocol;
      if (CURL.test(t)) flags |= LINE.curl;
      if (HTTP_TALK.test(t)) flags |= LINE.httpTalk;
    }
    // A bounded memory: a long session of hovers in a huge file keeps at most this many lines.
    if (f.lines.size > 4096) f.lines.clear();
    f.lines.set(line, flags);
  }
  return flags;
}

/** How many lines in [from, to], `skip` aside, have the kind `flag`. */
export function linesWith(doc: TextSource, from: number, to: number, skip: number, flag: number): number {
  let n = 0;
  for (let l = Math.max(0, from); l <= to && l < doc.lineCount; l++) if (l !== skip && lineFlags(doc, l) & flag) n++;
  return n;
}

/** Whether any line in [from, to], `skip` aside, has the kind `flag`. */
export function anyLineWith(doc: TextSource, from: number, to: number, skip: number, flag: number): boolean {
  for (let l = Math.max(0, from); l <= to && l < doc.lineCount; l++) if (l !== skip && lineFlags(doc, l) & flag) return true;
  return false;
}

/** Lines of the head of a file read for imports, test frameworks and other protocols. */
const HEAD_LINES = 150;

/** Facts about the head of the document, as HEAD bits. */
export function headFlags(doc: TextSource): number {
  doc = factsOwner(doc);
  const f = factsOf(doc);
  if (f.head === undefined) {
    let flags = /^(?:http|nginx|apacheconf)$/.test(doc.languageId) ? HEAD.httpLibrary : 0;
    const end = Math.min(doc.lineCount, HEAD_LINES);
    for (let l = 0; l < end; l++) {
      const t = contextLine(doc, l);
      if (!t) continue;
      if (!(flags & HEAD.httpLibrary) && HTTP_LIBRARY.test(t)) flags |= HEAD.httpLibrary;
      if (l < 80 && !(flags & HEAD.testFile) && TEST_FILE.test(t)) flags |= HEAD.testFile;
      if (l < 30 && !(flags & HEAD.mail) && MAIL.test(t)) flags |= HEAD.mail;
      if (l < 20 && !(flags & HEAD.otherProtocol) && OTHER_PROTOCOL.test(t)) flags |= HEAD.otherProtocol;
    }
    f.head = flags;
  }
  return f.head;
}
