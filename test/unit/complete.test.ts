import * as assert from 'node:assert/strict';
import { completionsAt, statusAt } from '../../src/core/index';
import { familyMembers, insertTextAt, COMMON_CODES } from '../../src/core/complete';
import { families } from '../../src/core/constants';
import { docOf } from '../support/labels';

/** `¦` marks the cursor. Returns the list, or undefined where no status goes. */
function complete(src: string, lang: string, insert?: 'auto' | 'number' | 'constant') {
  const lines = src.split('\n');
  const line = lines.findIndex((l) => l.includes('¦'));
  const character = lines[line].indexOf('¦');
  lines[line] = lines[line].replace('¦', '');
  return completionsAt(docOf(lines.join('\n'), lang), { line, character }, { insert }) as
    | Array<{ code: number; insertText: string; start: number; end: number }>
    | undefined;
}

const insertOf = (src: string, lang: string, code = 404, insert?: 'auto' | 'number' | 'constant') =>
  complete(src, lang, insert)?.find((s) => s.code === code)?.insertText;

/** [ecosystem, language, source with cursor, what 404 inserts] */
const SLOTS: Array<[string, string, string, string]> = [
  ['Express', 'javascript', 'res.status(¦', '404'],
  ['http-status-codes', 'typescript', "import { StatusCodes } from 'http-status-codes';\nres.status(¦", 'StatusCodes.NOT_FOUND'],
  ['NestJS', 'typescript', "import { HttpStatus } from '@nestjs/common';\nthrow new HttpException('x', ¦", 'HttpStatus.NOT_FOUND'],
  ['Python http', 'python', 'from http import HTTPStatus\nabort(¦', 'HTTPStatus.NOT_FOUND'],
  ['Django REST framework', 'python', 'from rest_framework import status\nreturn Response(data, status=¦', 'status.HTTP_404_NOT_FOUND'],
  ['FastAPI', 'python', 'from fastapi import FastAPI, status\nraise HTTPException(status_code=¦', 'status.HTTP_404_NOT_FOUND'],
  ['Go net/http', 'go', 'import "net/http"\nw.WriteHeader(¦', 'http.StatusNotFound'],
  ['Spring', 'java', 'import org.springframework.http.HttpStatus;\nreturn ResponseEntity.status(¦', 'HttpStatus.NOT_FOUND'],
  ['Servlet', 'java', 'import jakarta.servlet.http.HttpServletResponse;\nresp.sendError(¦', 'HttpServletResponse.SC_NOT_FOUND'],
  ['ASP.NET Core', 'csharp', 'using Microsoft.AspNetCore.Http;\nreturn StatusCode(¦', 'StatusCodes.Status404NotFound'],
  ['System.Net', 'csharp', 'using System.Net;\nif (response.StatusCode == ¦', 'HttpStatusCode.NotFound'],
  ['Symfony', 'php', "use Symfony\\Component\\HttpFoundation\\Response;\n$response->setStatusCode(¦", 'Response::HTTP_NOT_FOUND'],
  ['Rails', 'ruby', 'render json: user, status: ¦', ':not_found'],
  ['Rails with numbers', 'ruby', 'render json: a, status: 422\nhead ¦', '404'],
  ['Rust http', 'rust', 'use axum::http::StatusCode;\nResponse::builder().status(¦', 'StatusCode::NOT_FOUND'],
  ['Ktor', 'kotlin', 'import io.ktor.http.HttpStatusCode\ncall.respond(HttpStatusCode.fromValue(¦', '404'],
  ['Plug', 'elixir', 'conn |> put_status(¦', ':not_found'],
  ['Vapor', 'swift', 'import Vapor\nthrow Abort(¦', '.notFound'],
  ['OpenAPI', 'yaml', "paths:\n  /a:\n    get:\n      responses:\n        '¦", '404'],
  ['nginx', 'nginx', 'location / {\n    return ¦', '404'],
  ['REST client', 'http', 'GET /x\n\nHTTP/1.1 ¦', '404'],
  ['requests, imported only', 'python', 'import requests\nr = requests.get(url)\nif r.status_code == ¦', '404'],
  ['requests.codes, used', 'python', 'import requests\nif r.status_code == requests.codes.ok:\n    pass\nif r.status_code == ¦', 'requests.codes.not_found'],
  ['aiohttp', 'python', 'from aiohttp import web\nreturn web.json_response(data, status=¦', '404'],
  ['Fiber', 'go', 'import "github.com/gofiber/fiber/v2"\nreturn c.Status(¦', 'fiber.StatusNotFound'],
  ['Micronaut', 'java', 'import io.micronaut.http.HttpStatus;\nreturn HttpResponse.status(¦', 'HttpStatus.NOT_FOUND'],
  ['JAX-RS', 'java', 'import jakarta.ws.rs.core.Response;\nreturn Response.status(¦', 'Response.Status.NOT_FOUND'],
  ['HttpURLConnection', 'java', 'import java.net.HttpURLConnection;\nif (conn.getResponseCode() == ¦', 'HttpURLConnection.HTTP_NOT_FOUND'],
  ['HttpClient message', 'csharp', 'using System.Net;\nvar m = new HttpResponseMessage(¦', 'HttpStatusCode.NotFound'],
  ['Laravel', 'php', "use Illuminate\\Http\\Response;\nreturn response()->json($x, ¦", 'Response::HTTP_NOT_FOUND'],
  ['NestJS throw', 'typescript', "import { HttpStatus } from '@nestjs/common';\n@HttpCode(¦", 'HttpStatus.NOT_FOUND'],
  ['Angular', 'typescript', "import { HttpStatusCode } from '@angular/common/http';\nif (err.status === ¦", 'HttpStatusCode.NotFound'],
  ['Ktor respond', 'kotlin', 'import io.ktor.http.HttpStatusCode\ncall.respond(¦', 'HttpStatusCode.NotFound'],
  ['Ktor status', 'kotlin', 'import io.ktor.http.*\ncall.respond(HttpStatusCode.OK)\ncall.response.status(¦', 'HttpStatusCode.NotFound'],
  ['Dart', 'dart', "import 'dart:io';\nrequest.response.statusCode = ¦", 'HttpStatus.notFound'],
  ['Akka HTTP', 'scala', 'import akka.http.scaladsl.model.StatusCodes\ncomplete(¦', 'StatusCodes.NotFound'],
  ['http4s', 'scala', 'import org.http4s.Status\nif (resp.status == ¦', 'Status.NotFound'],
  ['Phoenix, symbols', 'elixir', 'use MyAppWeb, :controller\nconn |> put_status(¦', ':not_found'],
  ['Vapor, annotated', 'swift', 'import Vapor\nlet s: HTTPStatus = ¦', '.notFound'],
  ['Rust match arm', 'rust', 'match resp.status().as_u16() {\n    200 => Ok(()),\n    ¦', '404'],
  ['Kotlin when arm', 'kotlin', 'when (response.code) {\n    200 -> ok()\n    ¦', '404'],
  ['Python match', 'python', 'match response.status_code:\n    case ¦', '404'],
  ['Ruby case', 'ruby', 'case response.code.to_i\nwhen ¦', '404'],
  ['shell test, quoted', 'shellscript', 'code=$(curl -s -o /dev/null -w "%{http_code}" "$url")\nif [ "$code" = "¦" ]; then', '404'],
  ['ingress annotation, quoted', 'yaml', 'metadata:\n  annotations:\n    nginx.ingress.kubernetes.io/permanent-redirect-code: "¦"', '404'],
  ['shell case', 'shellscript', 'code=$(curl -s -o /dev/null -w "%{http_code}" "$u")\ncase "$code" in\n  ¦|204) echo ok ;;', '404'],
  ['Kotlin range arm, upper bound', 'kotlin', 'when (response.code) {\n    in 400..¦', '404'],
  ['Swift closed range, upper bound', 'swift', 'switch httpResponse.statusCode {\ncase 400...¦', '404'],
  ['C switch, second label on a line', 'c', 'switch (res->status) {\n    case 200: case ¦', '404'],
  ['TOML list of quoted statuses', 'toml', 'accepted_status = ["200", "¦"]', '404'],
  ['Ruby case on a string code', 'ruby', 'case response.code\nwhen "¦"', '404'],
];

