import * as assert from 'node:assert/strict';
import { detectStatus } from '../../src/core/detect';
import { docOf, editableDoc } from '../support/labels';

/**
 * What a hover answers on one token, by the characters around it: the token is the text between ⟦ and ⟧,
 * hovered on its first character. Expected: a code (a card for that code), `{ classOf }` (a class card),
 * or null (no card). Each row beside a control that differs in one place shows what that place decides.
 */
type Expected = number | { classOf: number } | null;

function answerAt(lang: string, marked: string): ReturnType<typeof detectStatus> {
  const open = marked.indexOf('⟦');
  const close = marked.indexOf('⟧');
  const text = marked.slice(0, open) + marked.slice(open + 1, close) + marked.slice(close + 1);
  const before = text.slice(0, open).split('\n');
  return detectStatus(docOf(text, lang), { line: before.length - 1, character: before[before.length - 1].length });
}

function check(rows: Array<[lang: string, text: string, expected: Expected]>): void {
  for (const [lang, text, expected] of rows) {
    const shown = expected === null ? 'no card' : typeof expected === 'number' ? `${expected}` : `the ${expected.classOf}xx class`;
    it(`${JSON.stringify(text)} (${lang}): ${shown}`, () => {
      const hit = answerAt(lang, text);
      if (expected === null) assert.equal(hit, undefined, `got ${hit?.code}`);
      else if (typeof expected === 'number') {
        assert.equal(hit?.code, expected);
        assert.equal(hit?.classOf, undefined, 'a single code, not a class');
      } else assert.equal(hit?.classOf, expected.classOf, `got ${JSON.stringify(hit)}`);
    });
  }
}

describe('detection: the characters right around a number', () => {
  check([
    ['javascript', 'res.status(⟦404⟧);', 404],
    ['javascript', 'res.status(1.⟦404⟧);', null],
    ['javascript', 'res.status(⟦404⟧.5);', null],
    ['javascript', '// returns ⟦404⟧ when the order is gone', 404],
    ['javascript', '// fixed in #⟦404⟧ when the order is gone', null],
    ['javascript', '// returns %⟦404⟧ when the order is gone', null],
    ['javascript', '// returns \\⟦404⟧ when the order is gone', null],
    ['javascript', '// returns x-⟦404⟧ when the order is gone', null],
    ['javascript', '// returns v2-⟦404⟧ when the order is gone', null],
    ['javascript', '// retries every non-⟦200⟧ response', 200],
    ['javascript', '// returns ⟦404⟧% of the time', null],
    ['javascript', '// returns ⟦404⟧/2 of the time', null],
    ['javascript', '// returns ⟦401⟧/403 when the token is bad', 401],
    ['javascript', '// returns 401/⟦403⟧ when the token is bad', 403],
    ['javascript', '// returns ⟦401⟧/4030 when the token is bad', null],
    ['javascript', "const r = await fetch('/users/⟦200⟧');", null],
    ['javascript', "const r = await fetch('https://httpbin.org/status/⟦418⟧');", 418],
    ['javascript', "const r = await fetch('https://example.com:⟦443⟧/');", null],
    ['javascript', 'res.json({ status:⟦404⟧, error: "missing" });', 404],
    ['javascript', 'res.json({ code:⟦404⟧, error: "missing" });', 404],
  ]);
});

describe('detection: names that carry a status', () => {
  check([
    ['nginx', 'proxy_next_upstream error timeout ⟦http_502⟧;', 502],
    ['nginx', 'proxy_next_upstream error timeout ⟦http_299⟧;', null],
    ['javascript', "const express = require('express');\nif (err.code === ⟦err429⟧) retryLater();", 429],
    ['javascript', "const fs = require('fs');\nif (err.code === ⟦err429⟧) retryLater();", null],
    ['javascript', "const express = require('express');\nif (err.code === ⟦err299⟧) retryLater();", null],
    ['javascript', 'const NOT_FOUND = 404;\nres.status(⟦NOT_FOUND⟧).end();', 404],
    ['swift', 'import Vapor\n\nfunc find(req: Request) async throws -> HTTPStatus {\n    return .⟦notFound⟧\n}', 404],
    ['swift', 'import Vapor\n\nfunc find(req: Request) async throws -> Color {\n    return .⟦red⟧\n}', null],
    ['swift', 'let s: HTTPStatus = .⟦notFound⟧', 404],
    ['swift', 'let s: HTTPStatus? = .⟦notFound⟧', 404],
    ['swift', 'let s: Alignment = .⟦center⟧', null],
  ]);
});

