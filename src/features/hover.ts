import * as vscode from 'vscode';
import { detectStatus, type DetectedStatus } from '../core/detect';
import { cardMarkdown, trustedCard } from './cards';
import { COMMANDS, type DocumentSettings, readSettings, SECTION, settingsFor } from './settings';
import { registerForLanguages } from './languages';

/**
 * The Hover built for an answer, kept beside it: detection hands back the same answer object while the mouse
 * stays on a token of an unchanged document, so the card, its MarkdownString and the Hover are built once.
 * A settings change makes a new snapshot, which misses here.
 */
const built = new WeakMap<DetectedStatus, { settings: DocumentSettings; hover: vscode.Hover | undefined }>();

export class StatusHoverProvider implements vscode.HoverProvider {
  provideHover(doc: vscode.TextDocument, pos: vscode.Position, token: vscode.CancellationToken): vscode.Hover | undefined {
    const settings = settingsFor(doc);
    if (!settings.hoverEnabled || !settings.enabled || token.isCancellationRequested) return undefined;
    const hit = detectStatus(doc, pos);
    if (!hit || token.isCancellationRequested) return undefined;
    const kept = built.get(hit);
    if (kept && kept.settings === settings) return kept.hover;
    const hover = buildHover(hit, settings);
    built.set(hit, { settings, hover });
    return hover;
  }
}

function buildHover(hit: DetectedStatus, settings: DocumentSettings): vscode.Hover | undefined {
  const unofficial = settings.unofficialCodes === 'show';
  const text = cardMarkdown({
    code: hit.code,
    locale: settings.locale,
    unofficial,
    member: hit.member,
    deprecatedMember: hit.deprecated,
    classOf: hit.classOf,
    lookUpLink: true,
  });
  if (!text) return undefined;
  return new vscode.Hover(trustedCard(text), new vscode.Range(hit.line, hit.start, hit.line, hit.end));
}

export function registerHover(): vscode.Disposable {
  const provider = new StatusHoverProvider();
  const toggle = vscode.commands.registerCommand(COMMANDS.toggleHover, async () => {
    const cfg = vscode.workspace.getConfiguration(SECTION);
    const next = !readSettings().hoverEnabled;
    await cfg.update('hover.enabled', next, vscode.ConfigurationTarget.Global);
    void vscode.window.setStatusBarMessage(
      next ? vscode.l10n.t('HTTP status hover on') : vscode.l10n.t('HTTP status hover off'),
      3000,
    );
  });
  return vscode.Disposable.from(
    toggle,
    registerForLanguages((selector) => vscode.languages.registerHoverProvider(selector, provider)),
  );
}
