import * as vscode from 'vscode';
import { registerHover } from './features/hover';
import { registerCompletion } from './features/completion';
import { registerLookUp } from './features/lookup';
import { registerCustomCodes } from './features/custom';
import { registerBeyond } from './features/beyond';
import { registerTerminalLinks } from './features/terminal';
import { registerDependencies } from './features/dependencies';
import { registerSettings } from './features/settings';

/** Wires the features; each register function returns what it must dispose. Nothing else happens here. */
export function activate(context: vscode.ExtensionContext): void {
  context.subscriptions.push(
    registerSettings(), registerCustomCodes(), registerDependencies(), registerHover(), registerCompletion(), registerLookUp(), registerBeyond(), registerTerminalLinks(),
  );
}

export function deactivate(): void {}