describe('detection: classes and range checks', () => {
  check([
    ['markdown', 'Retry on ⟦5xx⟧ responses only.', { classOf: 5 }],
    ['yaml', "responses:\n  '⟦5XX⟧':\n    description: server error", { classOf: 5 }],
    ['javascript', 'const pattern = ⟦5xx⟧;', null],
    ['javascript', 'if (res.status >= ⟦500⟧) retry();', { classOf: 5 }],
    ['javascript', 'if (res.status < ⟦300⟧) done();', { classOf: 2 }],
    ['javascript', 'if (res.status > ⟦499⟧) retry();', { classOf: 5 }],
    ['javascript', 'if (res.status <= ⟦299⟧) done();', { classOf: 2 }],
    ['javascript', 'if (⟦500⟧ <= res.status) retry();', { classOf: 5 }],
    ['javascript', 'if (⟦300⟧ > res.status) done();', { classOf: 2 }],
    ['javascript', 'if (⟦499⟧ < res.status) retry();', { classOf: 5 }],
    ['javascript', 'if (⟦299⟧ >= res.status) done();', { classOf: 2 }],
    ['javascript', 'if (res.status === ⟦500⟧) alert();', 500],
    // The exclusive end of a class range stands for the class below it, not for the code of that number.
    ['swift', 'switch httpResponse.statusCode {\ncase 200..<⟦300⟧:\n    return data\ndefault:\n    throw APIError.status\n}', { classOf: 2 }],
    ['kotlin', 'when (response.code) {\n    in 200 until ⟦300⟧ -> Ok\n    else -> Failed\n}', { classOf: 2 }],
    ['kotlin', 'if (response.code in 400 until ⟦500⟧) return clientError()', { classOf: 4 }],
    ['python', 'ok = r.status_code in range(200, ⟦300⟧)', { classOf: 2 }],
    // The class of a range is heard before the hover stops, even where the arm alone decides it is a status.
    ['kotlin', 'when (resp.code) {\n    in 200..⟦299⟧ -> Result.Ok\n    else -> Result.Failed\n}', { classOf: 2 }],
    ['rust', 'match resp.status().as_u16() {\n    500..=⟦599⟧ => retry(),\n    _ => {}\n}', { classOf: 5 }],
    ['swift', 'switch httpResponse.statusCode {\ncase ⟦200⟧..<300:\n    return data\ndefault: break\n}', 200],
    // A file that sends mail as well as HTTP: the mail code owns SMTP replies read by names that do not say
    // status; a few lines away the response's status is HTTP again, and so is anything far from the mail code.
    ['javascript', "const nodemailer = require('nodemailer');\nconst axios = require('axios');\nif (err.responseCode === ⟦550⟧) bounce();", null],
    ['javascript', "const nodemailer = require('nodemailer');\nconst axios = require('axios');\nif (err.responseCode === 550) bounce();\n\n\n\nif (res.status === ⟦503⟧) retry();", 503],
    ['javascript', "const nodemailer = require('nodemailer');\nconst axios = require('axios');\nif (err.responseCode === 550) bounce();" + '\n'.repeat(25) + 'if (res.status === ⟦503⟧) retry();', 503],
    // One branch of a conditional expression where a status goes: the slot is before the expression.
    ['javascript', 'res.status(found ? 200 : ⟦404⟧);', 404],
    ['javascript', 'res.status(found ? ⟦200⟧ : 404);', 200],
    ['javascript', 'res.status(err.status || ⟦500⟧);', 500],
    ['typescript', 'res.status(err.statusCode ?? ⟦500⟧);', 500],
    ['python', 'return jsonify(order), 200 if found else ⟦404⟧', 404],
    ['python', 'status_code = 201 if created else ⟦200⟧', 200],
    ['javascript', 'setTimeout(flush, fast ? 100 : ⟦500⟧);', null],
    ['javascript', 'const n = items.length || ⟦300⟧;', null],
    ['python', 'page_size = 50 if small else ⟦250⟧', null],
    // A header that holds seconds or bytes: its value is never a status, even one that reads like one.
    ['typescript', "reply.code(503).header('Retry-After', '⟦503⟧');", null],
    ['javascript', "res.set('Content-Length', ⟦204⟧);", null],
    // ... and a word that merely ends in "age" is no such header.
    ['typescript', 'throw new DuplicateIsrcError(message, ⟦409⟧, code, res);', 409],
    ['javascript', 'axios.create({ validateStatus: (s) => s < ⟦500⟧ });', { classOf: 4 }],
    ['javascript', 'axios.create({ validateStatus: (s) => s === ⟦200⟧ });', 200],
    ['clojure', '(if (<= 500 (:status resp) ⟦599⟧) :retry :done)', { classOf: 5 }],
    ['clojure', '(if (= ⟦500⟧ (:status resp)) :retry :done)', 500],
    ['ruby', 'ok = (200..⟦299⟧).cover?(response.code.to_i)', { classOf: 2 }],
    ['javascript', 'if (⟦404⟧ === res.status) missing();', 404],
    // A name bound to the status a line up.
    ['javascript', 'const code = res.status;\nif (code >= ⟦500⟧) retry();', { classOf: 5 }],
    ['javascript', 'const code = res.status;\nif (⟦499⟧ < code) retry();', { classOf: 5 }],
    ['javascript', 'const code = res.status;\nif (code < ⟦300⟧) done();', { classOf: 2 }],
    ['javascript', 'const code = res.status;\nif (code === ⟦404⟧) missing();', 404],
  ]);
});

