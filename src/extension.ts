import * as vscode from 'vscode';
import { registerHover } from './features/hover';
import { registerCompletion } from './features/completion';
import { registerLookUp } from './features/lookup';
import { registerCustomCodes } from './features/custom';
import { registerBeyond } from './features/beyond';
import { registerTerminalLinks } from './features/terminal';
import { registerDependencies } from './features/dependencies';
import { registerSettings } from './features/settings';
import { setMemorySource, type MemoryFile } from './core/catalogue';

/**
 * Wires the features (each register function returns what it must dispose) and tells the core where the
 * look-up's memory of example searches is. Nothing else happens here.
 */
export function activate(context: vscode.ExtensionContext): void {
  // The look-up's memory of example searches ships beside the bundle (1.6 MB that activation need not load),
  // read through the workspace file system on the first look-up, on the desktop and on the web alike.
  const memory = vscode.Uri.joinPath(context.extensionUri, 'data', 'search-examples.json');
  setMemorySource(async () => JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(memory))) as MemoryFile);
  context.subscriptions.push(
    registerSettings(), registerCustomCodes(), registerDependencies(), registerHover(), registerCompletion(), registerLookUp(), registerBeyond(), registerTerminalLinks(),
  );
}

export function deactivate(): void {}