/** Places where no completion list may appear. */
const NO_SLOT: Array<[string, string]> = [
  ['javascript', 'return ¦'],
  ['javascript', 'app.listen(¦'],
  ['javascript', 'setTimeout(fn, ¦'],
  ['javascript', '// res.status(¦'],
  ['javascript', 'const s = "res.status(¦'],
  ['css', '.a { width: ¦'],
  ['python', 'time.sleep(¦'],
  ['python', 'return ¦'],
  ['python', 'x = foo(¦'],
  ['go', 'time.Sleep(¦'],
  ['java', 'Thread.sleep(¦'],
  ['ruby', 'sleep ¦'],
  ['yaml', 'server:\n  port: ¦'],
  ['json', '{ "maxItems": ¦'],
  ['sql', 'SELECT * FROM t LIMIT ¦'],
  ['rust', 'let v = vec![0; ¦'],
  ['python', 'log.warning("x %s", r.status_code, r.text[:¦'],
  ['javascript', 'const PORT = ¦'],
  ['javascript', 'items.slice(0, ¦'],
  ['typescript', 'const retries = ¦'],
  ['go', 'srv := &http.Server{Addr: ":8080", ReadTimeout: ¦'],
  ['php', '$perPage = ¦'],
  ['kotlin', 'delay(¦'],
  ['csharp', 'await Task.Delay(¦'],
  ['markdown', 'The API answers ¦'],
  ['python', '# abort(¦'],
  ['rust', 'match width {\n    320 => Size::Small,\n    ¦'],
  ['typescript', "import Fastify from 'fastify';\nreply.header('Retry-After', '¦');"],
  ['ruby', 'response.set_header("Retry-After", "¦")'],
  ['javascript', "const express = require('express');\nconst label = '¦';"],
  ['python', 'match batch_size:\n    case ¦'],
  ['ruby', 'case order.state_code\nwhen ¦'],
  ['shellscript', 'rc=$?\ncase "$rc" in\n  ¦) echo failed ;;'],
];