describe('detection: what a hit says about a name', () => {
  it('a numbered name or the file\'s own constant is a constant hit that names the token', () => {
    const numbered = answerAt('javascript', "const express = require('express');\nif (err.code === ⟦err429⟧) retryLater();");
    assert.deepEqual([numbered?.via, numbered?.member], ['constant', 'err429']);
    const own = answerAt('javascript', 'const NOT_FOUND = 404;\nres.status(⟦NOT_FOUND⟧).end();');
    assert.deepEqual([own?.via, own?.member, own?.start, own?.end], ['constant', 'NOT_FOUND', 11, 20]);
    const library = answerAt('python', 'from http import HTTPStatus\nabort(⟦HTTPStatus.NOT_FOUND⟧)');
    assert.deepEqual([library?.code, library?.via, library?.family !== undefined], [404, 'constant', true]);
  });
});

describe('detection: answers follow the document version', () => {
  it('two places on one line of one version get their own answers', () => {
    const doc = { languageId: 'javascript', version: 1, lineCount: 1, lineAt: () => ({ text: 'app.listen(8080); res.status(404);' }) };
    assert.equal(detectStatus(doc, { line: 0, character: 30 })?.code, 404);
    assert.equal(detectStatus(doc, { line: 0, character: 12 }), undefined);
    assert.equal(detectStatus(doc, { line: 0, character: 30 })?.code, 404);
  });

  it('a changed line under a new version is judged again, not answered from the cache', () => {
    const lines = ['res.status(404);'];
    const doc = { languageId: 'javascript', version: 1, lineCount: 1, lineAt: (i: number) => ({ text: lines[i] }) };
    assert.equal(detectStatus(doc, { line: 0, character: 12 })?.code, 404);
    lines[0] = 'setTimeout(f, 404);';
    doc.version = 2;
    assert.equal(detectStatus(doc, { line: 0, character: 15 }), undefined);
    // The same version asked again keeps its answer (the cache is per version, not per call).
    assert.equal(detectStatus(doc, { line: 0, character: 15 }), undefined);
  });
});

