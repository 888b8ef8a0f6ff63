// Helpers for integration tests: they talk to the real VS Code API the way a user's editor would,
// through the same commands the editor uses to ask providers (executeHoverProvider, ...).
import * as assert from 'assert';
import * as vscode from 'vscode';

export const EXTENSION_ID = 'status-lens.http-status-lens';

/** The opened test workspace (a throwaway copy of test/fixtures/workspace). */
export function workspaceRoot(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the integration tier must run with test/fixtures/workspace opened');
  return folder.uri;
}

/** Opens a file of the fixture workspace in an editor and returns its document. */
export async function openFixture(relPath: string): Promise<vscode.TextDocument> {
  const uri = vscode.Uri.joinPath(workspaceRoot(), ...relPath.split('/'));
  const doc = await vscode.workspace.openTextDocument(uri);
  await vscode.window.showTextDocument(doc, { preview: false });
  return doc;
}

/**
 * Position of the first `needle` in the document, moved `offsetInNeedle` characters into it
 * (hover on "404" in "res.status(404)": positionOf(doc, 'status(404)', 8)).
 */
export function positionOf(doc: vscode.TextDocument, needle: string, offsetInNeedle = 0): vscode.Position {
  const index = doc.getText().indexOf(needle);
  assert.ok(index >= 0, `"${needle}" not found in ${doc.uri.path}`);
  return doc.positionAt(index + offsetInNeedle);
}

function hoverContentText(content: vscode.MarkdownString | vscode.MarkedString): string {
  if (typeof content === 'string') return content;
  return content.value;
}

/** The text of every hover all providers give at `position` (one string per content part). */
export async function hoverTexts(doc: vscode.TextDocument, position: vscode.Position): Promise<string[]> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, position);
  return (hovers ?? []).flatMap((h) => h.contents.map(hoverContentText));
}

/** The labels of the completion items all providers give at `position`. */
export async function completionLabels(
  doc: vscode.TextDocument,
  position: vscode.Position,
  triggerCharacter?: string,
): Promise<string[]> {
  const list = await vscode.commands.executeCommand<vscode.CompletionList>(
    'vscode.executeCompletionItemProvider',
    doc.uri,
    position,
    triggerCharacter,
  );
  return (list?.items ?? []).map((item) => (typeof item.label === 'string' ? item.label : item.label.label));
}

const touchedSettings = new Set<string>();

/** Sets `statusLens.<key>` in the user (Global) settings; undone by resetSettings(). */
export async function setSetting(key: string, value: unknown): Promise<void> {
  const section = key.startsWith('statusLens.') ? key.slice('statusLens.'.length) : key;
  touchedSettings.add(section);
  await vscode.workspace.getConfiguration('statusLens').update(section, value, vscode.ConfigurationTarget.Global);
}

/** Removes every setting changed through setSetting(); call it in afterEach. */
export async function resetSettings(): Promise<void> {
  const config = vscode.workspace.getConfiguration('statusLens');
  for (const section of touchedSettings) {
    await config.update(section, undefined, vscode.ConfigurationTarget.Global);
  }
  touchedSettings.clear();
}

/** Polls `check` until it returns a truthy value or `timeoutMs` passes (then fails with `what`). */
export async function waitFor<T>(what: string, check: () => T | Promise<T>, timeoutMs = 10_000): Promise<NonNullable<T>> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value as NonNullable<T>;
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** The extension under test; fails when the host did not load it. */
export function extension(): vscode.Extension<unknown> {
  const ext = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(ext, `${EXTENSION_ID} is not loaded in this extension host`);
  return ext;
}

/** The code actions every provider offers at `position` (the lightbulb's list), as the editor asks for them. */
export async function codeActions(doc: vscode.TextDocument, position: vscode.Position): Promise<vscode.CodeAction[]> {
  return (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, new vscode.Range(position, position))) ?? [];
}