describe('completionsAt: where a status goes, in the file\'s own idiom', () => {
  for (const [name, lang, src, want] of SLOTS) {
    it(`${name}: offers codes and inserts ${want}`, () => {
      const list = complete(src, lang);
      assert.ok(list, 'a list is offered');
      assert.equal(list.find((s) => s.code === 404)?.insertText, want);
    });
  }
  for (const [lang, src] of NO_SLOT) {
    it(`no list in ${lang}: ${JSON.stringify(src.split('\n').pop())}`, () => assert.equal(complete(src, lang), undefined));
  }
  it('orders the common codes first, then the rest by code', () => {
    const list = complete('res.status(¦', 'javascript')!;
    assert.deepEqual(list.slice(0, COMMON_CODES.length).map((s) => s.code), COMMON_CODES);
    const rest = list.slice(COMMON_CODES.length).map((s) => s.code);
    assert.deepEqual(rest, [...rest].sort((a, b) => a - b));
  });
  it('hides unofficial codes on request', () => {
    const lines = ['res.status('];
    const all = completionsAt(docOf(lines[0], 'javascript'), { line: 0, character: 11 })!;
    const official = completionsAt(docOf(lines[0], 'javascript'), { line: 0, character: 11 }, { unofficial: false })!;
    assert.ok(all.some((s) => s.code === 499));
    assert.ok(!official.some((s) => s.code === 499));
  });
  it('replaces exactly the typed digits', () => {
    const s = complete('res.status(40¦)', 'javascript')!.find((x) => x.code === 404)!;
    assert.deepEqual([s.start, s.end], [11, 13]);
  });
  it('honours statusLens.completion.insert', () => {
    assert.equal(insertOf('from http import HTTPStatus\nabort(¦', 'python', 404, 'number'), '404');
    assert.equal(insertOf('abort(¦', 'python', 404, 'constant'), 'HTTPStatus.NOT_FOUND');
    assert.equal(insertOf('abort(¦', 'python', 404, 'auto'), '404');
  });
  it('falls back to the number when the family lacks the code', () => {
    assert.equal(insertOf('import "net/http"\nw.WriteHeader(¦', 'go', 499), '499');
  });
  it('never inserts an error factory: a file that throws Boom.notFound() still gets a number in .code(', () => {
    const head = "const Boom = require('@hapi/boom');\nconst a = () => { throw Boom.notFound('x'); };\nconst b = () => { throw Boom.badRequest('y'); };\n";
    assert.equal(insertOf(head + 'h.response(data).code(¦', 'javascript', 404), '404');
    // Asked for a constant outside a slot: the language's usual family, as in a file without Boom.
    const usual = insertTextAt(docOf('x = ', 'javascript'), { line: 0, character: 4 }, 404, 'constant');
    assert.equal(insertTextAt(docOf(head + 'x = ', 'javascript'), { line: 3, character: 4 }, 404, 'constant'), usual);
    assert.doesNotMatch(usual, /Boom/);
  });
  it('insertTextAt writes the file idiom outside a slot, never a bare symbol', () => {
    const doc = docOf('import "net/http"\n\nx := ', 'go');
    assert.equal(insertTextAt(doc, { line: 2, character: 5 }, 404), 'http.StatusNotFound');
    assert.equal(insertTextAt(docOf('x = ', 'ruby'), { line: 0, character: 4 }, 404), '404');
    assert.equal(insertTextAt(docOf('x = ', 'python'), { line: 0, character: 4 }, 404, 'number'), '404');
  });
});