describe('detection: names that carry a status (configuration names, numbered names, constants that need a slot)', () => {
  check([
    // Configuration writes statuses as names; elsewhere http_502 is a variable.
    ['nginx', 'proxy_next_upstream error timeout ⟦http_502⟧;', 502],
    ['terraform', 'status_code = "⟦HTTP_301⟧"', 301],
    ['nginx', 'proxy_next_upstream error ⟦http_299⟧;', null],
    ['javascript', 'const x = ⟦http_502⟧;', null],
    // A project's numbered names, in a file that speaks HTTP, for a code that has a meaning.
    ['go', 'import "net/http"\n\nvar ⟦err429⟧ = errors.New("slow down")', 429],
    ['go', 'import "os"\n\nvar ⟦err429⟧ = errors.New("slow down")', null],
    ['go', 'import "net/http"\n\nvar ⟦err299⟧ = errors.New("x")', null],
    ['javascript', 'const res = await fetch(u);\nif (res.status === ⟦STATUS_503⟧) retry();', 503],
    ['javascript', 'const res = await fetch(u);\nif (res.status === ⟦STATUS503⟧) retry();', 503],
    // The file's own constant map, defined in the file; the same name without the map is nothing.
    ['javascript', 'const HTTP_STATUS = { NOT_MODIFIED: 304 };\nif (res.status === ⟦HTTP_STATUS.NOT_MODIFIED⟧) cached();', 304],
    ['javascript', 'if (res.status === ⟦NOT_MODIFIED⟧) cached();', null],
    // Swift's implicit members: returned from a Vapor handler, or where the status type is written.
    ['swift', 'import Vapor\n\nfunc get(req: Request) -> HTTPStatus {\n    return ⟦.notFound⟧\n}', 404],
    ['swift', 'import Vapor\n\nlet s: HTTPStatus = ⟦.notFound⟧', 404],
    ['swift', 'import Vapor\n\nvar status: HTTPResponse.Status? = ⟦.ok⟧', 200],
    ['swift', 'import Vapor\n\nlet s = ⟦.notFound⟧', null],
    ['swift', 'enum CacheResult { case hit, notFound }\nfunc look() -> CacheResult {\n    return ⟦.notFound⟧\n}', null],
    // Ruby symbols and Elixir atoms set a status; compared or matched, they are something else.
    ['ruby', 'render json: errors, status: ⟦:unprocessable_entity⟧', 422],
    ['ruby', 'head ⟦:not_found⟧', 404],
    ['ruby', 'expect(response).to have_http_status(⟦:not_found⟧)', 404],
    ['ruby', 'if response.status == ⟦:not_found⟧ then retry end', null],
    ['ruby', 'case response.status\nwhen ⟦:not_found⟧ then nil\nend', null],
    ['elixir', 'conn |> put_status(⟦:not_found⟧) |> json(%{})', 404],
    ['elixir', 'case Repo.get(User, id) do\n  nil -> {:error, ⟦:not_found⟧}\nend', null],
    ['elixir', 'case conn.status do\n  ⟦:not_found⟧ -> nil\nend', null],
    // A qualified constant is a constant wherever it stands.
    ['python', 'return Response(status=⟦status.HTTP_404_NOT_FOUND⟧)', 404],
  ]);
});

describe('detection: the characters that make a number part of something else', () => {
  check([
    ["javascript", "// retry non-⟦404⟧ errors", 404],
    ["javascript", "// retry item-⟦404⟧ errors", null],
    ["javascript", "// retries 500-⟦599⟧ responses", { classOf: 5 }],
    ["javascript", "// retries x500-⟦599⟧ responses", null],
    ["javascript", "// retries 1.500-⟦599⟧ responses", null],
    ["javascript", "res.status(⟦404⟧%);", null],
    ["javascript", "// ⟦404⟧/3 of the time", null],
    ["javascript", "// answers ⟦404⟧/410 when missing", 404],
    ["javascript", "// answers 404/⟦410⟧ when missing", 410],
    ["javascript", "// answers 1404/⟦410⟧ when missing", null],
    ["javascript", "fetch('https://httpbin.org/status/⟦418⟧')", 418],
    ["javascript", "fetch('https://example.com/users/⟦404⟧')", null],
    ["javascript", "fetch('https://example.com/http-status/⟦404⟧')", 404],
    ["javascript", "fetch('https://example.com/codes/⟦404⟧')", 404],
    ["http", "HTTP/⟦404⟧", null],
    ["javascript", "const o = {status:⟦404⟧};", 404],
    ["javascript", "const o = {port:⟦404⟧};", null],
    ["javascript", "const o = {code:⟦404⟧, message: 'x'};", 404],
    ["yaml", "status:⟦404⟧", 404],
    ["javascript", "const o = [a]:⟦404⟧;", null],
  ]);
});

