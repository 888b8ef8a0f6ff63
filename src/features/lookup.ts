import * as vscode from 'vscode';
import { CLASS_NAMES, activeCatalogue } from '../core/catalogue';
import { insertTextAt } from '../core/complete';
import { renderDetails, renderReference } from '../core/render';
import { constantsFor } from '../core/constants';
import type { Entry, Locale } from '../core/types';
import { COMMANDS, readSettings, resolveLocale } from './settings';

export const SCHEME = 'http-status';

export type LookUpAction = 'insert' | 'copy' | 'rfc' | 'mdn' | 'details';

/** Arguments every command accepts, so keybindings and tests can drive them. */
export interface LookUpArgs {
  code?: number;
  query?: string;
  action?: LookUpAction;
  locale?: Locale;
}

interface EntryItem extends vscode.QuickPickItem {
  entry: Entry;
}

/**
 * The look-up's own words, in the language of the cards (the setting `statusLens.language`, else VS Code's
 * display language), so that a Chinese look-up reads Chinese whatever language VS Code itself speaks.
 */
const TEXT = {
  en: {
    title: 'HTTP status codes',
    placeholder: 'Type a code, a name, a former name or a keyword (English or Chinese)',
    custom: 'custom',
    unofficial: (vendors: string, verified: boolean) => `unofficial: ${vendors}${verified ? '' : ' (attributed, unverified)'}`,
    temporary: 'temporary',
    unused: 'unused',
    obsoleted: 'obsoleted',
    formerly: (names: string) => `formerly ${names}`,
    customGroup: 'Custom',
    unofficialGroup: 'Unofficial',
    copy: (title: string) => `Copy "${title}"`,
    rfc: 'Open the specification',
    mdn: 'Open MDN',
    details: 'Show details',
  },
  'zh-cn': {
    title: 'HTTP 状态码',
    placeholder: '输入状态码、名称、旧名称或关键词（中英文均可）',
    custom: '自定义',
    unofficial: (vendors: string, verified: boolean) => `非官方：${vendors}${verified ? '' : '（据称，未经证实）'}`,
    temporary: '临时注册',
    unused: '保留未用',
    obsoleted: '已废止',
    formerly: (names: string) => `曾用名 ${names}`,
    customGroup: '自定义',
    unofficialGroup: '非官方',
    copy: (title: string) => `复制“${title}”`,
    rfc: '打开规范',
    mdn: '打开 MDN',
    details: '显示详情',
  },
} as const;

function flags(e: Entry, locale: Locale): string {
  const T = TEXT[locale];
  const parts: string[] = [];
  if (e.custom) parts.push(T.custom);
  else if (e.kind === 'unofficial') parts.push(T.unofficial(e.vendors.join(', '), e.verified !== false));
  if (e.kind === 'temporary') parts.push(T.temporary);
  if (e.kind === 'unused') parts.push(T.unused);
  if (e.kind === 'obsoleted') parts.push(T.obsoleted);
  if (e.formerPhrases.length) parts.push(T.formerly(e.formerPhrases.join(', ')));
  return parts.join(' · ');
}

const ICONS: Record<Exclude<LookUpAction, 'insert'>, string> = { copy: 'copy', rfc: 'law', mdn: 'book', details: 'info' };

interface ActionButton extends vscode.QuickInputButton {
  action: Exclude<LookUpAction, 'insert'>;
}

/** A button of an item, its tooltip naming what it does to that item: `Copy "404 Not Found"`. */
function button(action: Exclude<LookUpAction, 'insert'>, e: Entry, locale: Locale): ActionButton {
  const T = TEXT[locale];
  const tooltip = action === 'copy' ? T.copy(`${e.code} ${e.phrase}`) : T[action];
  return { action, iconPath: new vscode.ThemeIcon(ICONS[action]), tooltip };
}

function itemFor(e: Entry, locale: Locale): EntryItem {
  const local = locale === 'zh-cn' && e.localPhrase?.['zh-cn'] ? ` ${e.localPhrase['zh-cn']}` : '';
  const buttons = [button('copy', e, locale), button('details', e, locale)];
  if (e.spec?.url || e.reference?.url) buttons.splice(1, 0, button('rfc', e, locale));
  if (e.mdn) buttons.splice(buttons.length - 1, 0, button('mdn', e, locale));
  return {
    label: `${e.code} ${e.phrase}${local}`,
    description: flags(e, locale),
    detail: e.summary[locale],
    entry: e,
    buttons,
    alwaysShow: true,
  };
}

function visibleEntries(unofficial: boolean): Entry[] {
  return activeCatalogue().entries.filter((e) => unofficial || e.kind !== 'unofficial' || e.custom);
}

