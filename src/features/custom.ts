import * as vscode from 'vscode';
import { setCustomCodes } from '../core/catalogue';
import { parseCustomCodes } from '../core/custom';
import { clearCards } from './cards';
import { SECTION } from './settings';

const reported = new Set<string>();

/** Reads `statusLens.customCodes`, merges the valid entries, reports each invalid one once. */
function apply(): void {
  const raw = vscode.workspace.getConfiguration(SECTION).get<unknown>('customCodes');
  const parsed = parseCustomCodes(raw);
  setCustomCodes(parsed.entries, parsed.notes);
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
  return vscode.workspace.onDidChangeConfiguration((e) => {
    if (e.affectsConfiguration(`${SECTION}.customCodes`)) apply();
  });
}
