import * as vscode from 'vscode';
import { setCustomCodes } from '../core/catalogue';
import { parseCustomCodes } from '../core/custom';
import { clearCards } from './cards';
import { SECTION } from './settings';

const reported = new Set<string>();

/**
 * Reads `statusLens.customCodes`, merges the valid entries, reports each invalid one once. The setting is
 * restricted (package.json): in a workspace not yet trusted, VS Code hands over the user's own value only,
 * so that a cloned repository cannot put its text on our cards. Cards say where custom text comes from.
 */
function apply(): void {
  const cfg = vscode.workspace.getConfiguration(SECTION);
  const raw = cfg.get<unknown>('customCodes');
  const inspected = cfg.inspect<unknown>('customCodes');
  const fromWorkspace = vscode.workspace.isTrusted && (inspected?.workspaceFolderValue !== undefined || inspected?.workspaceValue !== undefined);
  const parsed = parseCustomCodes(raw, fromWorkspace ? 'workspace' : 'user');
  setCustomCodes(parsed.entries, parsed.notes, fromWorkspace ? 'workspace' : 'user');
  clearCards();
  const fresh = parsed.problems.filter((p) => !reported.has(p));
  fresh.forEach((p) => reported.add(p));
  if (fresh.length) {
    void vscode.window.showWarningMessage(
      vscode.l10n.t('HTTP Status Lens: skipped invalid entries in "{0}": {1}', `${SECTION}.customCodes`, fresh.join('; ')),
    );
  }
}

export function registerCustomCodes(): vscode.Disposable {
  apply();
  return vscode.Disposable.from(
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration(`${SECTION}.customCodes`)) apply();
    }),
    // Trust granted: the workspace's own value now applies.
    vscode.workspace.onDidGrantWorkspaceTrust(apply),
  );
}
