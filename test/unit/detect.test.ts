import * as assert from 'node:assert/strict';
import { statusAt } from '../../src/core/index';
import { detectStatus } from '../../src/core/detect';
import { docOf, parseLabels } from '../support/labels';

/**
 * Table-driven detection: one snippet per idiom, labelled like the corpus (⟦404⟧ a status, ⟦404|Name⟧ a
 * constant, ⟪x⟫ not a status, every other integer 100-599 not a status).
 */
const CASES: Record<string, Array<[string, string]>> = {
  'JavaScript (Express, Koa, Fastify, fetch, Jest)': [
    ['javascript', 'res.status(⟦404⟧).json({ error: "missing" });\napp.listen(443);\nsetTimeout(retry, 500);'],
    ['javascript', 'ctx.status = ⟦204⟧;\nctx.throw(⟦403⟧, "nope");\nreply.code(⟦409⟧).send();\nconst items = new Array(200);'],
    ['javascript', 'if (response.status === ⟦404⟧) return null;\nif (res.status >= ⟦500⟧) retry();\nconst port = 443;'],
    ['javascript', 'expect(res.status).toBe(⟦404⟧);\nexpect(body.items.length).toBe(200);\nawait request(app).get("/x")\n  .expect(⟦201⟧);'],
    ['javascript', 'switch (res.status) {\n  case ⟦503⟧:\n    return retry();\n  case ⟦429⟧:\n    return wait();\n}'],
    ['javascript', 'const { StatusCodes } = require("http-status-codes");\nres.status(⟦404|StatusCodes.NOT_FOUND⟧);'],
  ],
  'TypeScript (NestJS, Angular)': [
    ['typescript', '@HttpCode(⟦204⟧)\nthrow new HttpException("Forbidden", ⟦403|HttpStatus.FORBIDDEN⟧);\nconst pageSize = 100;'],
    ['typescript', 'if (err.status === ⟦401|HttpStatusCode.Unauthorized⟧) { logout(); }\nreturn { statusCode: ⟦500⟧, body };'],
  ],
  'Python (Flask, Django, DRF, FastAPI, requests)': [
    ['python', 'from http import HTTPStatus\nabort(⟦404⟧)\nreturn jsonify(user), ⟦201⟧\nreturn ⟦404|HTTPStatus.NOT_FOUND⟧\ntime.sleep(300)'],
    ['python', 'return Response(serializer.data, status=⟦201|status.HTTP_201_CREATED⟧)\nraise HTTPException(status_code=⟦422⟧, detail="bad")\nfor i in range(100):\n    pass'],
    ['python', 'assert response.status_code == ⟦200⟧\nif r.status_code in (⟦200⟧, ⟦201⟧):\n    ok()\nif order.status == 200:\n    ship()'],
    ['python', 'def get_user(id):\n    """Return the user; raises ⟦404⟧ when it is missing."""\n    page_size = 100'],
  ],
  'Go (net/http, gin)': [
    ['go', 'w.WriteHeader(⟦500⟧)\nhttp.Error(w, "bad method", ⟦405⟧)\nhttp.Redirect(w, r, "/login", ⟦302⟧)\nlog.Printf("listening on :443")'],
    ['go', 'if resp.StatusCode != ⟦200|http.StatusOK⟧ {\n}\nc.JSON(⟦200⟧, gin.H{"ok": true})\ntime.Sleep(200 * time.Millisecond)'],
  ],
  'Java (Spring, Servlet, JAX-RS, JUnit)': [
    ['java', 'return ResponseEntity.status(⟦413|HttpStatus.PAYLOAD_TOO_LARGE⟧).build();\nresp.sendError(⟦401⟧);\nresp.setStatus(⟦403|HttpServletResponse.SC_FORBIDDEN⟧);'],
    ['java', 'assertEquals(⟦404⟧, response.getStatus());\nreturn Response.status(⟦503|Response.Status.SERVICE_UNAVAILABLE⟧).build();\nint timeoutMs = 500;'],
  ],
  'Kotlin (Ktor)': [['kotlin', 'call.respond(⟦404|HttpStatusCode.NotFound⟧)\nassertEquals(⟦201⟧, response.status.value)\nval retries = 3\ndelay(500)']],
  'C# (ASP.NET Core, HttpClient)': [
    ['csharp', 'return StatusCode(⟦429⟧);\nreturn Results.StatusCode(⟦418⟧);\nif (response.StatusCode == ⟦404|HttpStatusCode.NotFound⟧) { }\nreturn Problem(statusCode: ⟦500|StatusCodes.Status500InternalServerError⟧);'],
  ],
  'PHP (Laravel, Symfony)': [
    ['php', 'http_response_code(⟦404⟧);\nreturn response()->json($errors, ⟦422⟧);\nabort(⟦403⟧);\n$r->setStatusCode(⟦404|Response::HTTP_NOT_FOUND⟧);\n$limit = 100;'],
  ],
  'Ruby (Rails, Sinatra, RSpec)': [
    ['ruby', 'render json: user.errors, status: ⟦422|:unprocessable_entity⟧\nhead ⟦204|:no_content⟧\nhalt ⟦404⟧\nassert_response ⟦201|:created⟧\nsleep 200'],
    ['ruby', 'expect(response).to have_http_status(⟦404|:not_found⟧)\n[⟦200⟧, { "content-type" => "text/plain" }, ["ok"]]\nusers.first(100)'],
  ],
  'Rust (axum, actix, http)': [['rust', 'StatusCode::from_u16(⟦404⟧)\n(⟦404|StatusCode::NOT_FOUND⟧, "missing")\nassert_eq!(resp.status(), ⟦200⟧);\nlet buf = [0u8; 512];']],
  'Elixir (Phoenix, Plug)': [['elixir', 'conn |> put_status(⟦404|:not_found⟧) |> json(%{})\nsend_resp(conn, ⟦200⟧, "ok")\n{⟪:ok⟫, user} = Repo.insert(changeset)\nassert json_response(conn, ⟦201⟧)']],
  'Dart (shelf, dart:io)': [['dart', 'return Response(⟦404⟧);\nif (response.statusCode == ⟦200|HttpStatus.ok⟧) {}\nfinal width = 300;']],
  'Swift (Vapor, URLSession)': [['swift', 'throw Abort(⟦404|.notFound⟧)\nif httpResponse.statusCode == ⟦401⟧ { }\nlet size = CGSize(width: 200, height: 300)']],
  'Scala (Play, Akka HTTP)': [['scala', 'complete(⟦404|StatusCodes.NotFound⟧)\nStatus(⟦404⟧)\nval maxItems = 500']],
  'OpenAPI YAML and JSON': [
    ['yaml', "paths:\n  /users:\n    get:\n      responses:\n        '⟦200⟧':\n          description: ok\n        '⟦404⟧':\n          description: missing\n      parameters:\n        - name: limit\n          schema:\n            maximum: 100"],
    ['json', '{\n  "responses": {\n    "⟦201⟧": { "description": "created" }\n  },\n  "maxItems": 200\n}'],
    ['json', '{ "error": { "code": ⟦404⟧, "message": "no such user" } }'],
  ],
  'REST client .http and nginx': [
    ['http', 'GET https://api.example.com:443/users/200\n\nHTTP/1.1 ⟦301⟧ Moved Permanently\nLocation: /users/201'],
    ['nginx', 'listen 443 ssl;\nreturn ⟦301⟧ https://$host$request_uri;\nerror_page ⟦404⟧ /404.html;\nclient_max_body_size 100m;'],
  ],
  'Not statuses: CSS, SQL, versions, IPs, other protocols': [
    ['css', '.card { width: 404px; font-weight: 500; color: rgb(100, 150, 200); z-index: 100; }'],
    ['sql', 'SELECT * FROM users WHERE id = 404 LIMIT 100;'],
    ['javascript', 'const version = "1.200.3";\nconst host = "192.168.100.200";\nprocess.exit(130);\nconst last = items[200];'],
    ['python', 'import smtplib\nif code == 550:\n    pass\n# returns 200 items per page'],
  ],
  'Numbers that fool a naive lookup, in files that speak HTTP': [
    ['javascript', "const express = require('express');\nconst app = express();\napp.listen(443);\nconst RETRY_DELAY_MS = 500;\nres.status(⟦503⟧).set('Retry-After', '120');\nconst PAGE_LIMIT = 200;"],
    ['python', 'import requests\nr = requests.get(url, timeout=300)\nif r.status_code == ⟦429⟧:\n    time.sleep(120)\nfor attempt in range(100):\n    pass'],
    ['go', 'import "net/http"\nclient := &http.Client{Timeout: 500 * time.Millisecond}\nif resp.StatusCode != ⟦200⟧ {\n\treturn fmt.Errorf("got %d", resp.StatusCode)\n}\nbuf := make([]byte, 512)'],
    ['typescript', "const res = await fetch('/api/items?limit=250');\nif (!res.ok && res.status !== ⟦404⟧) throw new Error('failed');\nel.style.width = '300px';\nconst color = '#404040';\nconst MAX_RETRIES = 3;"],
    ['yaml', 'livenessProbe:\n  httpGet:\n    path: /healthz\n    port: 8080\n  initialDelaySeconds: 120\n  timeoutSeconds: 300\nresources:\n  limits:\n    memory: 512Mi'],
    ['java', '@GetMapping("/users")\npublic ResponseEntity<List<User>> list(@RequestParam(defaultValue = "100") int size) {\n  if (size > 500) return ResponseEntity.status(⟦400⟧).build();\n  return ResponseEntity.ok(repo.findAll(PageRequest.of(0, 200)));\n}'],
  ],
  'Prose in comments and Markdown': [
    ['javascript', '// returns ⟦404⟧ when the user is missing\n// took 500 ms on average\n/** Responds with ⟦201⟧ Created. */'],
    ['markdown', 'The API answers ⟦429⟧ when you go over quota, and a ⟦503⟧ during deploys.\nUploads are capped at 500 MB.'],
  ],
};