describe('detection: the answer follows the document', () => {
  const editable = editableDoc;

  it('answers again after an edit at the same place', () => {
    const doc = editable('res.status(404);', 'javascript');
    assert.equal(detectStatus(doc, { line: 0, character: 11 })?.code, 404);
    doc.set('box.width(404);');
    assert.equal(detectStatus(doc, { line: 0, character: 10 }), undefined);
    doc.set('box.width(4040); res.status(404);');
    assert.equal(detectStatus(doc, { line: 0, character: 10 }), undefined);
  });

  it('answers each place, line and document on its own', () => {
    const doc = editable('res.status(404);\nsetTimeout(f, 404);', 'javascript');
    assert.equal(detectStatus(doc, { line: 0, character: 11 })?.code, 404);
    assert.equal(detectStatus(doc, { line: 1, character: 11 }), undefined, 'the line below, same column');
    assert.equal(detectStatus(doc, { line: 0, character: 11 })?.code, 404);
    const other = editable('setTimeout(f, 404);', 'javascript');
    assert.equal(detectStatus(other, { line: 0, character: 14 }), undefined, 'another document, same place');
    assert.equal(detectStatus(doc, { line: 0, character: 12 })?.code, 404, 'another character of the same token');
    assert.equal(detectStatus(doc, { line: 0, character: 15 }), undefined, 'past the token');
  });
});

describe('detection: classes written as 5xx, and names numbered with a code', () => {
  check([
    ["javascript", "// retry on ⟦5xx⟧ answers", { classOf: 5 }],
    ["javascript", "const s = 'retry on ⟦5xx⟧';", { classOf: 5 }],
    ["javascript", "const m = { '⟦5xx⟧': 'server', '4xx': 'client' };", { classOf: 5 }],
    ["javascript", "const m = { ⟦5xx⟧: 'server' };", null],
    ["javascript", "const m = { - '⟦5xx⟧': 'server' };", { classOf: 5 }],
    ["javascript", "if (cls === ⟦5xx⟧) retry();", null],
    ["yaml", "on: ⟦5xx⟧", { classOf: 5 }],
    ["json", "{ \"range\": ⟦4XX⟧ }", { classOf: 4 }],
    ["javascript", "const x = ⟦6xx⟧;", null],
    ["markdown", "Retry on ⟦5xx⟧.", { classOf: 5 }],
    ["nginx", "proxy_next_upstream error ⟦http_502⟧;", 502],
    ["javascript", "const e = ⟦err404⟧;", null],
    ["go", "import \"net/http\"\nvar ⟦ErrNotFound404⟧ = 1", null],
    ["go", "import \"net/http\"\nvar ⟦status404Handler⟧ = 1", 404],
    ["go", "import \"net/http\"\nvar ⟦k404⟧ = 1", 404],
    ["go", "import \"net/http\"\nvar ⟦sc404⟧ = 1", 404],
    ["go", "import \"net/http\"\nvar ⟦e404⟧ = 1", 404],
    ["go", "import \"net/http\"\nvar ⟦x404⟧ = 1", null],
    ["go", "import \"net/http\"\nvar ⟦HTTP_404_NOT_FOUND⟧ = 1", 404],
    ["go", "import \"net/http\"\nvar ⟦Code404⟧ = 1", 404],
    ["go", "import \"net/http\"\nvar ⟦ERROR_404⟧ = 1", 404],
  ]);
});

describe('detection: answers per document, version and place', () => {
  it('answers again at the same place after an edit, however the cache stood', () => {
    const doc = editableDoc('res.status(404);', 'javascript');
    assert.equal(detectStatus(doc, { line: 0, character: 12 })?.code, 404);
    doc.set('setTimeout(404);');
    assert.equal(detectStatus(doc, { line: 0, character: 12 }), undefined);
    assert.equal(detectStatus(doc, { line: 0, character: 13 }), undefined, 'the token, not only the place, is judged again');
  });

  it('answers each document of the same version for itself', () => {
    const a = { languageId: 'javascript', version: 3, lineCount: 1, lineAt: () => ({ text: 'res.status(404);' }) };
    const b = { languageId: 'javascript', version: 3, lineCount: 1, lineAt: () => ({ text: 'setTimeout(404);' }) };
    assert.equal(detectStatus(a, { line: 0, character: 12 })?.code, 404);
    assert.equal(detectStatus(b, { line: 0, character: 12 }), undefined);
  });

  it('keeps nothing for a document without versions', () => {
    let text = 'res.status(404);';
    const doc = { languageId: 'javascript', lineCount: 1, lineAt: () => ({ text }) };
    assert.equal(detectStatus(doc, { line: 0, character: 12 })?.code, 404);
    text = 'setTimeout(404);';
    assert.equal(detectStatus(doc, { line: 0, character: 12 }), undefined);
    assert.equal(detectStatus(doc, { line: 0, character: 13 }), undefined);
  });
});

