import * as assert from 'node:assert/strict';
import { problemsIn } from '../../src/core/index';
import { findProblems, type Problem, type ProblemContext } from '../../src/core/problems';
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
  // Django, Starlette/FastAPI, DRF: the response's headers= argument.
  ['python', 'def items(request):\n    return HttpResponse(status=405)', ['missing-header 405'], 'def items(request):\n    return HttpResponse(status=405, headers={"Allow": "GET"})'],
  ['python', 'async def me(request):\n    return JSONResponse({"detail": "login"}, status_code=401)', ['missing-header 401'], 'async def me(request):\n    return JSONResponse({"detail": "login"}, status_code=401, headers={"WWW-Authenticate": "Bearer"})'],
  ['python', 'def items(request):\n    return Response(status=405, content_type="text/plain")', ['missing-header 405'], 'def items(request):\n    return Response(status=405, content_type="text/plain", headers={"Allow": "GET"})'],
  ['python', 'def items(request):\n    return Response(status=405, headers=extra)', [], 'def items(request):\n    return Response(status=405, headers=extra)'],
  ['python', 'def items(request):\n    return Response(status=405,\n        content_type="text/plain")', ['missing-header 405'], 'def items(request):\n    return Response(status=405,\n        content_type="text/plain")'],
  // Symfony and Laravel: the headers argument after the status.
  ['php', "<?php\nfunction del() {\n    return new Response('', 405);\n}", ['missing-header 405'], "<?php\nfunction del() {\n    return new Response('', 405, ['Allow' => 'GET']);\n}"],
  ['php', "<?php\nfunction me() {\n    return new JsonResponse($data, 401);\n}", ['missing-header 401'], "<?php\nfunction me() {\n    return new JsonResponse($data, 401, ['WWW-Authenticate' => 'Bearer']);\n}"],
  ['php', "<?php\nfunction me() {\n    return response()->json($data, 401);\n}", ['missing-header 401'], "<?php\nfunction me() {\n    return response()->json($data, 401, ['WWW-Authenticate' => 'Bearer']);\n}"],
  ['php', "<?php\nfunction me() {\n    return new JsonResponse($data, 401, $extra);\n}", ['missing-header 401'], "<?php\nfunction me() {\n    return new JsonResponse($data, 401, $extra);\n}"],
  // axum: a header array after the status in the response tuple.
  ['rust', 'async fn remove() -> impl IntoResponse {\n    (StatusCode::METHOD_NOT_ALLOWED, "use GET")\n}', ['missing-header 405'], 'async fn remove() -> impl IntoResponse {\n    (StatusCode::METHOD_NOT_ALLOWED, [("allow", "GET")], "use GET")\n}'],
  ['rust', 'async fn remove() -> impl IntoResponse {\n    return Err(StatusCode::METHOD_NOT_ALLOWED);\n}', ['missing-header 405'], 'async fn remove() -> impl IntoResponse {\n    return Err(StatusCode::METHOD_NOT_ALLOWED);\n}'],
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
  ['java', 'ResponseEntity<Item> touch() {\n    return ResponseEntity.status(HttpStatus.NO_CONTENT).body(item);\n}', ['body-not-allowed 204'], 'ResponseEntity<Item> touch() {\n    return ResponseEntity.status(HttpStatus.NO_CONTENT).build();\n}'],
  ['java', 'ResponseEntity<Item> touch() {\n    return ResponseEntity.status(HttpStatus.NO_CONTENT).build();\n}', [], 'ResponseEntity<Item> touch() {\n    return ResponseEntity.status(HttpStatus.NO_CONTENT).build();\n}'],
  ['java', 'ResponseEntity<Item> touch() {\n    return ResponseEntity.status(HttpStatus.NO_CONTENT).body(null);\n}', [], 'ResponseEntity<Item> touch() {\n    return ResponseEntity.status(HttpStatus.NO_CONTENT).body(null);\n}'],
  ['csharp', 'public IActionResult Touch(int id)\n{\n    return StatusCode(204, item);\n}', ['body-not-allowed 204'], 'public IActionResult Touch(int id)\n{\n    return StatusCode(204);\n}'],
  ['csharp', 'public IActionResult Touch(int id)\n{\n    return StatusCode(StatusCodes.Status304NotModified, cached);\n}', ['body-not-allowed 304'], 'public IActionResult Touch(int id)\n{\n    return StatusCode(StatusCodes.Status304NotModified);\n}'],
  ['csharp', 'public IActionResult Touch(int id)\n{\n    return StatusCode(204);\n}', [], 'public IActionResult Touch(int id)\n{\n    return StatusCode(204);\n}'],
  ['csharp', 'app.MapPut("/x", () => Results.StatusCode(204));', [], 'app.MapPut("/x", () => Results.StatusCode(204));'],
  // New idioms however written, and look-alikes beside them.
  ['java', 'ResponseEntity<Item> touch() {\n    return ResponseEntity .status( HttpStatus.NO_CONTENT ) . body ( wrap(item) );\n}', ['body-not-allowed 204'], 'ResponseEntity<Item> touch() {\n    return ResponseEntity .status( HttpStatus.NO_CONTENT ) . build();\n}'],
  ['java', 'ResponseEntity<Item> touch() {\n    return ResponseEntity.status(HttpStatus.NO_CONTENT).body( );\n}', [], 'ResponseEntity<Item> touch() {\n    return ResponseEntity.status(HttpStatus.NO_CONTENT).body( );\n}'],
  ['java', 'ResponseEntity<Item> touch() {\n    return builder.status(HttpStatus.NO_CONTENT).body(item);\n}', [], 'ResponseEntity<Item> touch() {\n    return builder.status(HttpStatus.NO_CONTENT).body(item);\n}'],
  ['java', 'ResponseEntity<Item> touch() {\n    return ResponseEntity.status(HttpStatus.NO_CONTENT).header("A", "b").body(item);\n}', [], 'ResponseEntity<Item> touch() {\n    return ResponseEntity.status(HttpStatus.NO_CONTENT).header("A", "b").body(item);\n}'],
  ['kotlin', 'fun touch(): ResponseEntity<Item> {\n    return ResponseEntity.status(HttpStatus.NOT_MODIFIED).body(item)\n}', ['body-not-allowed 304'], 'fun touch(): ResponseEntity<Item> {\n    return ResponseEntity.status(HttpStatus.NOT_MODIFIED).build()\n}'],
  ['csharp', 'public IActionResult Touch(int id)\n{\n    return StatusCode( 204 ,  Wrap(item) );\n}', ['body-not-allowed 204'], 'public IActionResult Touch(int id)\n{\n    return StatusCode( 204);\n}'],
  ['csharp', 'public IActionResult Touch(int id)\n{\n    return StatusCode(204, null);\n}', [], 'public IActionResult Touch(int id)\n{\n    return StatusCode(204, null);\n}'],
  ['csharp', 'public IActionResult Touch(int id)\n{\n    return helper.StatusCode(204, item);\n}', [], 'public IActionResult Touch(int id)\n{\n    return helper.StatusCode(204, item);\n}'],
  ['csharp', 'public IActionResult Touch(int id)\n{\n    return MyStatusCode(204, item);\n}', [], 'public IActionResult Touch(int id)\n{\n    return MyStatusCode(204, item);\n}'],
  ['python', 'async def me(request):\n    return JSONResponse(body, status_code = 401)', ['missing-header 401'], 'async def me(request):\n    return JSONResponse(body, status_code = 401, headers={"WWW-Authenticate": "Bearer"})'],
  ['python', 'def items(request):\n    return Response(status=405, headers =extra)', [], 'def items(request):\n    return Response(status=405, headers =extra)'],
  ['python', 'def items(request):\n    return make_response("", status=405)', ['missing-header 405'], 'def items(request):\n    return make_response("", status=405)'],
  ['python', 'def items(request):\n    return HttpResponse(http_status=405)', ['missing-header 405'], 'def items(request):\n    return HttpResponse(http_status=405)'],
  ['php', "<?php\nfunction del() {\n    return new Response('', 405 );\n}", ['missing-header 405'], "<?php\nfunction del() {\n    return new Response('', 405 , ['Allow' => 'GET']);\n}"],
  ['php', "<?php\nfunction me() {\n    return $this->json($data , 401);\n}", ['missing-header 401'], "<?php\nfunction me() {\n    return $this->json($data , 401, ['WWW-Authenticate' => 'Bearer']);\n}"],
  ['php', "<?php\nfunction me() {\n    return renew Response($data, 401);\n}", ['missing-header 401'], "<?php\nfunction me() {\n    return renew Response($data, 401);\n}"],
  ['rust', 'async fn remove() -> impl IntoResponse {\n    Err(( StatusCode::METHOD_NOT_ALLOWED , "use GET"))\n}', ['missing-header 405'], 'async fn remove() -> impl IntoResponse {\n    Err(( StatusCode::METHOD_NOT_ALLOWED , [("allow", "GET")], "use GET"))\n}'],
  ['rust', 'async fn remove() -> impl IntoResponse {\n    respond(StatusCode::METHOD_NOT_ALLOWED, "use GET")\n}', ['missing-header 405'], 'async fn remove() -> impl IntoResponse {\n    respond(StatusCode::METHOD_NOT_ALLOWED, "use GET")\n}'],
  ['rust', 'async fn remove() -> impl IntoResponse {\n    (StatusCode::METHOD_NOT_ALLOWED)\n}', ['missing-header 405'], 'async fn remove() -> impl IntoResponse {\n    (StatusCode::METHOD_NOT_ALLOWED)\n}'],
  // The team's style, as any caller may pass it: a shape we do not know is no style.
  ['go', 'import "net/http"\nfunc h(w http.ResponseWriter, r *http.Request) {\n\tw.WriteHeader(404)\n}', [], 'import "net/http"\nfunc h(w http.ResponseWriter, r *http.Request) {\n\tw.WriteHeader(404)\n}', { style: { go: { prefer: 'constant', allow: ['404', 404], source: 7 } } }],
  ['go', 'import "net/http"\nfunc h(w http.ResponseWriter, r *http.Request) {\n\tw.WriteHeader(404)\n}', ['literal 404'], 'import "net/http"\nfunc h(w http.ResponseWriter, r *http.Request) {\n\tw.WriteHeader(http.StatusNotFound)\n}', { style: { go: { prefer: 'constant', allow: ['404'], source: 'x' } } }],
  ['go', 'import "net/http"\nfunc h(w http.ResponseWriter, r *http.Request) {\n\tw.WriteHeader(404)\n}', ['literal 404'], 'import "net/http"\nfunc h(w http.ResponseWriter, r *http.Request) {\n\tw.WriteHeader(http.StatusNotFound)\n}', { style: { go: { prefer: 'other', allow: [404] } } }],
  ['go', 'import "net/http"\nfunc h(w http.ResponseWriter, r *http.Request) {\n\tw.WriteHeader(404)\n}', ['literal 404'], 'import "net/http"\nfunc h(w http.ResponseWriter, r *http.Request) {\n\tw.WriteHeader(http.StatusNotFound)\n}', { style: { go: 'numeric' } }],
  ['go', 'import "net/http"\nfunc h(w http.ResponseWriter, r *http.Request) {\n\tw.WriteHeader(404)\n}', [], 'import "net/http"\nfunc h(w http.ResponseWriter, r *http.Request) {\n\tw.WriteHeader(404)\n}', { style: { go: { prefer: 'numeric' } } }],
  ['ruby', 'class A\n  def show\n    head Rack::Utils::SYMBOL_TO_STATUS_CODE[:gone]\n    render status: :gone\n  end\nend', ['literal 410'], 'class A\n  def show\n    head Rack::Utils::SYMBOL_TO_STATUS_CODE[:gone]\n    render status: 410\n  end\nend', { style: { ruby: { prefer: 'numeric', source: 'r' } } }],
  ['ruby', 'class A\n  def show\n    render status: :gone\n  end\nend', [], 'class A\n  def show\n    render status: :gone\n  end\nend', { style: { ruby: { prefer: 'constant', source: 'r' } } }],
  ['go', 'package main\nfunc h(w Writer) {\n\tw.WriteHeader(429)\n}', [], 'package main\nfunc h(w Writer) {\n\tw.WriteHeader(429)\n}', { style: { go: { prefer: 'constant', allow: [], source: 'u' } } }],
  ['go', 'package main\nimport nethttp "net/http"\nfunc h(w nethttp.ResponseWriter) {\n\tw.WriteHeader(429)\n}', ['literal 429'], 'package main\nimport nethttp "net/http"\nfunc h(w nethttp.ResponseWriter) {\n\tw.WriteHeader(nethttp.StatusTooManyRequests)\n}', { style: { go: { prefer: 'constant', allow: [], source: 'u' } } }],
  ['go', 'package main\nimport (\n\t"fmt"\n\tstd "net/http"\n)\nfunc h(w std.ResponseWriter) {\n\tw.WriteHeader(429)\n}', ['literal 429'], 'package main\nimport (\n\t"fmt"\n\tstd "net/http"\n)\nfunc h(w std.ResponseWriter) {\n\tw.WriteHeader(std.StatusTooManyRequests)\n}'],
  ['go', 'package main\nimport _ "net/http/pprof"\nimport "net/http"\nfunc h(w http.ResponseWriter) {\n\tw.WriteHeader(429)\n}', ['literal 429'], 'package main\nimport _ "net/http/pprof"\nimport "net/http"\nfunc h(w http.ResponseWriter) {\n\tw.WriteHeader(http.StatusTooManyRequests)\n}'],
  ['php', "<?php\nuse Illuminate\\Http\\Response;\nfunction f() {\n    return response('', 409);\n}", ['literal 409'], "<?php\nuse Illuminate\\Http\\Response;\nfunction f() {\n    return response('', Response::HTTP_CONFLICT);\n}", { style: { php: { prefer: 'constant', source: 'rector.php' } } }],
  // Echo writes headers on its response, and sends a bare status with NoContent; a Gin file is left to Gin's idiom.
  ['go', 'import "github.com/labstack/echo/v4"\nfunc del(c echo.Context) error {\n\treturn c.NoContent(http.StatusMethodNotAllowed)\n}', ['missing-header 405'], 'import "github.com/labstack/echo/v4"\nfunc del(c echo.Context) error {\n\tc.Response().Header().Set("Allow", "GET")\n\treturn c.NoContent(http.StatusMethodNotAllowed)\n}'],
  ['go', 'import "github.com/labstack/echo/v4"\nfunc me(c echo.Context) error {\n\treturn c.JSON(http.StatusUnauthorized, errBody)\n}', ['missing-header 401'], 'import "github.com/labstack/echo/v4"\nfunc me(c echo.Context) error {\n\tc.Response().Header().Set("WWW-Authenticate", "Bearer")\n\treturn c.JSON(http.StatusUnauthorized, errBody)\n}'],
  ['go', 'import "github.com/labstack/echo/v4"\nfunc me(c echo.Context) error {\n\treturn c.Render(http.StatusUnauthorized, "login", nil)\n}', ['missing-header 401'], 'import "github.com/labstack/echo/v4"\nfunc me(c echo.Context) error {\n\treturn c.Render(http.StatusUnauthorized, "login", nil)\n}'],
  ['go', 'import "github.com/labstack/echo/v4"\nfunc touch(c echo.Context) error {\n\treturn c.JSON(http.StatusNoContent, item)\n}', ['body-not-allowed 204'], 'import "github.com/labstack/echo/v4"\nfunc touch(c echo.Context) error {\n\treturn c.NoContent(http.StatusNoContent)\n}'],
  ['go', 'import "github.com/gin-gonic/gin"\nfunc touch(c *gin.Context) {\n\tc.JSON(http.StatusNoContent, item)\n}', ['body-not-allowed 204'], 'import "github.com/gin-gonic/gin"\nfunc touch(c *gin.Context) {\n\tc.Status(http.StatusNoContent)\n}'],
  // The team's linter configuration (style.ts): constants where the linter asks for them, numbers it allows.
  ['go', 'import "net/http"\nfunc h(w http.ResponseWriter, r *http.Request) {\n\tw.WriteHeader(429)\n}', ['literal 429'], 'import "net/http"\nfunc h(w http.ResponseWriter, r *http.Request) {\n\tw.WriteHeader(http.StatusTooManyRequests)\n}', { style: { go: { prefer: 'constant', allow: [200, 400, 404, 500], source: 'staticcheck.conf (ST1013)' } } }],
  ['go', 'import "net/http"\nfunc h(w http.ResponseWriter, r *http.Request) {\n\tw.WriteHeader(404)\n}', [], 'import "net/http"\nfunc h(w http.ResponseWriter, r *http.Request) {\n\tw.WriteHeader(404)\n}', { style: { go: { prefer: 'constant', allow: [200, 400, 404, 500], source: 'staticcheck.conf (ST1013)' } } }],
  ['go', 'import "net/http"\nfunc h(w http.ResponseWriter, r *http.Request) {\n\tw.WriteHeader(404)\n}', ['literal 404'], 'import "net/http"\nfunc h(w http.ResponseWriter, r *http.Request) {\n\tw.WriteHeader(http.StatusNotFound)\n}', { style: { go: { prefer: 'constant', allow: [], source: '.golangci.yml (usestdlibvars)' } } }],
  ['go', 'import "net/http"\nfunc h(w http.ResponseWriter, r *http.Request) {\n\tw.WriteHeader(404)\n}', ['literal 404'], 'import "net/http"\nfunc h(w http.ResponseWriter, r *http.Request) {\n\tw.WriteHeader(http.StatusNotFound)\n}'],
  ['go', 'import "net/http"\nfunc h(w http.ResponseWriter, r *http.Request) {\n\tw.WriteHeader(404)\n}', ['literal 404'], 'import "net/http"\nfunc h(w http.ResponseWriter, r *http.Request) {\n\tw.WriteHeader(http.StatusNotFound)\n}', { style: { ruby: { prefer: 'constant', allow: [404], source: '.rubocop.yml' } } }],
  ['go', 'import "github.com/valyala/fasthttp"\nfunc h(ctx *fasthttp.RequestCtx) {\n\tctx.SetStatusCode(429)\n}', ['literal 429'], 'import "github.com/valyala/fasthttp"\nfunc h(ctx *fasthttp.RequestCtx) {\n\tctx.SetStatusCode(fasthttp.StatusTooManyRequests)\n}', { style: { go: { prefer: 'constant', allow: [], source: '.golangci.yml (usestdlibvars)' } } }],
  ['ruby', 'class A\n  def show\n    head 404\n  end\nend', ['literal 404'], 'class A\n  def show\n    head :not_found\n  end\nend', { style: { ruby: { prefer: 'constant', source: '.rubocop.yml (Rails/HttpStatus, symbolic)' } } }],
  ['ruby', 'class A\n  def show\n    head 404\n  end\nend', [], 'class A\n  def show\n    head 404\n  end\nend'],
  ['ruby', 'class A\n  def show\n    head :not_found\n    render json: x, status: :created\n  end\nend', ['literal 404', 'literal 201'], 'class A\n  def show\n    head 404\n    render json: x, status: 201\n  end\nend', { style: { ruby: { prefer: 'numeric', source: '.rubocop.yml (Rails/HttpStatus, numeric)' } } }],
  ['ruby', 'class A\n  def show\n    head :not_found\n  end\nend', [], 'class A\n  def show\n    head :not_found\n  end\nend'],
  ['php', "<?php\nuse Symfony\\Component\\HttpFoundation\\Response;\nfunction f() {\n    return new Response('', 409);\n}", ['literal 409'], "<?php\nuse Symfony\\Component\\HttpFoundation\\Response;\nfunction f() {\n    return new Response('', Response::HTTP_CONFLICT);\n}", { style: { php: { prefer: 'constant', source: 'rector.php (ResponseStatusCodeRector)' } } }],
  ['php', "<?php\nuse Symfony\\Component\\HttpFoundation\\Response;\nfunction f() {\n    return new Response('', 409);\n}", [], "<?php\nuse Symfony\\Component\\HttpFoundation\\Response;\nfunction f() {\n    return new Response('', 409);\n}", { style: { php: { prefer: 'constant', allow: [409], source: 'a linter that allows 409' } } }],
  ['php', "<?php\nfunction f() {\n    return new Response('', 409);\n}", [], "<?php\nfunction f() {\n    return new Response('', 409);\n}", { style: { php: { prefer: 'constant', source: 'rector.php (ResponseStatusCodeRector)' } } }],
  ['php', "<?php\nuse Psr\\Http\\Message\\ResponseInterface;\nfunction f($r) {\n    return $r->withStatus(409);\n}", [], "<?php\nuse Psr\\Http\\Message\\ResponseInterface;\nfunction f($r) {\n    return $r->withStatus(409);\n}", { style: { php: { prefer: 'constant', source: 'rector.php (ResponseStatusCodeRector)' } } }],
  ['typescript', "import { StatusCodes } from 'http-status-codes';\nres.status(404).send();\nres.status(StatusCodes.OK).send();", [], "import { StatusCodes } from 'http-status-codes';\nres.status(404).send();\nres.status(StatusCodes.OK).send();", { style: { typescript: { prefer: 'constant', allow: [404], source: '.eslintrc.json (no-magic-numbers)' } } }],
  ['typescript', "import { StatusCodes } from 'http-status-codes';\nres.status(409).send();\nres.status(StatusCodes.OK).send();", ['literal 409'], "import { StatusCodes } from 'http-status-codes';\nres.status(StatusCodes.CONFLICT).send();\nres.status(StatusCodes.OK).send();", { style: { typescript: { prefer: 'constant', allow: [404], source: '.eslintrc.json (no-magic-numbers)' } } }],
];

