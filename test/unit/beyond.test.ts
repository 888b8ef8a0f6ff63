import * as assert from 'node:assert/strict';
import { constantFor, headerHints, numericStatuses } from '../../src/core/beyond';
import { docOf } from '../support/labels';

describe('beyond the hover: inlay statuses, constant quick fix, header hints', () => {
  it('finds the numeric statuses of a range of lines, never constants or other numbers', () => {
    const doc = docOf(['app.listen(8080);', 'res.status(404).json({});', 'res.status(HttpStatus.NOT_FOUND);', 'setTimeout(f, 500);', 'if (r.status === 503) {}'].join('\n'), 'javascript');
    assert.deepEqual(numericStatuses(doc, 0, 5).map((h) => [h.line, h.code]), [[1, 404], [4, 503]]);
    assert.deepEqual(numericStatuses(doc, 2, 4), []);
  });

  it('offers the file\'s constant for a literal, and nothing where the file uses no family', () => {
    const py = docOf('from http import HTTPStatus\nabort(404)\nreturn HTTPStatus.OK', 'python');
    const hit = numericStatuses(py, 0, 3)[0];
    assert.equal(constantFor(py, hit), 'HTTPStatus.NOT_FOUND');
    const js = docOf('res.status(404);', 'javascript');
    assert.equal(constantFor(js, numericStatuses(js, 0, 1)[0]), undefined);
    const rs = docOf('use http::StatusCode;\nlet s = StatusCode::from_u16(404);\nlet t = StatusCode::OK;', 'rust');
    assert.equal(constantFor(rs, numericStatuses(rs, 0, 3)[0]), undefined, 'from_u16 takes an integer');
    const rb = docOf('render json: x, status: 422', 'ruby');
    assert.equal(constantFor(rb, numericStatuses(rb, 0, 1)[0]), undefined, 'Ruby files that write numbers are left alone');
  });

  it('offers Ruby and Elixir symbols where the file already writes a status as a symbol, however it writes it', () => {
    const fix = (src: string, lang: string) => {
      const doc = docOf(src, lang);
      const hit = numericStatuses(doc, 0, doc.lineCount)[0];
      return hit && constantFor(doc, hit);
    };
    // A literal in a place that takes either (RSpec's have_http_status, Phoenix's json_response).
    assert.equal(fix('render json: x, status: :created\nexpect(response).to have_http_status(404)', 'ruby'), ':not_found');
    assert.equal(fix('head :no_content\nexpect(response).to have_http_status(404)', 'ruby'), ':not_found');
    assert.equal(fix('assert_response :success\nexpect(response).to have_http_status(404)', 'ruby'), ':not_found');
    assert.equal(fix('conn |> put_status(:created)\nassert json_response(conn, 404)', 'elixir'), ':not_found');
    // No symbol written anywhere: symbols are not a reason to rewrite the file's numbers.
    assert.equal(fix('expect(response).to have_http_status(404)', 'ruby'), undefined);
    assert.equal(fix('assert json_response(conn, 404)', 'elixir'), undefined);
    // Symbols are looked for in the first 400 lines.
    assert.equal(fix(`${'x = 1\n'.repeat(398)}head :no_content\nexpect(response).to have_http_status(404)`, 'ruby'), ':not_found');
    assert.equal(fix(`${'x = 1\n'.repeat(400)}head :no_content\nexpect(response).to have_http_status(404)`, 'ruby'), undefined);
  });

  it('offers nothing for a status named in a comment', () => {
    const py = docOf('from http import HTTPStatus\n# abort with 404 when the item is missing\nreturn HTTPStatus.OK', 'python');
    const hit = numericStatuses(py, 0, 3).find((h) => h.line === 1);
    assert.ok(hit, 'the comment names a status');
    assert.equal(constantFor(py, hit), undefined);
  });

  const hinted = (src: string, lang: string) => headerHints(docOf(src, lang)).map((h) => `${h.code} ${h.header} ${h.level}`);

  it('hints a missing MUST header where the handler visibly sets none', () => {
    assert.deepEqual(hinted([
      "app.delete('/items/:id', (req, res) => {",
      '  res.status(405).end();',
      '});',
    ].join('\n'), 'javascript'), ['405 Allow MUST']);
    assert.deepEqual(hinted([
      'def login():',
      '    if not ok():',
      '        return "", 401',
      '    return "ok"',
    ].join('\n'), 'python'), ['401 WWW-Authenticate MUST']);
    assert.deepEqual(hinted([
      'func create(w http.ResponseWriter, r *http.Request) {',
      '\tw.WriteHeader(http.StatusCreated)',
      '}',
    ].join('\n'), 'go'), ['201 Location SHOULD']);
  });

  it('says nothing where the header is set, through a helper, a middleware or a framework default', () => {
    const quiet: Array<[string, string]> = [
      ["app.delete('/x', (req, res) => {\n  res.set('Allow', 'GET');\n  res.status(405).end();\n});", 'javascript'],
      ["app.post('/x', (req, res) => {\n  res.location(`/x/${id}`);\n  res.status(201).json(x);\n});", 'javascript'],
      ["app.get('/old', (req, res) => {\n  res.redirect(301, '/new');\n});", 'javascript'],
      ["app.get('/me', requireAuth, (req, res) => {\n  if (!req.user) return challenge(res, 401);\n});", 'javascript'],
      ['@login_required\ndef me():\n    return "", 401', 'python'],
      ["def create():\n    return jsonify(x), 201, {'Location': url}", 'python'],
      ['public IActionResult Create(Item i)\n{\n    return CreatedAtAction(nameof(Get), new { id = i.Id }, i);\n}', 'csharp'],
      ["app.get('/x', (req, res) => {\n  if (res.statusCode === 401) log();\n});", 'javascript'],
      ["// returns 401 when the token is missing\nfunction f() {}", 'javascript'],
      ["app.get('/x', (req, res) => {\n  res.status(404).end();\n});", 'javascript'],
    ];
    for (const [src, lang] of quiet) assert.deepEqual(hinted(src, lang), [], src);
  });
});