describe('statusAt: table-driven detection', () => {
  for (const [group, cases] of Object.entries(CASES)) {
    describe(group, () => {
      cases.forEach(([lang, src], i) => {
        const { text, lines, positives, negatives } = parseLabels(src);
        const doc = docOf(text, lang);
        it(`case ${i + 1}: ${positives.length} statuses found, ${negatives.length} other numbers left alone`, () => {
          for (const p of positives) {
            for (const character of [p.start, p.end - 1]) {
              const hit = statusAt(doc, { line: p.line, character });
              assert.equal(hit?.code, p.code, `${lines[p.line]} @${character} [${p.text}]`);
              assert.deepEqual([hit!.start, hit!.end], [p.start, p.end], `range of ${p.text}`);
            }
          }
          for (const n of negatives) {
            assert.equal(statusAt(doc, { line: n.line, character: n.start + 1 }), undefined, `${lines[n.line]} [${n.text}] is not a status`);
          }
        });
      });
    });
  }

  it('names the class on a class check', () => {
    const doc = docOf('if (res.status >= 500) retry();\nif (400 <= code && code < 500) {}', 'javascript');
    assert.equal(statusAt(doc, { line: 0, character: 19 })?.code, 500);
    // The class is the hover's business: the headless answer keeps the contract's four fields.
    assert.equal(detectStatus(doc, { line: 0, character: 19 })?.classOf, 5);
    assert.deepEqual(Object.keys(statusAt(doc, { line: 0, character: 19 })!).sort(), ['code', 'end', 'line', 'start']);
  });

  it('never throws on odd positions and documents', () => {
    const doc = docOf('res.status(404)', 'javascript');
    for (const p of [{ line: -1, character: 0 }, { line: 0, character: -5 }, { line: 0, character: 999 }, { line: 5, character: 0 }, { line: 0.5, character: 1 }]) {
      assert.equal(statusAt(doc, p), undefined);
    }
    assert.equal(statusAt({ languageId: 'x', lineCount: 1, lineAt: () => { throw new Error('boom'); } }, { line: 0, character: 0 }), undefined);
    assert.equal(statusAt(null as never, { line: 0, character: 0 }), undefined);
  });

  it('finds a status in the middle of a 1 MB minified line', () => {
    const line = 'x=1;'.repeat(250_000) + 'res.status(404);' + 'y=2;'.repeat(10_000);
    const at = line.indexOf('404');
    assert.equal(statusAt(docOf(line, 'javascript'), { line: 0, character: at + 1 })?.code, 404);
  });
});