describe('the order of a family\'s members in completion', () => {
  const family = (id: string) => families.find((f) => f.id === id)!;

  it('current names first, common codes in their order, then the others by code, former names last', () => {
    const list = familyMembers(family('spring-httpstatus'));
    assert.deepEqual(list.slice(0, 6).map((m) => m.member), ['OK', 'CREATED', 'NO_CONTENT', 'MOVED_PERMANENTLY', 'FOUND', 'NOT_MODIFIED']);
    const current = list.filter((m) => !m.deprecated);
    const firstFormer = list.findIndex((m) => m.deprecated);
    assert.ok(firstFormer > 0 && list.slice(firstFormer).every((m) => m.deprecated), 'former names come after every current one');
    assert.ok(list.find((m) => m.member === 'PAYLOAD_TOO_LARGE')?.deprecated, 'PAYLOAD_TOO_LARGE is a former name');
    assert.ok(!list.find((m) => m.member === 'CONTENT_TOO_LARGE')?.deprecated);
    const rest = current.slice(COMMON_CODES.length).map((m) => m.code);
    assert.deepEqual(rest, [...rest].sort((a, b) => a - b), 'after the common codes, by code');
    assert.equal(current[COMMON_CODES.length].code, 100);
  });

  it('among names for one code, the one the family prefers first, then the others alphabetically', () => {
    const ok = familyMembers(family('python-requests-codes')).filter((m) => m.code === 200).map((m) => m.member);
    assert.equal(ok[0], 'ok');
    assert.deepEqual(ok.slice(1), [...ok.slice(1)].sort((a, b) => a.localeCompare(b)));
    assert.ok(ok.length > 3);
  });

  it('is worked out once per family', () => {
    const f = family('go-net-http');
    assert.equal(familyMembers(f), familyMembers(f));
  });
});

describe('completion in comments and docs: only when asked by hand, and only in a sentence about HTTP', () => {
  const doc = docOf('// The handler returns 4 when the order is gone', 'javascript');
  const at = { line: 0, character: 24 };
  it('Ctrl+Space after "returns 4" lists codes, numbers only, replacing the digit typed', () => {
    const list = completionsAt(doc, at, { invoked: true })!;
    assert.ok(list.length > 60);
    assert.equal(list[0].code, 200, 'common codes first');
    assert.ok(list.every((s) => s.insertText === String(s.code)));
    assert.deepEqual([list[0].start, list[0].end], [23, 24]);
    assert.ok(list.some((s) => s.code === 499), 'unofficial codes by default');
    assert.ok(!completionsAt(doc, at, { invoked: true, unofficial: false })!.some((s) => s.code === 499));
  });
  it('nothing while typing, and nothing in a sentence that is not about HTTP', () => {
    assert.equal(completionsAt(doc, at), undefined);
    const other = docOf('// The loop runs 4 times before giving up', 'javascript');
    assert.equal(completionsAt(other, { line: 0, character: 18 }, { invoked: true }), undefined);
  });
});