/** All entries grouped by class, unofficial last, with separators. */
function groupedItems(entries: Entry[], locale: Locale): Array<EntryItem | vscode.QuickPickItem> {
  const out: Array<EntryItem | vscode.QuickPickItem> = [];
  for (const digit of [1, 2, 3, 4, 5]) {
    const inClass = entries.filter((e) => Math.floor(e.code / 100) === digit && e.kind !== 'unofficial' && !e.custom);
    if (!inClass.length) continue;
    out.push({ label: `${digit}xx ${CLASS_NAMES[digit][locale]}`, kind: vscode.QuickPickItemKind.Separator });
    out.push(...inClass.map((e) => itemFor(e, locale)));
  }
  const custom = entries.filter((e) => e.custom);
  if (custom.length) {
    out.push({ label: TEXT[locale].customGroup, kind: vscode.QuickPickItemKind.Separator });
    out.push(...custom.map((e) => itemFor(e, locale)));
  }
  const unofficial = entries.filter((e) => e.kind === 'unofficial' && !e.custom);
  if (unofficial.length) {
    out.push({ label: TEXT[locale].unofficialGroup, kind: vscode.QuickPickItemKind.Separator });
    out.push(...unofficial.map((e) => itemFor(e, locale)));
  }
  return out;
}

/** The code under the cursor or in the selection, to open the look-up on. */
function codeNearCursor(): string | undefined {
  const editor = vscode.window.activeTextEditor;
  if (!editor) return undefined;
  const sel = editor.selection;
  if (!sel.isEmpty && sel.isSingleLine) {
    const text = editor.document.getText(sel).trim();
    if (/^\d{3}$/.test(text)) return text;
    if (text.length <= 60) return text;
  }
  const range = editor.document.getWordRangeAtPosition(sel.active, /\d{3}/);
  return range ? editor.document.getText(range) : undefined;
}

export function detailsUri(code: number, locale: Locale, index = 0): vscode.Uri {
  return vscode.Uri.from({ scheme: SCHEME, path: `/${code}.md`, query: `locale=${locale}&meaning=${index}` });
}

export function referenceUri(locale: Locale): vscode.Uri {
  return vscode.Uri.from({ scheme: SCHEME, path: '/reference.md', query: `locale=${locale}` });
}

class StatusDocumentProvider implements vscode.TextDocumentContentProvider {
  provideTextDocumentContent(uri: vscode.Uri): string {
    const params = new URLSearchParams(uri.query);
    const locale: Locale = params.get('locale') === 'zh-cn' ? 'zh-cn' : 'en';
    const unofficial = readSettings().unofficialCodes === 'show';
    if (uri.path === '/reference.md') {
      return renderReference(visibleEntries(unofficial), { locale, unofficial });
    }
    const code = Number(/^\/(\d{3})\.md$/.exec(uri.path)?.[1]);
    const entries = activeCatalogue().lookup(code);
    if (!entries.length) return vscode.l10n.t('No HTTP status code {0} in the catalogue.', String(code));
    // The chosen meaning first, then the others.
    const index = Math.min(Number(params.get('meaning') ?? 0) || 0, entries.length - 1);
    const ordered = [entries[index], ...entries.filter((_, i) => i !== index)];
    return renderDetails(ordered, { locale, unofficial: true }, constantsFor(code).map((c) => ({ ...c, language: LANGUAGE_NAMES[c.language] ?? c.language })));
  }
}

/** Language ids as the details page names them. */
const LANGUAGE_NAMES: Record<string, string> = {
  javascript: 'JavaScript', typescript: 'TypeScript', python: 'Python', go: 'Go', java: 'Java', kotlin: 'Kotlin', scala: 'Scala',
  csharp: 'C#', php: 'PHP', ruby: 'Ruby', rust: 'Rust', dart: 'Dart', swift: 'Swift', elixir: 'Elixir', clojure: 'Clojure',
  haskell: 'Haskell', ocaml: 'OCaml', c: 'C', cpp: 'C++', perl: 'Perl', lua: 'Lua', julia: 'Julia', powershell: 'PowerShell', erlang: 'Erlang',
};

async function openPreview(uri: vscode.Uri): Promise<void> {
  try {
    await vscode.commands.executeCommand('markdown.showPreview', uri);
  } catch {
    // Without the built-in Markdown extension, show the source read-only.
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri), { preview: true });
  }
}

