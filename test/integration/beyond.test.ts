// Inlay hints, the constant quick fix and missing-header hints in a real VS Code.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { codeActions, openFixture, positionOf, resetSettings, setSetting, waitFor, workspaceRoot } from './helpers';

describe('beyond the hover', function () {
  this.timeout(30_000);
  afterEach(async () => {
    await resetSettings();
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  async function inlayLabels(file: string): Promise<string[]> {
    const doc = await openFixture(file);
    const hints = await vscode.commands.executeCommand<vscode.InlayHint[]>('vscode.executeInlayHintProvider', doc.uri, new vscode.Range(0, 0, doc.lineCount, 0));
    return (hints ?? []).map((h) => (typeof h.label === 'string' ? h.label : h.label.map((p) => p.value).join('')));
  }

  it('inlay hints are off by default, and name statuses (not ports, not constants) when on', async () => {
    assert.ok(!(await inlayLabels('express.js')).includes('Not Found'));
    await setSetting('inlayHints.enabled', true);
    const labels = await waitFor('inlay hints', async () => {
      const l = await inlayLabels('express.js');
      return l.includes('Not Found') ? l : undefined;
    });
    assert.ok(labels.includes('Too Many Requests'));
    assert.ok(!labels.some((l) => /8080|500/.test(l)));
    const go = await inlayLabels('main.go');
    assert.ok(go.includes('OK'), go.join(','));
    assert.ok(!go.includes('Service Unavailable'), 'never after a constant');
  });

  it('inlay hints follow statusLens.language', async () => {
    await setSetting('inlayHints.enabled', true);
    await setSetting('language', 'zh-cn');
    await waitFor('Chinese inlay hints', async () => (await inlayLabels('express.js')).includes('未找到'));
  });

  it('offers "Replace 404 with HTTPStatus.NOT_FOUND" where the file writes that family, and applies it', async () => {
    const doc = await openFixture('status_views.py');
    const editor = vscode.window.activeTextEditor!;
    await editor.edit((b) => b.insert(new vscode.Position(doc.lineCount, 0), '\n\ndef gone(request):\n    return Response(status=410)\n'));
    const pos = positionOf(doc, 'status=410', 8);
    const actions = await codeActions(doc, pos);
    const fix = actions.find((a) => /^Replace 410 with /.test(a.title));
    assert.ok(fix, actions.map((a) => a.title).join(' | '));
    assert.strictEqual(fix.title, 'Replace 410 with status.HTTP_410_GONE');
    await vscode.workspace.applyEdit(fix.edit!);
    assert.match(doc.getText(), /return Response\(status=status\.HTTP_410_GONE\)/);
  });

  it('offers no rewrite in a file that writes no constant family', async () => {
    const doc = await openFixture('express.js');
    const pos = positionOf(doc, 'status(404)', 8);
    const actions = await codeActions(doc, pos);
    assert.ok(!actions.some((a) => /^Replace /.test(a.title)));
  });

  it('hints a missing Allow header on 405 when enabled, and says nothing where a header is set', async () => {
    const doc = await openFixture('express.js');
    const editor = vscode.window.activeTextEditor!;
    await editor.edit((b) => b.insert(new vscode.Position(doc.lineCount, 0), [
      '',
      "app.put('/items', (req, res) => {",
      '  res.status(405).end();',
      '});',
      '',
      "app.patch('/items', (req, res) => {",
      "  res.set('Allow', 'GET, POST');",
      '  res.status(405).end();',
      '});',
      '',
    ].join('\n')));
    assert.deepStrictEqual(vscode.languages.getDiagnostics(doc.uri).filter((d) => d.source === 'HTTP Status Lens'), [], 'off by default');
    await setSetting('headerHints.enabled', true);
    const ours = await waitFor('a header hint', () => {
      const d = vscode.languages.getDiagnostics(doc.uri).filter((x) => x.source === 'HTTP Status Lens' && doc.getText(x.range) === '405');
      return d.length ? d : undefined;
    });
    // The fixture's POST answers 201 without a Location: a SHOULD hint of its own, only when asked for.
    assert.ok(!vscode.languages.getDiagnostics(doc.uri).some((d) => /^201: /.test(d.message)), 'SHOULD hints are off by default');
    await setSetting('headerHints.should', true);
    await waitFor('the SHOULD hint', () => vscode.languages.getDiagnostics(doc.uri).some((d) => /^201: the response SHOULD carry the Location header field/.test(d.message)));
    assert.strictEqual(ours.length, 1, ours.map((d) => d.message).join(' | '));
    assert.strictEqual(ours[0].severity, vscode.DiagnosticSeverity.Information);
    assert.match(ours[0].message, /405: the response MUST carry the Allow header field \(RFC 9110 §15\.5\.6\)/);
    assert.strictEqual(doc.getText(ours[0].range), '405');
    assert.ok(ours[0].range.start.line < positionOf(doc, "app.patch('/items'").line);
  });

  it('sets the header a 405 requires through its quick fix, listing the methods the file routes for the path', async () => {
    const doc = await openFixture('express.js');
    const editor = vscode.window.activeTextEditor!;
    await editor.edit((b) => b.insert(new vscode.Position(doc.lineCount, 0), "\napp.delete('/items', (req, res) => {\n  res.status(405).end();\n});\n"));
    const pos = positionOf(doc, 'status(405)', 8);
    const actions = await codeActions(doc, pos);
    const fix = actions.find((a) => a.title === 'Set the Allow header');
    assert.ok(fix, actions.map((a) => a.title).join(' | '));
    await vscode.workspace.applyEdit(fix.edit!);
    assert.match(doc.getText(), /app\.delete\('\/items', \(req, res\) => \{\n  res\.set\('Allow', 'POST'\);\n  res\.status\(405\)\.end\(\);\n\}\);/);
  });

  it('selects the value it could not read from the file (no route shows the methods), for the user to type over', async () => {
    const doc = await openFixture('express.js');
    const editor = vscode.window.activeTextEditor!;
    await editor.edit((b) => b.insert(new vscode.Position(doc.lineCount, 0), "\napp.delete('/archive', (req, res) => {\n  if (req.query.force) {\n    res.status(405).end();\n  }\n});\n"));
    const pos = positionOf(doc, 'status(405)', 8);
    const actions = await codeActions(doc, pos);
    const fix = actions.find((a) => a.title === 'Set the Allow header');
    assert.ok(fix, actions.map((a) => a.title).join(' | '));
    await vscode.workspace.applyEdit(fix.edit!);
    assert.match(doc.getText(), /\n  if \(req\.query\.force\) \{\n    res\.set\('Allow', 'GET'\);\n    res\.status\(405\)\.end\(\);\n  \}\n/);
    await waitFor('GET selected', () => editor.document.getText(editor.selection) === 'GET' || undefined);
  });

  it('sends no content with a 204 through its quick fix, and offers 200 instead', async () => {
    const doc = await openFixture('express.js');
    const editor = vscode.window.activeTextEditor!;
    await editor.edit((b) => b.insert(new vscode.Position(doc.lineCount, 0), "\napp.put('/items/:id', (req, res) => {\n  res.status(204).json({ ok: true });\n});\n"));
    const pos = positionOf(doc, 'status(204)', 8);
    const actions = await codeActions(doc, pos);
    assert.ok(actions.some((a) => a.title === 'Send 200 with the content'), actions.map((a) => a.title).join(' | '));
    const fix = actions.find((a) => a.title === 'Send no content')!;
    await setSetting('headerHints.enabled', true);
    const hint = await waitFor('the no-content hint', () => vscode.languages.getDiagnostics(doc.uri).find((d) => d.source === 'HTTP Status Lens' && d.code === 'body-not-allowed'));
    assert.match(hint.message, /^A 204 response carries no content \(RFC 9110 §15\.3\.5\)/);
    assert.strictEqual(doc.getText(hint.range), '204');
    await vscode.workspace.applyEdit(fix.edit!);
    assert.match(doc.getText(), /res\.status\(204\)\.end\(\);/);
    assert.doesNotMatch(doc.getText(), /res\.status\(204\)\.json/);
  });

  it('sets every missing header of the file at once through "Fix all in file"', async () => {
    const doc = await openFixture('express.js');
    const editor = vscode.window.activeTextEditor!;
    await editor.edit((b) => b.insert(new vscode.Position(doc.lineCount, 0), "\napp.delete('/items', (req, res) => {\n  res.status(405).end();\n});\napp.patch('/items', (req, res) => {\n  res.status(405).end();\n});\n"));
    const pos = positionOf(doc, 'status(405)', 8);
    const actions = await codeActions(doc, pos);
    const all = actions.find((a) => a.title === 'Set the missing headers in this file');
    assert.ok(all, actions.map((a) => a.title).join(' | '));
    await vscode.workspace.applyEdit(all.edit!);
    const text = doc.getText();
    assert.match(text, /app\.delete\('\/items', \(req, res\) => \{\n  res\.set\('Allow', 'POST, PATCH'\);\n  res\.status\(405\)/);
    assert.match(text, /app\.patch\('\/items', \(req, res\) => \{\n  res\.set\('Allow', 'POST, DELETE'\);\n  res\.status\(405\)/);
  });
  /** Writes a linter configuration at the workspace's root for the length of `body`, then deletes it. */
  async function withConfig(name: string, text: string, body: () => Promise<void>): Promise<void> {
    const uri = vscode.Uri.joinPath(workspaceRoot(), name);
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
    try {
      await body();
    } finally {
      await vscode.workspace.fs.delete(uri);
    }
  }

  async function titlesAt(doc: vscode.TextDocument, pos: vscode.Position): Promise<string[]> {
    const actions = await codeActions(doc, pos);
    return actions.map((a) => a.title);
  }

  it('hints a former name once a lock file shows the library has the current one, without an edit, and stops when it goes', async () => {
    await setSetting('headerHints.enabled', true);
    const doc = await openFixture('users_controller.rb');
    const editor = vscode.window.activeTextEditor!;
    await editor.edit((b) => b.insert(new vscode.Position(doc.lineCount, 0), '\nclass DraftsController\n  def update\n    render json: {}, status: :unprocessable_entity\n  end\nend\n'));
    const former = () => vscode.languages.getDiagnostics(doc.uri).filter((d) => d.code === 'former-name');
    await new Promise((r) => setTimeout(r, 800));
    assert.deepEqual(former(), [], 'no lock file: the version in use is unknown');
    await withConfig('Gemfile.lock', 'GEM\n  remote: https://rubygems.org/\n  specs:\n    rack (3.1.8)\n', async () => {
      const [d] = await waitFor('the former-name hint', () => former().length ? former() : undefined);
      assert.match(d.message, /unprocessable_entity is a former name for 422/);
    });
    await waitFor('no hint once the lock file is gone', () => former().length === 0 || undefined);
  });

  it('follows staticcheck\'s allow-list once the team\'s golangci-lint configuration is there, and forgets it when it goes', async () => {
    const doc = await openFixture('main.go');
    const pos = positionOf(doc, 'WriteHeader(200)', 12);
    assert.ok((await titlesAt(doc, pos)).includes('Replace 200 with http.StatusOK'), 'the file writes http.Status* constants');
    await withConfig('.golangci.yml', 'version: "2"\n', async () => {
      // golangci-lint 2 runs staticcheck, whose ST1013 accepts 200, 400, 404 and 500 as numbers.
      await waitFor('no rewrite of an allowed number', async () => !(await titlesAt(doc, pos)).some((t) => t.startsWith('Replace 200')));
    });
    await waitFor('the rewrite back', async () => (await titlesAt(doc, pos)).includes('Replace 200 with http.StatusOK'));
  });

  it('turns symbols into numbers where RuboCop\'s Rails/HttpStatus asks for numbers, one or all at once', async () => {
    const doc = await openFixture('users_controller.rb');
    const pos = positionOf(doc, ':not_found', 2);
    assert.ok(!(await titlesAt(doc, pos)).some((t) => t.startsWith('Replace :not_found')));
    await withConfig('.rubocop.yml', 'plugins:\n  - rubocop-rails\nRails/HttpStatus:\n  EnforcedStyle: numeric\n', async () => {
      await waitFor('the numeric rewrite', async () => (await titlesAt(doc, pos)).includes('Replace :not_found with 404'));
      const actions = await codeActions(doc, pos);
      const all = actions.find((a) => a.title === 'Replace all status symbols in this file with their numbers');
      assert.ok(all, actions.map((a) => a.title).join(' | '));
      await vscode.workspace.applyEdit(all.edit!);
      assert.match(doc.getText(), /return head 404 unless user\n    render json: user, status: 200\n/);
    });
  });
});

describe('spec fixes, idiom by idiom, in a real VS Code', function () {
  this.timeout(30_000);
  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  /** [language, the file, the text the fix's title names, the line after the first fix of that title] */
  const ROWS: Array<[string, string, string, RegExp]> = [
    ['python', 'def items(request):\n    return HttpResponse(status=405)\n', 'Set the Allow header', /return HttpResponse\(status=405, headers=\{"Allow": "GET"\}\)/],
    ['python', 'def login():\n    if not ok():\n        return "", 401\n    return "ok"\n', 'Set the WWW-Authenticate header', /return "", 401, \{"WWW-Authenticate": "Bearer"\}/],
    ['php', "<?php\nfunction del() {\n    return new Response('', 405);\n}\n", 'Set the Allow header', /new Response\('', 405, \['Allow' => 'GET'\]\);/],
    ['rust', 'async fn remove() -> impl IntoResponse {\n    (StatusCode::METHOD_NOT_ALLOWED, "use GET")\n}\n', 'Set the Allow header', /\(StatusCode::METHOD_NOT_ALLOWED, \[\("allow", "GET"\)\], "use GET"\)/],
    ['go', 'func del(w http.ResponseWriter, r *http.Request) {\n\tw.WriteHeader(http.StatusMethodNotAllowed)\n}\n', 'Set the Allow header', /\n\tw\.Header\(\)\.Set\("Allow", "GET"\)\n\tw\.WriteHeader/],
    ['ruby', 'class ItemsController\n  def destroy\n    head :method_not_allowed\n  end\nend\n', 'Set the Allow header', /\n    response\.headers\["Allow"\] = "GET"\n    head :method_not_allowed/],
    ['csharp', 'public IActionResult Remove(int id)\n{\n    return StatusCode(405);\n}\n', 'Set the Allow header', /\n    Response\.Headers\["Allow"\] = "GET";\n    return StatusCode\(405\);/],
    ['java', 'ResponseEntity<Void> del() {\n    return ResponseEntity.status(HttpStatus.METHOD_NOT_ALLOWED).build();\n}\n', 'Set the Allow header', /status\(HttpStatus\.METHOD_NOT_ALLOWED\)\.header\("Allow", "GET"\)\.build\(\)/],
    ['java', 'ResponseEntity<Item> touch() {\n    return ResponseEntity.status(HttpStatus.NO_CONTENT).body(item);\n}\n', 'Send no content', /ResponseEntity\.status\(HttpStatus\.NO_CONTENT\)\.build\(\);/],
    ['csharp', 'public IActionResult Touch(int id)\n{\n    return StatusCode(204, item);\n}\n', 'Send no content', /return StatusCode\(204\);/],
    ['go', 'func h(c *gin.Context) {\n\tc.JSON(http.StatusNoContent, gin.H{"ok": true})\n}\n', 'Send 200 with the content', /c\.JSON\(http\.StatusOK, gin\.H\{"ok": true\}\)/],
    ['go', 'import "github.com/labstack/echo/v4"\nfunc del(c echo.Context) error {\n\treturn c.NoContent(http.StatusMethodNotAllowed)\n}\n', 'Set the Allow header', /\n\tc\.Response\(\)\.Header\(\)\.Set\("Allow", "GET"\)\n\treturn c\.NoContent/],
  ];

  for (const [language, content, title, after] of ROWS) {
    it(`${language}: "${title}" on ${JSON.stringify(content.split('\n')[1].trim())}`, async () => {
      const doc = await vscode.workspace.openTextDocument({ language, content });
      await vscode.window.showTextDocument(doc, { preview: false });
      const line = content.split('\n').findIndex((l) => /405|401|204|NO_CONTENT|METHOD_NOT_ALLOWED|MethodNotAllowed|method_not_allowed|NoContent/.test(l) && !/^\s*(?:def|fn|func|class|public|ResponseEntity<)/.test(l));
      const text = doc.lineAt(line).text;
      const at = new vscode.Position(line, text.search(/405|401|204|HttpStatus\.|StatusCode::|http\.Status|:method/) + 1);
      const fix = await waitFor(`"${title}"`, async () => {
        const actions = await codeActions(doc, at);
        return actions.find((a) => a.title === title);
      });
      await vscode.workspace.applyEdit(fix.edit!);
      assert.match(doc.getText(), after);
    });
  }
});