describe('insertTextAt: what the look-up inserts where the cursor is', () => {
  it('inside a slot, what completion would insert there', () => {
    const doc = docOf('from http import HTTPStatus\nabort(', 'python');
    assert.equal(insertTextAt(doc, { line: 1, character: 6 }, 404), 'HTTPStatus.NOT_FOUND');
    assert.equal(insertTextAt(doc, { line: 1, character: 6 }, 404, 'number'), '404');
  });
  it('outside a slot with "constant" and no family in the file, the language\'s usual family; never a symbol', () => {
    assert.equal(insertTextAt(docOf('x = ', 'java'), { line: 0, character: 4 }, 404, 'constant'), 'HttpStatus.NOT_FOUND');
    assert.equal(insertTextAt(docOf('x = ', 'ruby'), { line: 0, character: 4 }, 404, 'constant'), '404');
    assert.equal(insertTextAt(docOf('x = ', 'java'), { line: 0, character: 4 }, 404), '404', 'auto: no family in the file, the number');
  });
});

describe('completion where no slot rule fires: a status typed there is judged as the hover would judge it', () => {
  const mailingApp = (call: string) => [
    'import smtplib',
    'from flask import Flask, jsonify',
    '',
    'app = Flask(__name__)',
    '',
    '',
    '',
    '',
    'def err(message, code, **extra):',
    '    return jsonify(error=message, **extra), code',
    '',
    '',
    '@app.get("/claims/<ref>")',
    'def claim(ref):',
    '    if ref not in CLAIMS:',
    `        return ${call}`,
  ].join('\n');

  it('the next arm of a switch on a status code, at the start of its line (PowerShell)', () => {
    const src = ['$r = Invoke-WebRequest -Uri $url -SkipHttpErrorCheck', 'switch ($r.StatusCode) {', "  200 { 'ok' }", '  ¦'].join('\n');
    assert.equal(insertOf(src, 'powershell'), '404');
  });

  it("the status argument of the file's own helper, in a file that also imports smtplib", () => {
    assert.equal(insertOf(mailingApp('err("no such claim", ¦)'), 'python'), '404');
  });

  it('nothing where the hover would not take a status either: a constant, a delay, a new statement', () => {
    assert.equal(complete("const express = require('express');\nconst TIMEOUT_MS = ¦", 'javascript'), undefined);
    assert.equal(complete("const express = require('express');\nsetTimeout(flush, ¦)", 'javascript'), undefined);
    assert.equal(complete('from flask import Flask\n\ndef handler():\n    x = 1\n    ¦', 'python'), undefined);
  });

  it('nothing on a line too long to be typed by hand (minified code is not copied to be judged)', () => {
    assert.equal(complete(mailingApp(`err("no such claim", ¦)  # ${'a'.repeat(4100)}`), 'python'), undefined);
    assert.ok(complete(mailingApp(`err("no such claim", ¦)  # ${'a'.repeat(3900)}`), 'python'), 'a long line a person wrote is judged');
  });
});

describe('caches follow the document object, not its uri', () => {
  it('a document reopened under the same uri and version gets its own idiom and its own answers', () => {
    const make = (text: string) => {
      const lines = text.split('\n');
      return { languageId: 'typescript', lineCount: lines.length, lineAt: (i: number) => ({ text: lines[i] }), version: 1, uri: { toString: () => 'file:///same.ts' } };
    };
    const first = make("import { StatusCodes } from 'http-status-codes';\nres.status(StatusCodes.OK);\nres.status(");
    const reopened = make("// numbers only\nres.status(200);\nres.status(");
    const at = { line: 2, character: 11 };
    assert.equal(completionsAt(first, at)?.find((s) => s.code === 404)?.insertText, 'StatusCodes.NOT_FOUND');
    assert.equal(completionsAt(reopened, at)?.find((s) => s.code === 404)?.insertText, '404');
    const hoverFirst = make('x = 1;\nres.status(404);');
    const hoverReopened = make('x = 1;\nconst port = 404;');
    assert.equal(statusAt(hoverFirst, { line: 1, character: 12 })?.code, 404);
    assert.equal(statusAt(hoverReopened, { line: 1, character: 14 }), undefined);
  });
});