describe('detection: the hit covers the place asked about', () => {
  check([
    ['java', 'return HttpStatus.⟦NOT_FOUND⟧.value();', 404],
    ['java', 'return HttpStatus.NOT_FOUND.⟦value⟧();', null],
  ]);
});

describe('detection: configuration names, numbered names and symbols, exactly', () => {
  check([
    ['nginx', 'proxy_next_upstream error ⟦http_5024⟧;', null],
    ['nginx', 'proxy_next_upstream error ⟦xhttp_502⟧;', null],
    ['go', 'import "net/http"\n\nvar ⟦err429x⟧ = errors.New("slow down")', null],
    ['go', 'import "net/http"\n\nvar ⟦myerr429⟧ = errors.New("slow down")', null],
    ['ruby', '# render status: ⟦:not_found⟧ here', null],
  ]);
});

describe('detection: Swift shorthand where the status type is written or returned', () => {
  check([
    ['swift', 'import Vapor\n\nfunc h(req: Request) -> HTTPStatus {\n    return ⟦.notFound⟧\n}', 404],
    ['swift', 'import Vapor\n\nfunc h(req: Request) -> HTTPStatus {\n    return  ⟦.notFound⟧\n}', 404],
    ['swift', 'func h(req: Request) -> Shape {\n    return ⟦.notFound⟧\n}', null],
    ['swift', 'let s: HTTPStatus = ⟦.notFound⟧', 404],
    ['swift', 'let s:HTTPStatus=⟦.notFound⟧', 404],
    ['swift', 'var s: HTTPResponseStatus? = ⟦.notFound⟧', 404],
    ['swift', 'var s: HTTPResponse.Status = ⟦.ok⟧', 200],
    ['swift', 'let s: Shape = ⟦.notFound⟧', null],
  ]);
});

describe('detection: classes written 5xx in code, by their place', () => {
  check([
    ['python', "ROUTES = {\n    '⟦5xx⟧': retry,\n}", { classOf: 5 }],
    ['python', "ROUTES = {\n    '⟦5xx⟧' : retry,\n}", { classOf: 5 }],
    ['python', 'ROUTES = {\n    ⟦5xx⟧: retry,\n}', { classOf: 5 }],
    ['python', "ROUTES = [\n  - '⟦4xx⟧': retry,\n]", { classOf: 4 }],
    ['python', 'kind = ⟦5xx⟧', null],
    ['python', 'kind = f(⟦5xx⟧, 1)', null],
    ['python', "kind = '⟦5xx⟧'", { classOf: 5 }],
  ]);
});

describe('detection: numbers of three digits between 100 and 599 only', () => {
  check([
    ['javascript', 'res.status(⟦100⟧);', 100],
    ['javascript', 'res.status(⟦599⟧);', 599],
    ['javascript', 'res.status(⟦099⟧);', null],
    ['javascript', 'res.status(⟦600⟧);', null],
  ]);
});

describe('detection: the class a range check covers, operator by operator', () => {
  check([
    ['javascript', 'if (res.status < ⟦300⟧) ok();', { classOf: 2 }],
    ['javascript', 'if (res.status <= ⟦299⟧) ok();', { classOf: 2 }],
    ['javascript', 'if (res.status > ⟦499⟧) retry();', { classOf: 5 }],
    ['javascript', 'if (res.status >= ⟦500⟧) retry();', { classOf: 5 }],
    ['javascript', 'if (⟦500⟧ <= res.status) retry();', { classOf: 5 }],
    ['javascript', 'if (⟦300⟧ > res.status) ok();', { classOf: 2 }],
    ['javascript', 'if (⟦499⟧ < res.status) retry();', { classOf: 5 }],
    ['javascript', 'if (⟦400⟧ <= res.status) fail();', { classOf: 4 }],
  ]);
});
