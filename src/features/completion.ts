import * as vscode from 'vscode';
import { completeStatus } from '../core/complete';
import { CLASS_NAMES, activeCatalogue } from '../core/catalogue';
import { compact } from '../core/text';
import type { Locale } from '../core/types';
import { cardMarkdown, trustedCard } from './cards';
import { settingsFor } from './settings';
import { registerForLanguages } from './languages';
import { dependenciesFor } from './dependencies';

/**
 * Typing these opens a slot (`res.status(`, `status: `, `status=`, `'` of an OpenAPI key) or follows a
 * family's qualifier (`HttpStatus.`, `StatusCode::`, `status/`, Swift's `.`, OCaml's backtick).
 */
export const TRIGGER_CHARACTERS = ['(', ' ', '=', "'", '"', '.', ':', '/', '`'];

class StatusCompletionItem extends vscode.CompletionItem {
  constructor(
    label: vscode.CompletionItemLabel,
    readonly code: number,
    readonly locale: Locale,
    readonly unofficial: boolean,
    readonly member?: string,
    readonly deprecatedMember?: boolean,
  ) {
    super(label, member ? vscode.CompletionItemKind.EnumMember : vscode.CompletionItemKind.Constant);
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
  // The inserted text first: VS Code matches what the user typed (`HttpStatus.NOT_`) against its start.
  return `${insertText} ${code} ${words}`;
}

export class StatusCompletionProvider implements vscode.CompletionItemProvider<StatusCompletionItem> {
  provideCompletionItems(
    doc: vscode.TextDocument,
    pos: vscode.Position,
    token: vscode.CancellationToken,
    context?: vscode.CompletionContext,
  ): vscode.CompletionList<StatusCompletionItem> | undefined {
    const settings = settingsFor(doc);
    if (!settings.completionEnabled || !settings.enabled || token.isCancellationRequested) return undefined;
    const unofficial = settings.unofficialCodes === 'show';
    const invoked = context?.triggerKind === vscode.CompletionTriggerKind.Invoke;
    const list = completeStatus(doc, pos, { insert: settings.completionInsert, unofficial, invoked, dependencies: dependenciesFor(doc.uri) });
    if (!list || token.isCancellationRequested) return undefined;
    const locale = settings.locale;
    const cat = activeCatalogue();
    const items = list.map((s, i) => {
      const entry = cat.lookup(s.code)[0] ?? { phrase: '', summary: { en: '', 'zh-cn': '' } };
      const phrase = `${s.code} ${entry.phrase}`;
      // Members read `NOT_FOUND  404 Not Found`, so that they stand apart from a language server's own items.
      const label: vscode.CompletionItemLabel = s.member
        ? { label: s.member, detail: `  ${phrase}`, description: s.deprecated && s.replacement ? vscode.l10n.t('former name, now {0}', s.replacement) : entry.summary[locale] }
        : { label: phrase, detail: ` ${Math.floor(s.code / 100)}xx ${CLASS_NAMES[Math.floor(s.code / 100)][locale]}`, description: entry.summary[locale] };
      const item = new StatusCompletionItem(label, s.code, locale, unofficial, s.member, s.deprecated);
      item.insertText = s.insertText;
      item.range = new vscode.Range(pos.line, s.start, pos.line, s.end);
      item.filterText = filterWords(s.code, s.insertText);
      item.sortText = String(i).padStart(4, '0');
      if (s.deprecated) item.tags = [vscode.CompletionItemTag.Deprecated];
      if (!s.member && s.insertText !== String(s.code)) item.detail = s.insertText;
      return item;
    });
    return new vscode.CompletionList(items, false);
  }

  resolveCompletionItem(item: StatusCompletionItem): StatusCompletionItem {
    item.documentation = trustedCard(cardMarkdown({
      code: item.code, locale: item.locale, unofficial: item.unofficial, member: item.member, deprecatedMember: item.deprecatedMember,
    }));
    return item;
  }
}

export function registerCompletion(): vscode.Disposable {
  const provider = new StatusCompletionProvider();
  return registerForLanguages((selector) =>
    vscode.languages.registerCompletionItemProvider(selector, provider, ...TRIGGER_CHARACTERS),
  );
}