describe('beyond the hover: which lines are read', () => {
  const lines = ['res.status(404);', 'res.status(409);', 'res.status(410);', 'res.status(422);'];
  const doc = docOf(lines.join('\n'), 'javascript');
  const at = (from: number, to: number) => numericStatuses(doc, from, to).map((h) => h.code);

  it('reads lines from `from` up to, not including, `to`, within the document', () => {
    assert.deepEqual(at(1, 3), [409, 410]);
    assert.deepEqual(at(-5, 1), [404], 'a negative start is the first line');
    assert.deepEqual(at(3, 99), [422], 'an end past the document is its end');
    assert.deepEqual(at(2, 2), []);
  });

  it('skips a minified line longer than 2,000 characters, and reads one of 2,000', () => {
    const long = (n: number) => docOf('res.status(404);' + ' '.repeat(n - 16), 'javascript');
    assert.deepEqual(numericStatuses(long(2000), 0, 1).map((h) => h.code), [404]);
    assert.deepEqual(numericStatuses(long(2001), 0, 1), []);
  });

  it('takes each status once, at its own start: several on a line, none in a name, an issue number or a percentage', () => {
    const d = docOf('if (ok) res.status(201); else res.status(409);\nconst v404 = 1; // see #404, 404% of runs', 'javascript');
    assert.deepEqual(numericStatuses(d, 0, 2).map((h) => [h.line, h.start, h.code]), [[0, 19, 201], [0, 41, 409]]);
  });

  it('leaves a Ruby number alone, even in a file that also writes symbols (the file writes numbers too)', () => {
    const mixed = docOf('class A\n  def x\n    head :ok\n  end\n  def y\n    head 404\n  end\nend', 'ruby');
    const hit = numericStatuses(mixed, 0, 8).find((h) => h.code === 404)!;
    assert.equal(hit.code, 404, 'the number is a status');
    assert.equal(constantFor(mixed, hit), undefined);
  });
});

