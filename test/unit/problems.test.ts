import * as assert from 'node:assert/strict';
import { problemsIn } from '../../src/core/index';
import type { ProblemContext } from '../../src/core/problems';
import { docOf } from '../support/labels';

// Spec problems and their fixes (src/core/problems.ts, problemsIn in CONTRACT.md): each row is a file, what
// problemsIn reports on it and the text of the file once the first fix of each problem is applied. Look-alikes
// that must stay silent sit beside the rows that report.

/** The file's text after the first fix of every problem (edits applied from the last to the first). */
function fixed(text: string, lang: string, context?: ProblemContext): { kinds: string[]; after: string } {
  const doc = docOf(text, lang);
  const problems = problemsIn(doc, 0, doc.lineCount - 1, context);
  const lines = text.split('\n');
  const edits = problems.flatMap((p) => p.fixes[0]?.edits ?? []).sort((a, b) => b.line - a.line || b.start - a.start);
  for (const e of edits) lines[e.line] = lines[e.line].slice(0, e.start) + e.newText + lines[e.line].slice(e.end);
  return { kinds: problems.map((p) => `${p.kind} ${p.code}`), after: lines.join('\n') };
}

/** [language, file, problems reported, the file after the first fix of each (same as before: no fix)] */
const ROWS: Array<[string, string, string[], string, ProblemContext?]> = [
  // A literal where the file writes constants.
  ['python', 'from http import HTTPStatus\nabort(404)\nreturn HTTPStatus.OK', ['literal 404'], 'from http import HTTPStatus\nabort(HTTPStatus.NOT_FOUND)\nreturn HTTPStatus.OK'],
  ['python', 'abort(404)\nreturn "ok"', [], 'abort(404)\nreturn "ok"'],
  ['ruby', 'render json: x, status: :created\nexpect(response).to have_http_status(404)', ['literal 404'], 'render json: x, status: :created\nexpect(response).to have_http_status(:not_found)'],
  ['ruby', 'render json: x, status: :created\nexpect(response).to have_http_status(404)', [], 'render json: x, status: :created\nexpect(response).to have_http_status(404)', { style: { statusStyle: 'numeric' } }],
  // A former name, only where the version in use has the current one.
  ['ruby', 'def x\n  render json: e, status: :unprocessable_entity\nend', ['former-name 422'], 'def x\n  render json: e, status: :unprocessable_content\nend', { dependencies: { rack: '3.1.2' } }],
  ['ruby', 'def x\n  render json: e, status: :unprocessable_entity\nend', [], 'def x\n  render json: e, status: :unprocessable_entity\nend', { dependencies: { rack: '3.0.9' } }],
  ['ruby', 'def x\n  render json: e, status: :unprocessable_entity\nend', [], 'def x\n  render json: e, status: :unprocessable_entity\nend'],
  ['python', 'from http import HTTPStatus\nabort(HTTPStatus.UNPROCESSABLE_ENTITY)', ['former-name 422'], 'from http import HTTPStatus\nabort(HTTPStatus.UNPROCESSABLE_CONTENT)', { dependencies: { python: '3.13' } }],
  ['python', 'from http import HTTPStatus\nabort(HTTPStatus.UNPROCESSABLE_ENTITY)', [], 'from http import HTTPStatus\nabort(HTTPStatus.UNPROCESSABLE_ENTITY)', { dependencies: { python: '3.12' } }],
  ['python', 'from http import HTTPStatus\nabort(HTTPStatus.UNPROCESSABLE_CONTENT)', [], 'from http import HTTPStatus\nabort(HTTPStatus.UNPROCESSABLE_CONTENT)', { dependencies: { python: '3.13' } }],
  ['scala', 'import org.apache.pekko.http.scaladsl.model.StatusCodes\ncomplete(StatusCodes.UnprocessableEntity)', [], 'import org.apache.pekko.http.scaladsl.model.StatusCodes\ncomplete(StatusCodes.UnprocessableEntity)', { dependencies: { 'org.apache.pekko:pekko-http-core_3': '1.1.0' } }],
  ['java', 'import org.springframework.http.HttpStatus;\nclass A { Object x = HttpStatus.UNPROCESSABLE_ENTITY; }', ['former-name 422'], 'import org.springframework.http.HttpStatus;\nclass A { Object x = HttpStatus.UNPROCESSABLE_CONTENT; }', { dependencies: { 'org.springframework:spring-web': '7.0.1' } }],
  // A missing required header, set in the idiom of the line that sends the status.
  ['javascript', "app.get('/items/:id', getItem);\napp.put('/items/:id', putItem);\napp.delete('/items/:id', (req, res) => {\n  res.status(405).end();\n});",
    ['missing-header 405'], "app.get('/items/:id', getItem);\napp.put('/items/:id', putItem);\napp.delete('/items/:id', (req, res) => {\n  res.set('Allow', 'GET, PUT');\n  res.status(405).end();\n});"],
  ['javascript', "app.delete('/x', (req, res) => {\n  res.sendStatus(405);\n});", ['missing-header 405'], "app.delete('/x', (req, res) => {\n  res.set('Allow', 'GET');\n  res.sendStatus(405);\n});"],
  ['javascript', "router.delete('/x', async (ctx) => {\n  ctx.status = 405;\n});", ['missing-header 405'], "router.delete('/x', async (ctx) => {\n  ctx.set('Allow', 'GET');\n  ctx.status = 405;\n});"],
  ['javascript', "fastify.delete('/x', async (req, reply) => {\n  reply.code(405).send();\n});", ['missing-header 405'], "fastify.delete('/x', async (req, reply) => {\n  reply.header('Allow', 'GET');\n  reply.code(405).send();\n});"],
  ['javascript', "app.delete('/x', (req, res) => {\n  res.set('Allow', 'GET');\n  res.status(405).end();\n});", [], "app.delete('/x', (req, res) => {\n  res.set('Allow', 'GET');\n  res.status(405).end();\n});"],
  ['go', 'func del(w http.ResponseWriter, r *http.Request) {\n\tw.WriteHeader(http.StatusMethodNotAllowed)\n}', ['missing-header 405'],
    'func del(w http.ResponseWriter, r *http.Request) {\n\tw.Header().Set("Allow", "GET")\n\tw.WriteHeader(http.StatusMethodNotAllowed)\n}'],
  ['go', 'func login(c *gin.Context) {\n\tc.AbortWithStatus(http.StatusUnauthorized)\n}', ['missing-header 401'], 'func login(c *gin.Context) {\n\tc.Header("WWW-Authenticate", "Bearer")\n\tc.AbortWithStatus(http.StatusUnauthorized)\n}'],
  ['python', 'def login():\n    if not ok():\n        return "", 401\n    return "ok"', ['missing-header 401'], 'def login():\n    if not ok():\n        return "", 401, {"WWW-Authenticate": "Bearer"}\n    return "ok"'],
  // An exception may carry its headers elsewhere (an exception handler): no problem reported.
  ['python', 'async def ws():\n    raise HTTPException(status_code=426)', [], 'async def ws():\n    raise HTTPException(status_code=426)'],
  ['python', "@app.route('/items', methods=['GET', 'POST'])\ndef items():\n    pass\n@app.route('/items', methods=['DELETE'])\ndef gone():\n    return '', 405", ['missing-header 405'],
    "@app.route('/items', methods=['GET', 'POST'])\ndef items():\n    pass\n@app.route('/items', methods=['DELETE'])\ndef gone():\n    return '', 405, {\"Allow\": \"GET, POST\"}"],
  ['ruby', 'class ItemsController\n  def destroy\n    head :method_not_allowed\n  end\nend', ['missing-header 405'], 'class ItemsController\n  def destroy\n    response.headers["Allow"] = "GET"\n    head :method_not_allowed\n  end\nend'],
  ['csharp', 'public IActionResult Remove(int id)\n{\n    return StatusCode(405);\n}', ['missing-header 405'], 'public IActionResult Remove(int id)\n{\n    Response.Headers["Allow"] = "GET";\n    return StatusCode(405);\n}'],
  ['java', 'ResponseEntity<Void> del() {\n    return ResponseEntity.status(HttpStatus.METHOD_NOT_ALLOWED).build();\n}', ['missing-header 405'],
    'ResponseEntity<Void> del() {\n    return ResponseEntity.status(HttpStatus.METHOD_NOT_ALLOWED).header("Allow", "GET").build();\n}'],
  ['php', "<?php\nfunction del() {\n    return response('', 405);\n}", ['missing-header 405'], "<?php\nfunction del() {\n    return response('', 405)->header('Allow', 'GET');\n}"],
  // An idiom we do not know: the problem, and no fix.
  ['elixir', 'def delete(conn, _) do\n  send_resp(conn, 405, "")\nend', ['missing-header 405'], 'def delete(conn, _) do\n  send_resp(conn, 405, "")\nend'],
  // Content with a status that allows none.
  ['javascript', "app.post('/x', (req, res) => {\n  res.status(204).json({ ok: true });\n});", ['body-not-allowed 204'], "app.post('/x', (req, res) => {\n  res.status(204).end();\n});"],
  ['javascript', "app.post('/x', (req, res) => {\n  res.status(304).send(body);\n});", ['body-not-allowed 304'], "app.post('/x', (req, res) => {\n  res.status(304).end();\n});"],
  ['javascript', "app.post('/x', (req, res) => {\n  res.status(204).send();\n});", [], "app.post('/x', (req, res) => {\n  res.status(204).send();\n});"],
  ['javascript', "app.post('/x', (req, res) => {\n  res.status(204).end();\n});", [], "app.post('/x', (req, res) => {\n  res.status(204).end();\n});"],
  ['javascript', "app.post('/x', (req, res) => {\n  res.status(200).json({ ok: true });\n});", [], "app.post('/x', (req, res) => {\n  res.status(200).json({ ok: true });\n});"],
  ['python', 'def create():\n    return jsonify(item), 204', ['body-not-allowed 204'], 'def create():\n    return "", 204'],
  ['python', 'def create():\n    return "", 204', [], 'def create():\n    return "", 204'],
  ['python', 'def create():\n    return None, 204', [], 'def create():\n    return None, 204'],
  ['go', 'func h(c *gin.Context) {\n\tc.JSON(http.StatusNoContent, gin.H{"ok": true})\n}', ['body-not-allowed 204'], 'func h(c *gin.Context) {\n\tc.Status(http.StatusNoContent)\n}'],
  ['go', 'func h(c *gin.Context) {\n\tc.JSON(http.StatusOK, gin.H{"ok": true})\n}', [], 'func h(c *gin.Context) {\n\tc.JSON(http.StatusOK, gin.H{"ok": true})\n}'],
];

