// Hover in a real VS Code: through vscode.executeHoverProvider, as the editor asks for it.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { hoverTexts, openFixture, positionOf, resetSettings, setSetting, waitFor, workspaceRoot } from './helpers';

/** Our card's text at the first `needle`, `offset` characters in; '' when there is no card of ours. */
async function card(file: string, needle: string, offset = 1): Promise<string> {
  const doc = await openFixture(file);
  const texts = await hoverTexts(doc, positionOf(doc, needle, offset));
  return texts.filter((t) => /Look up…|查询…|· [1-5]xx /.test(t)).join('\n');
}

describe('hover', function () {
  this.timeout(30_000);
  // A test that edits its fixture has the edit undone here, pass or fail, before the next test opens it.
  afterEach(async () => {
    await resetSettings();
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  const positives: Array<[string, string, number, RegExp]> = [
    ['express.js', 'status(404)', 8, /\*\*404 Not Found\*\* · 4xx Client Error/],
    ['express.js', 'sendStatus(429)', 12, /\*\*429 Too Many Requests\*\*/],
    ['app.py', 'abort(404)', 7, /\*\*404 Not Found\*\*/],
    ['app.py', '), 201', 4, /\*\*201 Created\*\*/],
    ['main.go', 'WriteHeader(200)', 13, /\*\*200 OK\*\*/],
    ['main.go', 'http.StatusServiceUnavailable', 8, /\*\*503 Service Unavailable\*\*/],
    ['status_views.py', 'status.HTTP_404_NOT_FOUND', 10, /\*\*404 Not Found\*\*/],
    ['status_views.py', 'HTTPStatus.OK', 3, /\*\*200 OK\*\*/],
    ['OrderController.java', 'status(201)', 8, /\*\*201 Created\*\*/],
    ['UsersController.cs', 'StatusCode(429)', 12, /\*\*429 Too Many Requests\*\*/],
    ['UsersController.cs', 'StatusCodes.Status400BadRequest', 15, /\*\*400 Bad Request\*\*/],
    ['invoices.php', 'http_response_code(404)', 20, /\*\*404 Not Found\*\*/],
    ['invoices.php', 'Response::HTTP_NO_CONTENT', 12, /\*\*204 No Content\*\*/],
    ['users_controller.rb', 'head :not_found', 8, /\*\*404 Not Found\*\*/],
    ['openapi.yaml', "'404':", 2, /\*\*404 Not Found\*\*/],
    ['API.md', 'answers 503', 9, /\*\*503 Service Unavailable\*\*/],
    ['API.md', 'status(401)', 8, /\*\*401 Unauthorized\*\*/],
    ['client.ts', 'HttpStatusCode.TooManyRequests', 16, /\*\*429 Too Many Requests\*\*/],
  ];
  for (const [file, needle, offset, expected] of positives) {
    it(`shows the card on ${needle} in ${file}`, async () => {
      assert.match(await card(file, needle, offset), expected);
    });
  }

  const negatives: Array<[string, string, number]> = [
    ['express.js', 'listen(8080', 8],
    ['express.js', 'MAX_ITEMS = 500', 13],
    ['app.py', 'TIMEOUT_SECONDS = 500', 19],
    ['app.py', 'port=5000', 6],
    ['main.go', 'ReadTimeout: 404', 14],
    ['styles.css', 'width: 404px', 8],
    ['styles.css', 'z-index: 200', 10],
    ['status_views.py', 'PAGE_SIZE = 100', 13],
    ['OrderController.java', 'MAX_LINES = 500', 13],
    ['UsersController.cs', 'CacheSeconds = 300', 16],
    ['invoices.php', '$perPage = 100', 12],
    ['users_controller.rb', 'PER_PAGE = 200', 12],
    ['openapi.yaml', 'maximum: 500', 10],
    ['API.md', 'limited to 500 MB', 12],
    ['client.ts', 'TIMEOUT_MS = 500', 14],
  ];
  for (const [file, needle, offset] of negatives) {
    it(`stays silent on ${needle} in ${file}`, async () => {
      assert.strictEqual(await card(file, needle, offset), '');
    });
  }

  it('lists the response headers the spec ties to the code, with their keyword', async () => {
    const doc = await openFixture('express.js');
    await vscode.window.activeTextEditor!.edit((b) => b.insert(new vscode.Position(doc.lineCount, 0), '\nres.status(405);\n'));
    const text = (await hoverTexts(doc, positionOf(doc, 'status(405)', 8))).join('\n');
    assert.match(text, /Response headers/);
    assert.match(text, /`Allow` \*\*MUST\*\*/);
  });

  it('says a former name is former: HttpStatus.PAYLOAD_TOO_LARGE is now Content Too Large', async () => {
    const text = await card('OrderController.java', 'HttpStatus.PAYLOAD_TOO_LARGE', 14);
    assert.match(text, /\*\*413 Content Too Large\*\*/);
    assert.match(text, /PAYLOAD_TOO_LARGE.*former name/);
  });

  it('links the RFC section, MDN and the look-up command', async () => {
    const doc = await openFixture('express.js');
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, positionOf(doc, 'status(404)', 8));
    const ours = hovers.flatMap((h) => h.contents).find((c) => typeof c !== 'string' && /Look up/.test(c.value)) as vscode.MarkdownString;
    assert.ok(ours, 'our card is there');
    assert.match(ours.value, /\(https:\/\/www\.rfc-editor\.org\/rfc\/rfc9110#section-15\.5\.5\)/);
    assert.match(ours.value, /\(https:\/\/developer\.mozilla\.org\/en-US\/docs\/Web\/HTTP\/Reference\/Status\/404\)/);
    assert.match(ours.value, /\(command:statusLens\.lookUp\?/);
  });

  it('speaks Chinese when statusLens.language is zh-cn, at once', async () => {
    await setSetting('language', 'zh-cn');
    const text = await card('express.js', 'status(404)', 8);
    assert.match(text, /404 Not Found\*\*（未找到） · 4xx 客户端错误/);
  });

  it('turns off with statusLens.hover.enabled and the Toggle Hover command, without a reload', async () => {
    await setSetting('hover.enabled', false);
    assert.strictEqual(await card('express.js', 'status(404)', 8), '');
    await setSetting('hover.enabled', true);
    assert.match(await card('express.js', 'status(404)', 8), /404 Not Found/);
    await vscode.commands.executeCommand('statusLens.toggleHover');
    await waitFor('the hover to turn off', async () => (await card('express.js', 'status(404)', 8)) === '');
    await vscode.commands.executeCommand('statusLens.toggleHover');
    await waitFor('the hover to turn on', async () => /404 Not Found/.test(await card('express.js', 'status(404)', 8)));
    await vscode.workspace.getConfiguration('statusLens').update('hover.enabled', undefined, vscode.ConfigurationTarget.Global);
  });

  it('follows statusLens.languages at run time', async () => {
    await setSetting('languages', ['python']);
    await waitFor('javascript to be dropped', async () => (await card('express.js', 'status(404)', 8)) === '');
    assert.match(await card('app.py', 'abort(404)', 7), /404 Not Found/);
    await setSetting('languages', ['javascript', 'python']);
    await waitFor('javascript to come back', async () => /404 Not Found/.test(await card('express.js', 'status(404)', 8)));
  });

  it('hides vendor meanings with statusLens.unofficialCodes: hide', async () => {
    assert.match(await card('client.ts', 'status === 499', 12), /499 Client Closed Request.*nginx/);
    await setSetting('unofficialCodes', 'hide');
    assert.strictEqual(await card('client.ts', 'status === 499', 12), '');
  });

  it('shows a team\'s custom code from statusLens.customCodes as text, labelled custom', async () => {
    await setSetting('customCodes', [{ code: 499, note: 'Our gateway [logs](command:workbench.action.quit) it too.' }]);
    const text = await card('client.ts', 'status === 499', 12);
    assert.match(text, /Team note\*\* \(from your settings\):/);
    assert.doesNotMatch(text, /\]\(command:workbench/);
  });

  it('merges custom codes into completion and the look-up too', async () => {
    await setSetting('customCodes', [{ code: 299, phrase: 'Accepted With Warnings', keywords: ['partial save'] }]);
    const doc = await openFixture('express.js');
    const pos = doc.positionAt(doc.getText().lastIndexOf('res.status(') + 'res.status('.length);
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', doc.uri, pos);
    assert.ok(list.items.some((i) => typeof i.label !== 'string' && i.label.label === '299 Accepted With Warnings'));
    await vscode.commands.executeCommand('statusLens.lookUp', { code: 299, action: 'copy' });
    assert.strictEqual(await vscode.env.clipboard.readText(), '299 Accepted With Warnings');
    const text = await card('client.ts', 'status === 499', 12);
    assert.match(text, /499 Client Closed Request/);
  });

  it('answers promptly on a 1 MB minified line', async () => {
    // Plain text, so that no other extension's hover (the TypeScript server's on 1 MB) is timed with ours.
    await setSetting('languages', ['plaintext']);
    const uri = vscode.Uri.joinPath(workspaceRoot(), 'minified.log');
    const line = 'GET /a HTTP/1.1 200 OK;'.repeat(45_000) + 'upstream said HTTP/1.1 404 Not Found;' + 'x=2;'.repeat(1000);
    await vscode.workspace.fs.writeFile(uri, Buffer.from(line + '\n'));
    const doc = await vscode.languages.setTextDocumentLanguage(await vscode.workspace.openTextDocument(uri), 'plaintext');
    assert.ok(doc.getText().length > 1_000_000);
    const pos = positionOf(doc, '1.1 404 Not', 5);
    const t0 = Date.now();
    const texts = await hoverTexts(doc, pos);
    const ms = Date.now() - t0;
    console.log(`      hover on a 1 MB line: ${ms} ms`);
    assert.ok(texts.some((t) => /404 Not Found/.test(t)));
    assert.ok(ms < 2000, `${ms} ms`);
  });

  it('works in this workspace whatever its trust (the manifest declares untrusted support)', async () => {
    console.log(`      workspace trusted: ${vscode.workspace.isTrusted}`);
    // The second pass of `npm test` runs this suite in Restricted Mode.
    if (process.env.STATUS_LENS_UNTRUSTED) assert.strictEqual(vscode.workspace.isTrusted, false);
    assert.match(await card('express.js', 'status(404)', 8), /404 Not Found/);
  });
});

describe('custom codes and workspace trust', function () {
  this.timeout(30_000);
  afterEach(async () => {
    const cfg = vscode.workspace.getConfiguration('statusLens');
    await cfg.update('customCodes', undefined, vscode.ConfigurationTarget.Workspace);
    await cfg.update('customCodes', undefined, vscode.ConfigurationTarget.Global);
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  it("a workspace's own custom codes apply only once it is trusted, and the card says where the text comes from", async () => {
    const cfg = vscode.workspace.getConfiguration('statusLens');
    await cfg.update('customCodes', [{ code: 297, phrase: 'From The User' }], vscode.ConfigurationTarget.Global);
    await cfg.update('customCodes', [{ code: 298, phrase: 'From The Repository' }], vscode.ConfigurationTarget.Workspace);
    const doc = await openFixture('express.js');
    await vscode.window.activeTextEditor!.edit((b) => b.insert(new vscode.Position(doc.lineCount, 0), '\nres.status(297);\nres.status(298);\n'));
    const at = async (code: string) =>
      waitFor(`a settled answer for ${code}`, async () => (await hoverTexts(doc, positionOf(doc, `status(${code})`, 8))).join('\n') || ' ', 3_000).catch(() => '');
    if (vscode.workspace.isTrusted) {
      // Trusted: the workspace's value is the setting's value.
      await waitFor('the workspace meaning', async () => /From The Repository/.test(await at('298')));
      assert.match(await at('298'), /custom, from this workspace's settings/);
      assert.doesNotMatch(await at('297'), /From The User/);
    } else {
      // Restricted Mode: VS Code hands over the user's value only.
      await waitFor('the user meaning', async () => /From The User/.test(await at('297')));
      assert.match(await at('297'), /custom, from your settings/);
      assert.doesNotMatch(await at('298'), /From The Repository/);
    }
  });
});