describe('beyond the hover: header hints, code by code and place by place', () => {
  const hinted = (src: string, lang: string) => headerHints(docOf(src, lang)).map((h) => `${h.line}:${h.code} ${h.header} ${h.level} ${h.document} §${h.section}`);
  const rows: Array<[string, string, string[]]> = [
    ["app.get('/p', (req, res) => {\n  res.status(407).end();\n});", 'javascript', ['1:407 Proxy-Authenticate MUST RFC 9110 §15.5.8']],
    ["app.get('/ws', (req, res) => {\n  res.status(426).end();\n});", 'javascript', ['1:426 Upgrade MUST RFC 9110 §15.5.22']],
    ["app.get('/old', (req, res) => {\n  res.status(308).end();\n});", 'javascript', ['1:308 Location SHOULD RFC 9110 §15.4.9']],
    ["app.get('/x', (req, res) => {\n  res.status(404).end();\n});", 'javascript', []],
    // Constants and symbols set a status too.
    ['func del(w http.ResponseWriter, r *http.Request) {\n\tw.WriteHeader(http.StatusMethodNotAllowed)\n}', 'go', ['1:405 Allow MUST RFC 9110 §15.5.6']],
    ['class ItemsController\n  def destroy\n    head :method_not_allowed\n  end\nend', 'ruby', ['2:405 Allow MUST RFC 9110 §15.5.6']],
    // Reading a status is not sending one: comparisons, cases, assertions, comments.
    ["app.get('/x', (req, res) => {\n  if (res.statusCode !== 405) log();\n});", 'javascript', []],
    ["function f(s) {\n  switch (s) {\n    case 405: return 1;\n  }\n}", 'javascript', []],
    ["it('rejects', async () => {\n  expect(res.status).toBe(405);\n});", 'javascript', []],
    ["def f():\n    # return '', 405\n    return '', 200", 'python', []],
    // A comparison is an operator between spaces, or <= and >=; arrows (->, =>) and generics (<>) send.
    ["function f(s) {\n  if (s > 401) log();\n}", 'javascript', []],
    ["function f(s) {\n  if (s>=401) log();\n}", 'javascript', []],
    ["function f(s) {\n  if (s <= 405) log();\n}", 'javascript', []],
    ["<?php\nfunction me() {\n    return response()->json($data, 401);\n}", 'php', ['2:401 WWW-Authenticate MUST RFC 9110 §15.5.2']],
    ["app.delete('/x', (req, res) =>\n  res.sendStatus(405));", 'javascript', ['1:405 Allow MUST RFC 9110 §15.5.6']],
    ['ResponseEntity<Void> del() {\n    return new ResponseEntity<>(HttpStatus.METHOD_NOT_ALLOWED);\n}', 'java', ['1:405 Allow MUST RFC 9110 §15.5.6']],
    // The handler is found by indentation; a status outside any handler gets no hint.
    ["res.status(405).end();", 'javascript', []],
    // A route decorator names the path only; other decorators and attributes above the handler belong to it.
    ["@app.route('/items/<int:id>', methods=['DELETE'])\ndef remove(id):\n    return '', 405", 'python', ['2:405 Allow MUST RFC 9110 §15.5.6']],
    ["@router.delete('/items/{id}')\nasync def remove(id: int):\n    return Response(status_code=405)", 'python', ['2:405 Allow MUST RFC 9110 §15.5.6']],
    ["@app.route('/items', methods=['DELETE'])\n@login_required\ndef remove():\n    return '', 405", 'python', []],
    ['@requires_auth\ndef me():\n    return "", 401', 'python', []],
    ['[Authorize]\npublic IActionResult Me()\n{\n    return StatusCode(401);\n}', 'csharp', []],
    // A brace on its own line: the handler's header is the line above it.
    ['public IActionResult Remove(int id)\n{\n    return StatusCode(405);\n}', 'csharp', ['2:405 Allow MUST RFC 9110 §15.5.6']],
    // A Location that the spec only mentions (303) is not asked for.
    ["app.post('/x', (req, res) => {\n  res.status(303).end();\n});", 'javascript', []],
    // Two statuses on one line, each its own.
    ["app.post('/x', (req, res) => {\n  res.status(ok ? 204 : 405).end();\n});", 'javascript', ['1:405 Allow MUST RFC 9110 §15.5.6']],
    ["app.post('/x', (req, res) => {\n  res.status(ok ? 405 : 401).end();\n});", 'javascript', ['1:405 Allow MUST RFC 9110 §15.5.6', '1:401 WWW-Authenticate MUST RFC 9110 §15.5.2']],
    // A status in a commented-out line is not sent; one before a trailing comment is.
    ["app.delete('/x', (req, res) => {\n  // res.status(405).end();\n  res.end();\n});", 'javascript', []],
    ["app.delete('/x', (req, res) => {\n  res.status(405).end(); // not allowed here\n});", 'javascript', ['1:405 Allow MUST RFC 9110 §15.5.6']],
    // Only the handler's own lines count: not a comment above it, a block nested before the status, ...
    ["// contact ops@example.com\napp.delete('/x', (req, res) => {\n  res.status(405).end();\n});", 'javascript', ['2:405 Allow MUST RFC 9110 §15.5.6']],
    ["// the gateway sets Allow\napp.delete('/x', (req, res) => {\n  res.status(405).end();\n});", 'javascript', ['2:405 Allow MUST RFC 9110 §15.5.6']],
    ["app.delete('/x', (req, res) => {\n  res.set('Allow', 'GET');\n  if (x) {\n  }\n  res.status(405).end();\n});", 'javascript', []],
    // ... but its closing line does.
    ["app.delete('/x', (req, res) => {\n  res.status(405).end();\n}, { headers: ['Allow'] });", 'javascript', []],
    // Expectations in tests read a status however they are spelled.
    ["it('x', async () => {\n  await api.del('/x').expectStatus(405);\n});", 'javascript', []],
    ["app.get('/x', (req, res) => {\n  if (res.statusCode == 405) log();\n});", 'javascript', []],
    ["app.get('/x', (req, res) => {\n  if (res.statusCode != 405) log();\n});", 'javascript', []],
    ["app.get('/x', (req, res) => {\n  if (res.statusCode < 405) log();\n});", 'javascript', []],
    ["app.get('/x', (req, res) => {\n  if (res.statusCode > 405) log();\n});", 'javascript', []],
    // The next handler is not part of this one.
    ["app.delete('/a', (req, res) => {\n  res.status(405).end();\n});\napp.get('/b', (req, res) => {\n  res.set('Allow', 'GET');\n});", 'javascript', ['1:405 Allow MUST RFC 9110 §15.5.6']],
  ];
  for (const [src, lang, expected] of rows) {
    it(`${JSON.stringify(src.length > 60 ? src.slice(0, 60) + '…' : src)} (${lang}): ${expected.length ? expected.join(', ') : 'no hint'}`, () => {
      assert.deepEqual(hinted(src, lang), expected);
    });
  }

  it('gives up on a document of more than 5,000 lines, and reads one of 5,000', () => {
    const handler = "app.delete('/a', (req, res) => {\n  res.status(405).end();\n});";
    const pad = (n: number) => handler + '\n'.repeat(n - 3);
    assert.equal(headerHints(docOf(pad(5000), 'javascript')).length, 1);
    assert.deepEqual(headerHints(docOf(pad(5001), 'javascript')), []);
  });
});

