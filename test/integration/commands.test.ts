// The commands, driven with arguments as a keybinding would.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { openFixture, positionOf, resetSettings, setSetting, waitFor } from './helpers';

describe('commands', function () {
  this.timeout(30_000);
  afterEach(async () => {
    await resetSettings();
    await vscode.commands.executeCommand('workbench.action.files.revert');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('Look Up with { code, action: "insert" } inserts at every cursor, in the file\'s idiom', async () => {
    const doc = await openFixture('status_views.py');
    const editor = vscode.window.activeTextEditor!;
    const end = doc.lineAt(doc.lineCount - 1).range.end;
    const slot = doc.positionAt(doc.getText().lastIndexOf('return Response(status=') + 'return Response(status='.length);
    editor.selections = [new vscode.Selection(slot, slot)];
    await vscode.commands.executeCommand('statusLens.lookUp', { code: 404, action: 'insert' });
    assert.match(doc.getText(), /delete\(pk\)\n    return Response\(status=status\.HTTP_404_NOT_FOUND/);
    assert.ok(doc.lineAt(doc.lineCount - 1).range.end.isAfterOrEqual(end));
  });

  it('Look Up insert replaces every selection', async () => {
    const doc = await openFixture('express.js');
    const editor = vscode.window.activeTextEditor!;
    const a = positionOf(doc, 'status(404)', 7);
    const b = positionOf(doc, 'status(200)', 7);
    editor.selections = [new vscode.Selection(a, a.translate(0, 3)), new vscode.Selection(b, b.translate(0, 3))];
    await vscode.commands.executeCommand('statusLens.lookUp', { code: 410, action: 'insert' });
    assert.match(doc.getText(), /status\(410\)\.json\(\{ error/);
    assert.match(doc.getText(), /res\.status\(410\)\.json\(item\)/);
  });

  it('Look Up with action "copy" puts "code phrase" on the clipboard', async () => {
    await vscode.env.clipboard.writeText('');
    await vscode.commands.executeCommand('statusLens.lookUp', { code: 413, action: 'copy' });
    assert.strictEqual(await vscode.env.clipboard.readText(), '413 Content Too Large');
  });

  it('insert with no editor copies instead', async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.env.clipboard.writeText('');
    await vscode.commands.executeCommand('statusLens.lookUp', { code: 418, action: 'insert' });
    assert.strictEqual(await vscode.env.clipboard.readText(), '418 (Unused)');
  });

  it('Show Details opens the card as a read-only http-status: document', async () => {
    await vscode.commands.executeCommand('statusLens.showDetails', { code: 429 });
    const doc = await waitFor('the details document', () => vscode.workspace.textDocuments.find((d) => d.uri.scheme === 'http-status' && d.uri.path === '/429.md'));
    assert.match(doc.getText(), /\*\*429 Too Many Requests\*\*/);
    assert.match(doc.getText(), /`Retry-After` \*\*MAY\*\*/);
  });

  it('Show Details follows statusLens.language', async () => {
    await setSetting('language', 'zh-cn');
    await vscode.commands.executeCommand('statusLens.showDetails', { code: 404 });
    const doc = await waitFor('the details document', () => vscode.workspace.textDocuments.find((d) => d.uri.scheme === 'http-status' && /locale=zh-cn/.test(d.uri.query) && d.uri.path === '/404.md'));
    assert.match(doc.getText(), /4xx 客户端错误/);
  });

  it('Open Reference opens the whole catalogue grouped by class', async () => {
    await vscode.commands.executeCommand('statusLens.openReference', { locale: 'en' });
    const doc = await waitFor('the reference document', () => vscode.workspace.textDocuments.find((d) => d.uri.scheme === 'http-status' && d.uri.path === '/reference.md'));
    const text = doc.getText();
    for (const h of ['## 1xx Informational', '## 2xx Successful', '## 3xx Redirection', '## 4xx Client Error', '## 5xx Server Error']) assert.ok(text.includes(h), h);
    assert.ok(text.includes('### 418'));
  });

  it('an unknown code warns and changes nothing', async () => {
    const doc = await openFixture('express.js');
    const before = doc.getText();
    await vscode.commands.executeCommand('statusLens.lookUp', { code: 999, action: 'insert' });
    assert.strictEqual(doc.getText(), before);
  });

  it('a malformed setting falls back to its default and the rest keeps working', async () => {
    await setSetting('language', 'klingon');
    await setSetting('hover.enabled', 'yes please');
    const doc = await openFixture('express.js');
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, positionOf(doc, 'status(404)', 8));
    const text = hovers.flatMap((h) => h.contents).map((c) => (typeof c === 'string' ? c : c.value)).join('\n');
    assert.match(text, /404 Not Found\*\* · 4xx Client Error/);
  });
});
