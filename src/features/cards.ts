import * as vscode from 'vscode';
import { activeCatalogue } from '../core/catalogue';
import { renderCard, renderClassCard } from '../core/render';
import type { Locale } from '../core/types';
import { COMMANDS } from './settings';

/** Rendered cards, cached per (code, locale, options): the catalogue never changes at run time. */
const cache = new Map<string, string>();

export interface CardRequest {
  code: number;
  locale: Locale;
  unofficial: boolean;
  member?: string;
  deprecatedMember?: boolean;
  classOf?: number;
  /** Add the "Look up…" command link (hovers). */
  lookUpLink?: boolean;
}

/** Forgets rendered cards: the catalogue changed (custom codes). */
export function clearCards(): void {
  cache.clear();
}

export function cardMarkdown(req: CardRequest): string {
  const key = `${req.code}|${req.locale}|${req.unofficial ? 1 : 0}|${req.member ?? ''}|${req.deprecatedMember ? 1 : 0}|${req.classOf ?? ''}|${req.lookUpLink ? 1 : 0}`;
  let text = cache.get(key);
  if (text === undefined) {
    const cat = activeCatalogue();
    const lookUpUri = req.lookUpLink
      ? `command:${COMMANDS.lookUp}?${encodeURIComponent(JSON.stringify([{ code: req.code }]))}`
      : undefined;
    const options = { locale: req.locale, unofficial: req.unofficial, member: req.member, deprecatedMember: req.deprecatedMember, lookUpUri };
    text = req.classOf !== undefined ? renderClassCard(req.classOf, cat.entries, options) : renderCard(cat.lookup(req.code), options);
    if (cache.size > 512) cache.clear();
    cache.set(key, text);
  }
  return text;
}

const TRUSTED = { enabledCommands: [COMMANDS.lookUp] };

/** A MarkdownString that trusts exactly one command: the look-up. */
export function trustedCard(text: string): vscode.MarkdownString {
  const md = new vscode.MarkdownString(text);
  md.isTrusted = TRUSTED;
  md.supportHtml = false;
  return md;
}