/** [language, handler, the hints: code, header, level, @ line] */
const HINTS: Array<[string, string, string[]]> = [
  ["javascript", "app.delete('/items/:id', (req, res) => {\n  // res.status(405).end();\n});", []],
  ["python", "def login():\n    # return \"\", 401\n    return \"ok\"", []],
  ["javascript", "app.delete('/x', (req, res) => {\n  /* res.status(405) */\n});", []],
  ["java", "@DeleteMapping(\"/x\")\npublic ResponseEntity<Void> delete() {\n    return ResponseEntity.status(HttpStatus.METHOD_NOT_ALLOWED).build();\n}", []],
  ["rust", "async fn delete() -> impl IntoResponse {\n    StatusCode::METHOD_NOT_ALLOWED\n}", ["405 Allow MUST @1"]],
  ["ruby", "def destroy\n  head :method_not_allowed\nend", ["405 Allow MUST @1"]],
  ["javascript", "app.get('/x', (req, res) => {\n  if (res.statusCode === 405) log();\n});", []],
  ["javascript", "app.get('/x', (req, res) => {\n  switch (code) {\n    case 405: log();\n  }\n});", []],
  ["ruby", "def x\n  case code\n  when 405 then log\n  end\nend", []],
  ["python", "def x():\n    if code in [405]:\n        log()", []],
  ["ruby", "def test_x\n  assert_equal 405, response.status\nend", []],
  ["javascript", "it('x', async () => {\n  expect(res.status).toBe(405);\n});", []],
  ["csharp", "public void X()\n{\n    Assert.Equal(405, (int)resp.StatusCode);\n}", []],
  ["csharp", "public IActionResult Delete()\n{\n    return StatusCode(405);\n}", ["405 Allow MUST @2"]],
  ["csharp", "[HttpDelete]\npublic IActionResult Delete()\n{\n    return StatusCode(405);\n}", ["405 Allow MUST @3"]],
  ["csharp", "[Authorize]\npublic IActionResult Me()\n{\n    return StatusCode(401);\n}", []],
  ["csharp", "public IActionResult Delete()\n\n{\n    return StatusCode(405);\n}", ["405 Allow MUST @3"]],
  ["go", "func switchProtocols(w http.ResponseWriter, r *http.Request) {\n\tw.WriteHeader(http.StatusUpgradeRequired)\n}", ["426 Upgrade MUST @1"]],
  ["go", "func gate(w http.ResponseWriter, r *http.Request) {\n\tw.WriteHeader(407)\n}", ["407 Proxy-Authenticate MUST @1"]],
  ["go", "func moved(w http.ResponseWriter, r *http.Request) {\n\tw.WriteHeader(301)\n}", ["301 Location SHOULD @1"]],
  ["python", "def x():\n    return \"\", 308", ["308 Location SHOULD @1"]],
  ["javascript", "router.delete('/x', function (req, res) {\n  res.status(405).end();\n});\nrouter.get('/y', function (req, res) {\n  res.set('Allow', 'GET');\n});", ["405 Allow MUST @1"]],
  ["javascript", "router.get('/y', function (req, res) {\n  res.set('Allow', 'GET');\n});\nrouter.delete('/x', function (req, res) {\n  res.status(405).end();\n});", ["405 Allow MUST @4"]],
  ["python", "x = 1\n    return \"\", 405", []],
  ["kotlin", "fun delete() = run {\n    call.respond(HttpStatusCode.MethodNotAllowed)\n}", ["405 Allow MUST @1"]],
  ["elixir", "def delete(conn, _) do\n  send_resp(conn, 405, \"\")\nend", ["405 Allow MUST @1"]],
  ['python', `def x():\n${'    a = 1\n'.repeat(39)}    return "", 405`, ["405 Allow MUST @40"]],
  ['python', `def x():\n${'    a = 1\n'.repeat(40)}    return "", 405`, []],
  ['python', `def x():\n    return "", 405\n${'    a = 1\n'.repeat(78)}    headers['Allow'] = 'GET'`, []],
  ['python', `def x():\n    return "", 405\n${'    a = 1\n'.repeat(80)}    headers['Allow'] = 'GET'`, ["405 Allow MUST @1"]],
  // The header line above an Allman brace belongs to the handler, blank lines between or not, at the top of the file too.
  ["csharp", "public IActionResult Redirected()\n\n{\n    return StatusCode(405);\n}", []],
  ["csharp", "public IActionResult Redirected()\n{\n    return StatusCode(405);\n}", []],
  ["csharp", "    [Authorize]\n    public IActionResult Me()\n    {\n        return StatusCode(401);\n    }", []],
  // Reach below the handler's header: eighty lines from the header, wherever the handler starts.
  ['python', `${'\n'.repeat(50)}def x():\n    return "", 405\n${'    a = 1\n'.repeat(35)}    headers['Allow'] = 'GET'`, []],
  // A line of spaces less indented than the body does not end it.
  ["python", "class V:\n    def x(self):\n        return '', 405\n  \n        self.headers['Allow'] = 'GET'", []],
  // The line that ends the handler is part of it when it closes it, and not otherwise.
  ["python", "def a():\n    return '', 405\nAllowed = ['GET']", ["405 Allow MUST @1"]],
  ["javascript", "  app.delete('/x', (req, res) => {\n    res.status(405).end();\n  }, { headers: ['Allow'] });", []],
  // A less indented line inside the handler that is not its header.
  ["javascript", "app.delete('/x', checkAllow, (req, res) => {\n  const m = { a: 1 };\n    res.status(405).end();\n});", []],
  // Two handlers sending the same status at the same column: one hint each.
  ["javascript", "app.put('/x', (req, res) => {\n  res.status(405).end();\n});\napp.patch('/x', (req, res) => {\n  res.status(405).end();\n});", ["405 Allow MUST @1", "405 Allow MUST @4"]],
  // What maps, lists, matches, documents or fakes a status does not send it; a test file sends nothing.
  ["python", "ERRORS = {\n    401: AuthError,\n}\ndef x():\n    pass", []],
  ["typescript", "const toHttp = {\n  [GrpcStatus.UNAUTHENTICATED]: 401,\n};", []],
  ["kotlin", "fun x(code: Int) = when (code) {\n    401, 403 -> Result.SignedOut\n    else -> Result.Ok\n}", []],
  ["rust", "fn x(code: u16) -> Outcome {\n    match code {\n        401 | 403 => Outcome::Reprovision,\n        _ => Outcome::Keep,\n    }\n}", []],
  ["typescript", "export enum Codes {\n  CREATED = 201,\n}", []],
  ["rust", "fn x() {\n    let expected = vec![401, 403];\n}", []],
  ["javascript", "export const handlers = [\n  http.post('/lines', () => {\n    return HttpResponse.json({ id: 1 }, { status: 201 });\n  }),\n];", []],
  ["javascript", "function stub() {\n  nock(BASE).get('/x').reply(401, { error: 'expired' });\n}", []],
  ["csharp", "public void X()\n{\n    if (res.StatusCode is HttpStatusCode.Unauthorized) Retry();\n}", []],
  ["scala", "def x() = {\n  status shouldBe StatusCodes.Created\n}", []],
  ["csharp", "public class C\n{\n    [ProducesResponseType(typeof(Dto), StatusCodes.Status201Created)]\n    public IActionResult Create() => Ok();\n}", []],
  ["javascript", "// orders.test.js\nimport { describe, it } from 'vitest';\ndescribe('x', () => {\n  it('y', () => {\n    res.status(405).end();\n  });\n});", []],
  // A case arm and a membership test read the status; they do not send it.
  ["ruby", "def x\n  case response.status\n  when 405 then log\n  end\nend", []],
  ["python", "def x():\n    if response.status_code in (405, 406):\n        log()", []],
];