async function perform(action: LookUpAction, entry: Entry, locale: Locale, entryIndex = 0): Promise<void> {
  const title = `${entry.code} ${entry.phrase}`;
  switch (action) {
    case 'insert': {
      const editor = vscode.window.activeTextEditor;
      if (!editor) {
        await vscode.env.clipboard.writeText(title);
        void vscode.window.showInformationMessage(vscode.l10n.t('No editor is open: copied "{0}" to the clipboard.', title));
        return;
      }
      const mode = readSettings(editor.document).completionInsert;
      const doc = editor.document;
      await editor.edit((b) => {
        for (const sel of editor.selections) b.replace(sel, insertTextAt(doc, sel.start, entry.code, mode));
      });
      return;
    }
    case 'copy':
      await vscode.env.clipboard.writeText(title);
      void vscode.window.setStatusBarMessage(vscode.l10n.t('Copied "{0}"', title), 3000);
      return;
    case 'rfc': {
      const url = entry.spec?.url ?? entry.reference?.url;
      if (url) await vscode.env.openExternal(vscode.Uri.parse(url));
      return;
    }
    case 'mdn':
      if (entry.mdn) await vscode.env.openExternal(vscode.Uri.parse(entry.mdn));
      return;
    case 'details':
      await openPreview(detailsUri(entry.code, locale, entryIndex));
      return;
  }
}

function entryFor(code: number): Entry | undefined {
  return activeCatalogue().lookup(code)[0];
}

async function lookUp(args?: LookUpArgs): Promise<void> {
  const settings = readSettings();
  const locale = args?.locale ?? resolveLocale(settings);
  const unofficial = settings.unofficialCodes === 'show';
  if (args?.code !== undefined && args.action) {
    const entry = entryFor(Number(args.code));
    if (!entry) {
      void vscode.window.showWarningMessage(vscode.l10n.t('No HTTP status code {0} in the catalogue.', String(args.code)));
      return;
    }
    await perform(args.action, entry, locale);
    return;
  }
  const all = visibleEntries(unofficial);
  const qp = vscode.window.createQuickPick<EntryItem | vscode.QuickPickItem>();
  qp.title = TEXT[locale].title;
  qp.placeholder = TEXT[locale].placeholder;
  qp.matchOnDescription = false;
  qp.matchOnDetail = false;
  const grouped = groupedItems(all, locale);
  const update = (value: string) => {
    if (!value.trim()) {
      qp.items = grouped;
      return;
    }
    const found = activeCatalogue().search(value, locale).filter((e) => unofficial || e.kind !== 'unofficial' || e.custom);
    qp.items = found.map((e) => itemFor(e, locale));
  };
  const initial = args?.query ?? (args?.code !== undefined ? String(args.code) : codeNearCursor());
  qp.value = initial ?? '';
  // The search index: the catalogue's words at once, the memory of example searches in slices that leave the
  // host free (about a second in all, once per session). Until it is read the list answers from the catalogue's
  // words and shows itself busy; then what was typed is searched again.
  let open = true;
  const catalogue = activeCatalogue();
  const preparing = catalogue.prepare();
  if (catalogue.preparing) {
    qp.busy = true;
    void preparing.then(() => {
      if (!open) return;
      qp.busy = false;
      if (qp.value.trim() && activeCatalogue() === catalogue) update(qp.value);
    });
  }
  update(qp.value);
  const hasEditor = !!vscode.window.activeTextEditor;
  const done = new Promise<void>((resolve) => {
    qp.onDidChangeValue(update);
    qp.onDidAccept(async () => {
      const item = qp.selectedItems[0] as EntryItem | undefined;
      if (!item?.entry) return;
      qp.hide();
      await perform(args?.action ?? (hasEditor ? 'insert' : 'details'), item.entry, locale, meaningIndex(item.entry));
    });
    qp.onDidTriggerItemButton(async (e) => {
      const item = e.item as EntryItem;
      const action = (e.button as ActionButton).action;
      if (!action || !item.entry) return;
      if (action !== 'copy') qp.hide();
      await perform(action, item.entry, locale, meaningIndex(item.entry));
    });
    qp.onDidHide(() => {
      open = false;
      qp.dispose();
      resolve();
    });
  });
  qp.show();
  await done;
}

function meaningIndex(e: Entry): number {
  return Math.max(0, activeCatalogue().lookup(e.code).indexOf(e));
}

async function showDetails(args?: LookUpArgs): Promise<void> {
  const locale = args?.locale ?? resolveLocale(readSettings());
  if (args?.code === undefined) return lookUp({ ...args, action: 'details' });
  if (!entryFor(Number(args.code))) {
    void vscode.window.showWarningMessage(vscode.l10n.t('No HTTP status code {0} in the catalogue.', String(args.code)));
    return;
  }
  await openPreview(detailsUri(Number(args.code), locale));
}

async function openReference(args?: LookUpArgs): Promise<void> {
  const locale = args?.locale ?? resolveLocale(readSettings());
  await openPreview(referenceUri(locale));
}

export function registerLookUp(): vscode.Disposable {
  return vscode.Disposable.from(
    vscode.workspace.registerTextDocumentContentProvider(SCHEME, new StatusDocumentProvider()),
    vscode.commands.registerCommand(COMMANDS.lookUp, lookUp),
    vscode.commands.registerCommand(COMMANDS.showDetails, showDetails),
    vscode.commands.registerCommand(COMMANDS.openReference, openReference),
  );
}
