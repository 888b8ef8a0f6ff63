import * as vscode from 'vscode';
import { checkLanguageIds, readSettings, SECTION, userLanguages } from './settings';

/**
 * Registers a provider for the languages in `statusLens.languages` and registers it anew when that
 * setting changes, so adding or removing a language takes effect without a reload.
 */
export function registerForLanguages(register: (selector: vscode.DocumentSelector) => vscode.Disposable): vscode.Disposable {
  let current: vscode.Disposable | undefined;
  let key = '';
  const apply = () => {
    const languages = readSettings().languages;
    const next = JSON.stringify(languages);
    if (next === key) return;
    key = next;
    current?.dispose();
    current = register(languages.map((language) => ({ language })));
    void checkLanguageIds(userLanguages());
  };
  apply();
  const listener = vscode.workspace.onDidChangeConfiguration((e) => {
    if (e.affectsConfiguration(`${SECTION}.languages`)) apply();
  });
  return new vscode.Disposable(() => {
    listener.dispose();
    current?.dispose();
  });
}