describe('beyond the hover: which statuses a handler sends, and the handler around them', () => {
  for (const [lang, src, expected] of HINTS) {
    it(`${expected.length ? expected.join(', ') : 'no hint'}: ${JSON.stringify(src.length > 80 ? src.slice(0, 80) + '…' : src)} (${lang})`, () => {
      const got = headerHints(docOf(src, lang)).map((h) => `${h.code} ${h.header} ${h.level} @${h.line}`);
      assert.deepEqual(got, expected);
    });
  }

  it('gives each hint the section and document of the requirement it cites', () => {
    const [hint] = headerHints(docOf("app.delete('/x', (req, res) => {\n  res.status(405).end();\n});", 'javascript'));
    assert.deepEqual({ section: hint.section, document: hint.document, start: hint.start, end: hint.end }, { section: '15.5.6', document: 'RFC 9110', start: 13, end: 16 });
  });

  it('reads no file longer than five thousand lines', () => {
    const handler = "app.delete('/x', (req, res) => {\n  res.status(405).end();\n});\n";
    assert.equal(headerHints(docOf(handler + 'x;\n'.repeat(4990), 'javascript')).length, 1);
    assert.deepEqual(headerHints(docOf(handler + 'x;\n'.repeat(5000), 'javascript')), []);
  });
});

