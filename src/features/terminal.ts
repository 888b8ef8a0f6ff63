import * as vscode from 'vscode';
import { terminalStatuses } from '../core/terminal';
import { activeCatalogue } from '../core/catalogue';
import { COMMANDS } from '../ids';
import { readSettings, resolveLocale } from './settings';

/** A status in the terminal: its code, for Show Details on click. */
export class StatusTerminalLink extends vscode.TerminalLink {
  constructor(startIndex: number, length: number, tooltip: string, readonly code: number) {
    super(startIndex, length, tooltip);
  }
}

/**
 * Statuses in terminal output become links (curl -i / -v, httpie, access logs): the tooltip is the card's
 * summary, a click opens Show Details for the code.
 */
export class StatusTerminalLinks implements vscode.TerminalLinkProvider<StatusTerminalLink> {
  provideTerminalLinks(context: vscode.TerminalLinkContext): StatusTerminalLink[] {
    const settings = readSettings();
    if (!settings.terminalLinks) return [];
    const locale = resolveLocale(settings);
    return terminalStatuses(context.line).map((s) => {
      const entry = activeCatalogue().lookup(s.code)[0];
      const name = (locale === 'zh-cn' && entry?.localPhrase?.['zh-cn']) || entry?.phrase || '';
      return new StatusTerminalLink(s.start, s.length, `${s.code} ${name}: ${entry?.summary[locale] ?? ''}`, s.code);
    });
  }

  handleTerminalLink(link: StatusTerminalLink): void {
    void vscode.commands.executeCommand(COMMANDS.showDetails, { code: link.code });
  }
}

export function registerTerminalLinks(): vscode.Disposable {
  return vscode.window.registerTerminalLinkProvider(new StatusTerminalLinks());
}