describe('statusAt: constants written through an import alias', () => {
  const CASES: Array<[string, string, number | undefined]> = [
    ['php', '<?php\nuse Fig\\Http\\Message\\StatusCodeInterface as Status;\nreturn $r->withStatus(⟦Status::STATUS_NOT_FOUND⟧);', 404],
    ['typescript', 'import { StatusCodes as SC } from "http-status-codes";\nres.status(⟦SC.NOT_FOUND⟧);', 404],
    ['python', 'from http import HTTPStatus as S\nreturn ⟦S.NOT_FOUND⟧', 404],
    ['go', 'import (\n\tnethttp "net/http"\n)\nw.WriteHeader(⟦nethttp.StatusNotFound⟧)', 404],
    ['scala', 'import akka.http.scaladsl.model.{StatusCodes => SC}\ncomplete(⟦SC.NotFound⟧)', 404],
    ['csharp', 'using Code = System.Net.HttpStatusCode;\nreturn StatusCode((int)⟦Code.NotFound⟧);', 404],
    ['kotlin', 'import io.ktor.http.HttpStatusCode as Code\ncall.respond(⟦Code.NotFound⟧)', 404],
    // A plain name imported from another library under an alias is that library's.
    ['typescript', 'import { status as GrpcStatus } from "@grpc/grpc-js";\nconst m = { [⟦GrpcStatus.NOT_FOUND⟧]: 404 };', undefined],
    ['python', 'from grpc import StatusCode as S\nif e.code() == ⟦S.NOT_FOUND⟧: pass', undefined],
  ];
  for (const [lang, marked, code] of CASES) {
    it(`${lang}: ${marked.split('\n').pop()} -> ${code ?? 'silent'}`, () => {
      const at = marked.indexOf('⟦');
      const text = marked.replace(/[⟦⟧]/g, '');
      const line = text.slice(0, at).split('\n').length - 1;
      const character = at - (text.slice(0, at).lastIndexOf('\n') + 1) + 2;
      assert.equal(statusAt(docOf(text, lang), { line, character })?.code, code);
    });
  }
});
