import * as vscode from 'vscode';
import { completeStatus } from '../core/complete';
import { CLASS_NAMES, activeCatalogue } from '../core/catalogue';
import { compact } from '../core/text';
import type { Locale } from '../core/types';
import { cardMarkdown, trustedCard } from './cards';
import { enabledFor, readSettings, resolveLocale } from './settings';
import { registerForLanguages } from './languages';

/** Typing these opens a slot: `res.status(`, `status: `, `status=`, `'` of an OpenAPI key. */
export const TRIGGER_CHARACTERS = ['(', ' ', '=', "'", '"'];

class StatusCompletionItem extends vscode.CompletionItem {
  constructor(label: vscode.CompletionItemLabel, readonly code: number, readonly locale: Locale, readonly unofficial: boolean) {
    super(label, vscode.CompletionItemKind.Constant);
  }
}

/** Search words per code, built once per catalogue (it changes only with the custom codes). */
let wordsFor: { catalogue: unknown; byCode: Map<number, string> } | undefined;

/** Words a user may type to find a code: its number, phrase, former names, keywords (en and zh-cn). */
function filterWords(code: number, insertText: string): string {
  const catalogue = activeCatalogue();
  if (wordsFor?.catalogue !== catalogue) wordsFor = { catalogue, byCode: new Map() };
  let words = wordsFor.byCode.get(code);
  if (words === undefined) {
    const set = new Set<string>();
    for (const e of catalogue.meanings(code)) {
      set.add(compact(e.phrase));
      for (const p of e.formerPhrases) set.add(compact(p));
      for (const k of [...e.keywords.en, ...e.keywords['zh-cn']]) set.add(compact(k));
      if (e.localPhrase?.['zh-cn']) set.add(e.localPhrase['zh-cn']);
    }
    words = [...set].join(' ');
    wordsFor.byCode.set(code, words);
  }
  return `${code} ${insertText} ${words}`;
}

export class StatusCompletionProvider implements vscode.CompletionItemProvider<StatusCompletionItem> {
  provideCompletionItems(
    doc: vscode.TextDocument,
    pos: vscode.Position,
    token: vscode.CancellationToken,
  ): vscode.CompletionList<StatusCompletionItem> | undefined {
    const settings = readSettings(doc);
    if (!settings.completionEnabled || !enabledFor(settings, doc) || token.isCancellationRequested) return undefined;
    const unofficial = settings.unofficialCodes === 'show';
    const list = completeStatus(doc, pos, { insert: settings.completionInsert, unofficial });
    if (!list || token.isCancellationRequested) return undefined;
    const locale = resolveLocale(settings);
    const cat = activeCatalogue();
    const items = list.map((s, i) => {
      const entry = cat.lookup(s.code)[0];
      const item = new StatusCompletionItem(
        {
          label: `${s.code} ${entry.phrase}`,
          detail: ` ${Math.floor(s.code / 100)}xx ${CLASS_NAMES[Math.floor(s.code / 100)][locale]}`,
          description: entry.summary[locale],
        },
        s.code,
        locale,
        unofficial,
      );
      item.insertText = s.insertText;
      item.range = new vscode.Range(pos.line, s.start, pos.line, s.end);
      item.filterText = filterWords(s.code, s.insertText);
      item.sortText = String(i).padStart(4, '0');
      if (s.insertText !== String(s.code)) item.detail = s.insertText;
      return item;
    });
    return new vscode.CompletionList(items, false);
  }

  resolveCompletionItem(item: StatusCompletionItem): StatusCompletionItem {
    item.documentation = trustedCard(cardMarkdown({ code: item.code, locale: item.locale, unofficial: item.unofficial }));
    return item;
  }
}

export function registerCompletion(): vscode.Disposable {
  const provider = new StatusCompletionProvider();
  return registerForLanguages((selector) =>
    vscode.languages.registerCompletionItemProvider(selector, provider, ...TRIGGER_CHARACTERS),
  );
}