/** Variants of each idiom: spacing, receivers, nesting; and lines where the hint stands but no fix is known. */
const VARIANTS: Array<[string, string, string[], string]> = [
  ['javascript', "app.delete('/x', (req, res) => {\n  res .status( 405).end();\n});", ['missing-header 405'], "app.delete('/x', (req, res) => {\n  res.set('Allow', 'GET');\n  res .status( 405).end();\n});"],
  ['javascript', "app.delete('/x', (req, res) => {\n  res. status (405).end();\n});", ['missing-header 405'], "app.delete('/x', (req, res) => {\n  res.set('Allow', 'GET');\n  res. status (405).end();\n});"],
  ['javascript', "router.delete('/x', async (ctx) => {\n  ctx .status  =  405;\n});", ['missing-header 405'], "router.delete('/x', async (ctx) => {\n  ctx.set('Allow', 'GET');\n  ctx .status  =  405;\n});"],
  ['javascript', "router.delete('/x', async (ctx) => {\n  ctx. status = 405;\n});", ['missing-header 405'], "router.delete('/x', async (ctx) => {\n  ctx.set('Allow', 'GET');\n  ctx. status = 405;\n});"],
  ['javascript', "const server = http.createServer((req, res) => {\n  res.writeHead(405);\n  res.end();\n});", ['missing-header 405'], "const server = http.createServer((req, res) => {\n  res.writeHead(405);\n  res.end();\n});"],
  ['javascript', "app.put('/a.b', put);\napp.putx('/aXb', other);\napp.delete('/a.b', (req, res) => {\n  res.status(405).end();\n});", ['missing-header 405'], "app.put('/a.b', put);\napp.putx('/aXb', other);\napp.delete('/a.b', (req, res) => {\n  res.set('Allow', 'PUT');\n  res.status(405).end();\n});"],
  ['javascript', "app.put('/aXb', put);\napp.delete('/a.b', (req, res) => {\n  res.status(405).end();\n});", ['missing-header 405'], "app.put('/aXb', put);\napp.delete('/a.b', (req, res) => {\n  res.set('Allow', 'GET');\n  res.status(405).end();\n});"],
  ['javascript', "app.get('/x', get);\napp.delete ('/x', (req, res) => {\n  res.status(405).end();\n});", ['missing-header 405'], "app.get('/x', get);\napp.delete ('/x', (req, res) => {\n  res.set('Allow', 'GET');\n  res.status(405).end();\n});"],
  ['go', 'func del(rw http.ResponseWriter, r *http.Request) {\n\trw.WriteHeader( http.StatusMethodNotAllowed)\n}', ['missing-header 405'], 'func del(rw http.ResponseWriter, r *http.Request) {\n\trw.Header().Set("Allow", "GET")\n\trw.WriteHeader( http.StatusMethodNotAllowed)\n}'],
  ['go', 'func createReport(w http.ResponseWriter, r *http.Request) {\n\tif r.Method != http.MethodPost {\n\t\tw.WriteHeader(405)\n\t\treturn\n\t}\n}', ['missing-header 405'],
    'func createReport(w http.ResponseWriter, r *http.Request) {\n\tif r.Method != http.MethodPost {\n\t\tw.Header().Set("Allow", "POST")\n\t\tw.WriteHeader(405)\n\t\treturn\n\t}\n}'],
  ['javascript', "app.all('/x', (req, res) => {\n  if (req.method !== 'PUT') {\n    return res.status(405).end();\n  }\n});", ['missing-header 405'],
    "app.all('/x', (req, res) => {\n  if (req.method !== 'PUT') {\n    res.set('Allow', 'PUT');\n    return res.status(405).end();\n  }\n});"],
  ['go', 'func login(ctx *gin.Context) {\n\tctx.AbortWithStatus( http.StatusUnauthorized)\n}', ['missing-header 401'], 'func login(ctx *gin.Context) {\n\tctx.Header("WWW-Authenticate", "Bearer")\n\tctx.AbortWithStatus( http.StatusUnauthorized)\n}'],
  ['go', 'func del(c echo.Context) error {\n\treturn c.NoContent(http.StatusMethodNotAllowed)\n}', ['missing-header 405'], 'func del(c echo.Context) error {\n\treturn c.NoContent(http.StatusMethodNotAllowed)\n}'],
  ['python', 'def x():\n    return "",405', ['missing-header 405'], 'def x():\n    return "",405, {"Allow": "GET"}'],
  ['python', 'def x():\n    return "", 405  # not here', ['missing-header 405'], 'def x():\n    return "", 405, {"Allow": "GET"}  # not here'],
  ['python', 'def x():\n    return "", 405 if closed else 200', ['missing-header 405'], 'def x():\n    return "", 405 if closed else 200'],
  ['python', 'def x():\n    return Response(status=405)', ['missing-header 405'], 'def x():\n    return Response(status=405, headers={"Allow": "GET"})'],
  ['python', "@app.route('/items', methods = ['GET'])\ndef items():\n    pass\n@app.route('/items', methods = ['DELETE'])\ndef gone():\n    return '', 405", ['missing-header 405'],
    "@app.route('/items', methods = ['GET'])\ndef items():\n    pass\n@app.route('/items', methods = ['DELETE'])\ndef gone():\n    return '', 405, {\"Allow\": \"GET\"}"],
  ['ruby', 'def destroy\n  head  :method_not_allowed\nend', ['missing-header 405'], 'def destroy\n  response.headers["Allow"] = "GET"\n  head  :method_not_allowed\nend'],
  ['ruby', 'def destroy\n  response.status = 405\nend', ['missing-header 405'], 'def destroy\n  response.status = 405\nend'],
  ['csharp', 'public IActionResult Remove(int id)\n{\n    return StatusCode( 405);\n}', ['missing-header 405'], 'public IActionResult Remove(int id)\n{\n    Response.Headers["Allow"] = "GET";\n    return StatusCode( 405);\n}'],
  ['csharp', 'public IActionResult Remove(int id)\n{\n    return StatusCode (405);\n}', ['missing-header 405'], 'public IActionResult Remove(int id)\n{\n    Response.Headers["Allow"] = "GET";\n    return StatusCode (405);\n}'],
  ['csharp', 'public IActionResult Remove(int id)\n{\n    var r = StatusCode(405);\n    return r;\n}', ['missing-header 405'], 'public IActionResult Remove(int id)\n{\n    Response.Headers["Allow"] = "GET";\n    var r = StatusCode(405);\n    return r;\n}'],
  ['csharp', 'public IActionResult Remove(int id)\n{\n    return new  StatusCodeResult(405);\n}', ['missing-header 405'], 'public IActionResult Remove(int id)\n{\n    Response.Headers["Allow"] = "GET";\n    return new  StatusCodeResult(405);\n}'],
  ['csharp', 'app.MapDelete("/x", () =>\n{\n    return Results.StatusCode(405);\n});', ['missing-header 405'], 'app.MapDelete("/x", () =>\n{\n    Response.Headers["Allow"] = "GET";\n    return Results.StatusCode(405);\n});'],
  // A status inside an object literal is data as far as hints go (precision first): no hint, no fix.
  ['csharp', 'public IActionResult Remove(int id)\n{\n    return new ObjectResult(x) { StatusCode = 405 };\n}', [], 'public IActionResult Remove(int id)\n{\n    return new ObjectResult(x) { StatusCode = 405 };\n}'],
  ['kotlin', 'fun del(): ResponseEntity<Unit> {\n    return ResponseEntity .status( HttpStatus.METHOD_NOT_ALLOWED).build()\n}', ['missing-header 405'], 'fun del(): ResponseEntity<Unit> {\n    return ResponseEntity .status( HttpStatus.METHOD_NOT_ALLOWED).header("Allow", "GET").build()\n}'],
  ['java', 'ResponseEntity<Void> del() {\n    return ResponseEntity. status (HttpStatus.METHOD_NOT_ALLOWED).build();\n}', ['missing-header 405'], 'ResponseEntity<Void> del() {\n    return ResponseEntity. status (HttpStatus.METHOD_NOT_ALLOWED).header("Allow", "GET").build();\n}'],
  ['java', 'void del(HttpServletResponse response) {\n    response.setStatus(405);\n}', ['missing-header 405'], 'void del(HttpServletResponse response) {\n    response.setStatus(405);\n}'],
  ['java', 'ResponseEntity<Void> del() {\n    return ResponseEntity.status(HttpStatus.METHOD_NOT_ALLOWED\n        ).build();\n}', ['missing-header 405'], 'ResponseEntity<Void> del() {\n    return ResponseEntity.status(HttpStatus.METHOD_NOT_ALLOWED\n        ).build();\n}'],
  ['php', "<?php\nfunction del() {\n    return response ('',405);\n}", ['missing-header 405'], "<?php\nfunction del() {\n    return response ('',405)->header('Allow', 'GET');\n}"],
  ['php', "<?php\nfunction del() {\n    http_response_code(405);\n}", ['missing-header 405'], "<?php\nfunction del() {\n    http_response_code(405);\n}"],
  ['php', "<?php\nfunction del() {\n    return response('', 405\n    );\n}", ['missing-header 405'], "<?php\nfunction del() {\n    return response('', 405\n    );\n}"],
  // Content with a status that allows none, however written; empty bodies are none.
  ['javascript', "app.post('/x', (req, res) => {\n  res.status(204) .json(x);\n});", ['body-not-allowed 204'], "app.post('/x', (req, res) => {\n  res.status(204) .end();\n});"],
  ['javascript', "app.post('/x', (req, res) => {\n  res.status(204). json(x);\n});", ['body-not-allowed 204'], "app.post('/x', (req, res) => {\n  res.status(204). end();\n});"],
  ['javascript', "app.post('/x', (req, res) => {\n  res.status(204).json (x);\n});", ['body-not-allowed 204'], "app.post('/x', (req, res) => {\n  res.status(204).end();\n});"],
  ['javascript', "app.post('/x', (req, res) => {\n  res.status(204).json(wrap(12), opts);\n});", ['body-not-allowed 204'], "app.post('/x', (req, res) => {\n  res.status(204).end();\n});"],
  ['javascript', "app.post('/x', (req, res) => {\n  res .status( 204).send(x + '');\n});", ['body-not-allowed 204'], "app.post('/x', (req, res) => {\n  res .status( 204).end();\n});"],
  ['javascript', "app.post('/x', (req, res) => {\n  res. status (204).send(null || x);\n});", ['body-not-allowed 204'], "app.post('/x', (req, res) => {\n  res. status (204).end();\n});"],
  ['javascript', "app.post('/x', (req, res) => {\n  res.status(100).json(x);\n});", ['body-not-allowed 100'], "app.post('/x', (req, res) => {\n  res.status(100).end();\n});"],
  ['javascript', "app.post('/x', (req, res) => {\n  res.status(103).json(x);\n});", ['body-not-allowed 103'], "app.post('/x', (req, res) => {\n  res.status(103).end();\n});"],
  ['javascript', "app.post('/x', (req, res) => {\n  res.status(206).json(x);\n});", [], "app.post('/x', (req, res) => {\n  res.status(206).json(x);\n});"],
  ['javascript', "app.post('/x', (req, res) => {\n  res.status(204).send( );\n});", [], "app.post('/x', (req, res) => {\n  res.status(204).send( );\n});"],
  ['javascript', "app.post('/x', (req, res) => {\n  res.status(204).send( null );\n});", [], "app.post('/x', (req, res) => {\n  res.status(204).send( null );\n});"],
  ['javascript', "app.post('/x', (req, res) => {\n  res.status(204).send('');\n});", [], "app.post('/x', (req, res) => {\n  res.status(204).send('');\n});"],
  ['javascript', "log(204).json(x);", [], "log(204).json(x);"],
  ['python', 'def create():\n    return  jsonify(item),204', ['body-not-allowed 204'], 'def create():\n    return  "",204'],
  ['python', 'def create():\n    return jsonify(item), 204  # created', ['body-not-allowed 204'], 'def create():\n    return "", 204  # created'],
  ['python', "def create():\n    return jsonify(item), 204, {'X-Id': 1}", ['body-not-allowed 204'], "def create():\n    return \"\", 204, {'X-Id': 1}"],
  ['python', "def create():\n    return jsonify(item), 204,{'X-Id': 1}", ['body-not-allowed 204'], "def create():\n    return \"\", 204,{'X-Id': 1}"],
  ['python', "def create():\n    return x + '', 204", ['body-not-allowed 204'], 'def create():\n    return "", 204'],
  ['python', 'def create():\n    return None or x, 204', ['body-not-allowed 204'], 'def create():\n    return "", 204'],
  ['python', 'def create():\n    return b"", 204', [], 'def create():\n    return b"", 204'],
  ['python', 'def create():\n    return jsonify(item), 204 if ok else 200', [], 'def create():\n    return jsonify(item), 204 if ok else 200'],
  ['go', 'func h(ctx *gin.Context) {\n\tctx.JSON( http.StatusNoContent, x)\n}', ['body-not-allowed 204'], 'func h(ctx *gin.Context) {\n\tctx.Status(http.StatusNoContent)\n}'],
  ['go', 'func h(c *gin.Context) {\n\tc.JSON(http.StatusNoContent ,x)\n}', ['body-not-allowed 204'], 'func h(c *gin.Context) {\n\tc.Status(http.StatusNoContent)\n}'],
  ['go', 'func h(c *gin.Context) {\n\tc.JSON(http.StatusNoContent,x)\n}', ['body-not-allowed 204'], 'func h(c *gin.Context) {\n\tc.Status(http.StatusNoContent)\n}'],
  ['go', 'func h(c *gin.Context) {\n\tc.JSON(http.StatusNoContent,  f(x))\n}', ['body-not-allowed 204'], 'func h(c *gin.Context) {\n\tc.Status(http.StatusNoContent)\n}'],
  ['go', 'func h(c *gin.Context) {\n\tc.JSON(http.StatusNoContent, gin.H{\n\t\t"ok": true,\n\t})\n}', [], 'func h(c *gin.Context) {\n\tc.JSON(http.StatusNoContent, gin.H{\n\t\t"ok": true,\n\t})\n}'],
  ['python', 'from http import HTTPStatus\nif r.status >= 500:\n    retry()\nabort(HTTPStatus.OK)', [], 'from http import HTTPStatus\nif r.status >= 500:\n    retry()\nabort(HTTPStatus.OK)'],
  // Former names written bare after a static import, or in full; only the member is renamed.
  ['java', 'import static org.springframework.http.HttpStatus.*;\nclass A { Object x = PAYLOAD_TOO_LARGE; }', ['former-name 413'], 'import static org.springframework.http.HttpStatus.*;\nclass A { Object x = CONTENT_TOO_LARGE; }'],
  ['java', 'class A { Object x = org.springframework.http.HttpStatus.PAYLOAD_TOO_LARGE; }', ['former-name 413'], 'class A { Object x = org.springframework.http.HttpStatus.CONTENT_TOO_LARGE; }'],
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

describe('problemsIn: idioms however written, and hints with no fix where the idiom is unknown', () => {
  const spring = { dependencies: { 'org.springframework:spring-web': '7.0.1' } };
  for (const [lang, text, kinds, after] of VARIANTS) {
    it(`${kinds.length ? kinds.join(', ') : 'nothing'}: ${JSON.stringify(text.length > 70 ? text.slice(0, 70) + '…' : text)} (${lang})`, () => {
      const got = fixed(text, lang, spring);
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

  it('says what is wrong and what each fix does, in both languages, kind by kind', () => {
    const one = (text: string, lang: string, context?: ProblemContext) => problemsIn(docOf(text, lang), 0, text.split('\n').length - 1, context)[0];
    const literal = one('from http import HTTPStatus\nabort(404)\nreturn HTTPStatus.OK', 'python');
    assert.deepEqual(literal.message, {
      en: '404 is written as a number where this file writes its statuses as constants: HTTPStatus.NOT_FOUND.',
      'zh-cn': '本文件用常量表示状态码，这里的 404 仍是数字，可写作 HTTPStatus.NOT_FOUND。',
    });
    assert.deepEqual(literal.fixes[0].title, { en: 'Replace 404 with HTTPStatus.NOT_FOUND', 'zh-cn': '将 404 替换为 HTTPStatus.NOT_FOUND' });
    const former = one('def x\n  render json: e, status: :unprocessable_entity\nend', 'ruby', { dependencies: { rack: '3.1.2' } });
    assert.deepEqual(former.message, {
      en: 'unprocessable_entity is a former name for 422; Rails / Rack status symbols (Rack::Utils::SYMBOL_TO_STATUS_CODE) writes it unprocessable_content.',
      'zh-cn': 'unprocessable_entity 是 422 的旧名称，Rails / Rack status symbols (Rack::Utils::SYMBOL_TO_STATUS_CODE) 现在写作 unprocessable_content。',
    });
    assert.deepEqual(former.fixes[0].title, { en: 'Rename to unprocessable_content', 'zh-cn': '改为 unprocessable_content' });
    const must = one("app.delete('/x', (req, res) => {\n  res.status(405).end();\n});", 'javascript');
    assert.deepEqual(must.message, {
      en: '405: the response MUST carry the Allow header field (RFC 9110 §15.5.6); this handler sets none.',
      'zh-cn': '405：响应必须带 Allow 头（RFC 9110 §15.5.6），这个处理函数没有设置。',
    });
    assert.deepEqual(must.fixes[0].title, { en: 'Set the Allow header', 'zh-cn': '设置 Allow 头' });
    const should = one("app.post('/x', (req, res) => {\n  res.status(201).end();\n});", 'javascript');
    assert.equal(should.message['zh-cn'], '201：响应应当带 Location 头（RFC 9110 §9.3.3），这个处理函数没有设置。');
    assert.deepEqual(should.fixes[0].edits, [{ line: 1, start: 2, end: 2, newText: "res.set('Location', '/');\n  " }]);
    const body = one("app.post('/x', (req, res) => {\n  res.status(204).json(x);\n});", 'javascript');
    assert.deepEqual(body.message, {
      en: 'A 204 response carries no content (RFC 9110 §15.3.5); this one is sent with a body.',
      'zh-cn': '204 响应不能带内容（RFC 9110 §15.3.5），这里却发送了响应体。',
    });
    assert.deepEqual(body.fixes.map((f) => f.title), [{ en: 'Send no content', 'zh-cn': '不发送内容' }, { en: 'Send 200 with the content', 'zh-cn': '改用 200 并保留内容' }]);
    const py = one('def create():\n    return jsonify(item), 204', 'python');
    assert.deepEqual(py.fixes.map((f) => f.title.en), ['Send no content', 'Send 200 with the content']);
    assert.equal(py.fixes[0].title['zh-cn'], '不发送内容');
    const styled = one('import "net/http"\nfunc h(w http.ResponseWriter, r *http.Request) {\n\tw.WriteHeader(429)\n}', 'go', { style: { go: { prefer: 'constant', source: '.golangci.yml (usestdlibvars)' } } });
    assert.deepEqual(styled.message, {
      en: "429 is written as a number where the team's linter (.golangci.yml (usestdlibvars)) asks for the constant: http.StatusTooManyRequests.",
      'zh-cn': '团队的 lint 配置（.golangci.yml (usestdlibvars)）要求用常量表示状态码，这里的 429 可写作 http.StatusTooManyRequests。',
    });
    const unnamed = one('import "net/http"\nfunc h(w http.ResponseWriter, r *http.Request) {\n\tw.WriteHeader(429)\n}', 'go', { style: { go: { prefer: 'constant', source: 7 } } });
    assert.match(unnamed.message.en, /^429 is written as a number where this file writes/);
    const numeric = one('class A\n  def show\n    head :gone\n  end\nend', 'ruby', { style: { ruby: { prefer: 'numeric', source: '.rubocop.yml (Rails/HttpStatus, numeric)' } } });
    assert.deepEqual(numeric.message, {
      en: "The team's linter (.rubocop.yml (Rails/HttpStatus, numeric)) writes statuses as numbers: :gone is 410.",
      'zh-cn': '团队的 lint 配置（.rubocop.yml (Rails/HttpStatus, numeric)）要求用数字表示状态码：:gone 即 410。',
    });
    assert.deepEqual(numeric.fixes[0].title, { en: 'Replace :gone with 410', 'zh-cn': '将 :gone 替换为 410' });
    assert.deepEqual(numeric.fixes[0].edits, [{ line: 2, start: 9, end: 14, newText: '410' }]);
    const go = one('func h(c *gin.Context) {\n\tc.JSON(http.StatusNoContent, x)\n}', 'go');
    assert.deepEqual(go.fixes.map((f) => f.title['zh-cn']), ['不发送内容', '改用 200 并保留内容']);
  });

  it('orders problems by line and place, whichever kind found them', () => {
    const text = 'func del(w http.ResponseWriter, r *http.Request) {\n\tw.WriteHeader(http.StatusMethodNotAllowed)\n}\nfunc ok(w http.ResponseWriter, r *http.Request) {\n\tw.WriteHeader(200)\n}';
    assert.deepEqual(problemsIn(docOf(text, 'go'), 0, 5).map((p) => `${p.line} ${p.kind}`), ['1 missing-header', '4 literal']);
    const two = 'from http import HTTPStatus\nabort(404) if x else abort(410)\nreturn HTTPStatus.OK';
    assert.deepEqual(problemsIn(docOf(two, 'python'), 0, 2).map((p) => `${p.line}:${p.start}`), ['1:6', '1:27']);
  });

  it('reports header problems only on the lines asked for, and none in a file of more than 5,000 lines', () => {
    const handler = "app.delete('/x', (req, res) => {\n  res.status(405).end();\n});\n";
    const doc = docOf(handler + handler, 'javascript');
    assert.deepEqual(problemsIn(doc, 0, 6).map((p) => p.line), [1, 4]);
    assert.deepEqual(problemsIn(doc, 2, 6).map((p) => p.line), [4]);
    assert.deepEqual(problemsIn(doc, 1, 1).map((p) => p.line), [1]);
    assert.deepEqual(problemsIn(doc, 0, 3).map((p) => p.line), [1]);
    const padded = (lines: number) => docOf(handler + '\n'.repeat(lines - 4), 'javascript');
    assert.equal(padded(5000).lineCount, 5000);
    assert.deepEqual(problemsIn(padded(5000), 0, 10).map((p) => p.kind), ['missing-header']);
    assert.deepEqual(problemsIn(padded(5001), 0, 10), []);
  });

  it('reads 5,000 lines from the first one asked for, and lines of up to 2,000 characters', () => {
    const text = `from http import HTTPStatus\nreturn HTTPStatus.OK\n${'\n'.repeat(4997)}abort(404)`;
    const doc = docOf(text, 'python');
    assert.equal(doc.lineCount, 5000);
    assert.deepEqual(problemsIn(doc, 0, 99999).map((p) => p.line), [4999]);
    assert.deepEqual(problemsIn(doc, -3, 4998), []);
    const long = docOf(`from http import HTTPStatus\nreturn HTTPStatus.OK\nabort(404)${' '.repeat(1990)}`, 'python');
    assert.equal(long.lineAt(2).text.length, 2000);
    assert.deepEqual(problemsIn(long, 0, 2).map((p) => p.line), [2]);
    const longer = docOf(`from http import HTTPStatus\nreturn HTTPStatus.OK\nabort(404)${' '.repeat(1991)}`, 'python');
    assert.deepEqual(problemsIn(longer, 0, 2), []);
    const far = docOf(`from http import HTTPStatus\nreturn HTTPStatus.OK\n${'\n'.repeat(5000)}abort(404)`, 'python');
    assert.deepEqual(problemsIn(far, 0, 99999), [], 'the line after the 5,000th is not read');
    assert.deepEqual(problemsIn(far, 3, 99999).map((p) => p.line), [5002]);
  });

  it('lists the methods of routes up to forty lines above the handler', () => {
    const route = (gap: number) => `app.put('/x', put);\napp.delete('/x', (req, res) => {\n${'  log();\n'.repeat(gap)}  res.status(405).end();\n});`;
    const allow = (text: string) => problemsIn(docOf(text, 'javascript'), 0, 99)[0]?.fixes[0]?.edits[0].newText;
    assert.equal(allow(route(38)), "res.set('Allow', 'PUT');\n  ");
    assert.equal(allow(route(39)), "res.set('Allow', 'PUT');\n  ");
  });

  it('computes only the kinds asked for (the editor shows some kinds as hints and fixes the rest)', () => {
    const text = "const { StatusCodes } = require('http-status-codes');\napp.delete('/x', (req, res) => {\n  res.status(405).json({ a: StatusCodes.OK });\n  res.status(204).json(x);\n});";
    const doc = docOf(text, 'javascript');
    const kinds = (asked?: Problem['kind'][]) => findProblems(doc, 0, 4, {}, asked).map((p) => p.kind);
    assert.deepEqual(kinds(), ['literal', 'missing-header', 'literal', 'body-not-allowed']);
    assert.deepEqual(kinds(['body-not-allowed']), ['body-not-allowed']);
    assert.deepEqual(kinds(['missing-header', 'body-not-allowed']), ['missing-header', 'body-not-allowed']);
    assert.deepEqual(kinds(['literal']), ['literal', 'literal']);
    assert.deepEqual(kinds([]), []);
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
