// Cancellation: a cancelled request returns nothing. The providers are the extension's own classes,
// called directly with a token that is already cancelled.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { StatusHoverProvider } from '../../src/features/hover';
import { StatusCompletionProvider } from '../../src/features/completion';
import { ConstantQuickFix, StatusInlayHints } from '../../src/features/beyond';
import { openFixture, positionOf, resetSettings, setSetting } from './helpers';

describe('cancellation', function () {
  this.timeout(30_000);
  afterEach(resetSettings);

  it('every provider answers a cancelled request with nothing, and a live one with something', async () => {
    await setSetting('inlayHints.enabled', true);
    const doc = await openFixture('status_views.py');
    const source = new vscode.CancellationTokenSource();
    const live = source.token;
    const cancelled = new vscode.CancellationTokenSource();
    cancelled.cancel();
    const hoverAt = positionOf(doc, 'status.HTTP_404_NOT_FOUND', 10);
    const slot = doc.positionAt(doc.getText().lastIndexOf('status=') + 'status='.length);
    const hover = new StatusHoverProvider();
    const completion = new StatusCompletionProvider();
    const inlay = new StatusInlayHints();
    const fix = new ConstantQuickFix();
    const all = new vscode.Range(0, 0, doc.lineCount, 0);
    const ctx = { diagnostics: [], triggerKind: vscode.CodeActionTriggerKind.Invoke, only: undefined } as vscode.CodeActionContext;

    assert.ok(hover.provideHover(doc, hoverAt, live));
    assert.strictEqual(hover.provideHover(doc, hoverAt, cancelled.token), undefined);
    assert.ok(completion.provideCompletionItems(doc, slot, live));
    assert.strictEqual(completion.provideCompletionItems(doc, slot, cancelled.token), undefined);
    assert.deepStrictEqual(inlay.provideInlayHints(doc, all, cancelled.token), []);
    assert.deepStrictEqual(fix.provideCodeActions(doc, new vscode.Range(hoverAt, hoverAt), ctx, cancelled.token), []);
  });
});
