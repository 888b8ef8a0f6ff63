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
