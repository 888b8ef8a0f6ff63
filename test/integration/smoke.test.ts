// The integration tier's own smoke test: the host loads our extension from the repository and the
// narrow activation (onLanguage:javascript) fires when a JavaScript file opens.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { extension, openFixture, waitFor } from './helpers';

describe('extension host', () => {
  it('runs inside a real VS Code', () => {
    console.log(`    VS Code ${vscode.version} (${vscode.env.appName}, ${vscode.env.appHost}), language ${vscode.env.language}`);
    assert.match(vscode.version, /^\d+\.\d+\.\d+/);
  });

  it('has the extension loaded from the repository', () => {
    const ext = extension();
    assert.strictEqual(ext.packageJSON.name, 'http-status-lens');
  });

  it('shows the manifest in the display language (package.nls.json / package.nls.zh-cn.json)', () => {
    // STATUS_LENS_LOCALE=zh-cn runs this tier with a Chinese display language.
    // A translated manifest string arrives as { value, original }.
    const raw = extension().packageJSON.contributes.commands[0].category;
    const category = typeof raw === 'string' ? raw : raw?.value;
    const expected = vscode.env.language.startsWith('zh') ? 'HTTP 状态码' : 'HTTP Status';
    assert.ok(String(category).startsWith(expected), `command category "${category}" for language ${vscode.env.language}`);
  });

  it('activates the extension when the Express fixture opens', async () => {
    const doc = await openFixture('express.js');
    assert.strictEqual(doc.languageId, 'javascript');
    await waitFor('the extension to activate', () => extension().isActive);
  });
});