describe('beyond the hover: the numeric statuses of a range of lines (inlay hints)', () => {
  it('skips numbers glued to words, dots, percent signs and hashes', () => {
    const doc = docOf(['res.status(404);', 'res.status(1.404);', 'res.status(404%);', 'res.status(#404);', 'res.status(x404);', 'res.status(404px);'].join('\n'), 'javascript');
    assert.deepEqual(numericStatuses(doc, 0, 6).map((h) => h.line), [0]);
  });

  it('clamps the range to the document, and reads five thousand lines at most', () => {
    const doc = docOf(Array.from({ length: 6000 }, () => 'res.status(404);').join('\n'), 'javascript');
    assert.equal(numericStatuses(doc, -5, 3).length, 3);
    assert.equal(numericStatuses(doc, 5990, 7000).length, 10);
    assert.equal(numericStatuses(doc, 0, 6000).length, 5000);
  });

  it('skips lines longer than two thousand characters (minified code)', () => {
    const line = 'res.status(404);';
    const long = line + ' '.repeat(2001 - line.length);
    const exact = line + ' '.repeat(2000 - line.length);
    assert.equal(numericStatuses(docOf(long, 'javascript'), 0, 1).length, 0);
    assert.equal(numericStatuses(docOf(exact, 'javascript'), 0, 1).length, 1);
  });

});