describe('problemsIn: spec problems and the edit that fixes each, ecosystem by ecosystem', () => {
  for (const [lang, text, kinds, after, context] of ROWS) {
    it(`${kinds.length ? kinds.join(', ') : 'nothing'}: ${JSON.stringify(text.length > 70 ? text.slice(0, 70) + '…' : text)} (${lang})${context ? ` ${JSON.stringify(context)}` : ''}`, () => {
      const got = fixed(text, lang, context);
      assert.deepEqual(got.kinds, kinds);
      assert.equal(got.after, after);
    });
  }
});

describe('problemsIn: the second fix, messages and the lines read', () => {
  it('offers to send 200 instead, keeping the constant\'s own spelling', () => {
    const [js] = problemsIn(docOf("app.post('/x', (req, res) => {\n  res.status(204).json({ ok: true });\n});", 'javascript'), 0, 2);
    assert.deepEqual(js.fixes[1].edits, [{ line: 1, start: 13, end: 16, newText: '200' }]);
    const [go] = problemsIn(docOf('func h(c *gin.Context) {\n\tc.JSON(http.StatusNoContent, gin.H{"ok": true})\n}', 'go'), 0, 2);
    assert.deepEqual(go.fixes[1].edits, [{ line: 1, start: 8, end: 28, newText: 'http.StatusOK' }]);
  });

  it('cites the section in both languages', () => {
    const [p] = problemsIn(docOf("app.post('/x', (req, res) => {\n  res.status(205).json({ ok: true });\n});", 'javascript'), 0, 2);
    assert.match(p.message.en, /^A 205 response carries no content \(RFC 9110 §15\.3\.6\)/);
    assert.match(p.message['zh-cn'], /RFC 9110 §15\.3\.6/);
    assert.ok(p.fixes.every((f) => f.title.en && f.title['zh-cn']));
  });

  it('reports only the lines asked for', () => {
    const doc = docOf('from http import HTTPStatus\nabort(404)\nabort(410)\nreturn HTTPStatus.OK', 'python');
    assert.deepEqual(problemsIn(doc, 0, 3).map((p) => p.line), [1, 2]);
    assert.deepEqual(problemsIn(doc, 2, 2).map((p) => p.line), [2]);
    assert.deepEqual(problemsIn(doc, 3, 1), []);
  });

  it('answers [] for input it cannot read, and never throws', () => {
    const doc = docOf('res.status(404);', 'javascript');
    assert.deepEqual(problemsIn(doc, Number.NaN, 3), []);
    assert.deepEqual(problemsIn(null as never, 0, 1), []);
    assert.deepEqual(problemsIn({ languageId: 'javascript', lineCount: 3, lineAt: () => { throw new Error('gone'); } }, 0, 2), []);
    assert.deepEqual(problemsIn(docOf('x'.repeat(3000) + ' res.status(204).json(x)', 'javascript'), 0, 0), [], 'a minified line is skipped');
  });
});
