import * as vscode from 'vscode';
import type { Locale } from '../core/types';
import type { InsertMode } from '../core/complete';

import { DEFAULT_LANGUAGES, SECTION } from '../ids';
export { COMMANDS, DEFAULT_LANGUAGES, SECTION } from '../ids';

export interface Settings {
  hoverEnabled: boolean;
  languages: string[];
  language: 'auto' | Locale;
  unofficialCodes: 'show' | 'hide';
  completionEnabled: boolean;
  completionInsert: InsertMode;
  inlayHints: boolean;
  headerHints: boolean;
  /** SHOULD-level header hints (Location on 201 and redirects) too. */
  headerHintsShould: boolean;
  terminalLinks: boolean;
}

const warned = new Set<string>();
const shown: string[] = [];

/** The warnings shown so far (for tests: each invalid value is reported once). */
export function settingWarnings(): readonly string[] {
  return shown;
}

function warn(key: string, value: unknown, fallback: unknown): void {
  const id = `${key}=${safeJson(value)}`;
  if (warned.has(id)) return;
  warned.add(id);
  const message = vscode.l10n.t(
    'HTTP Status Lens: the setting "{0}" has an invalid value ({1}); using {2} until it is fixed.',
    `${SECTION}.${key}`,
    safeJson(value),
    safeJson(fallback),
  );
  shown.push(message);
  void vscode.window.showWarningMessage(message);
}

/**
 * The language ids the user wrote in any scope (user, workspace, folder); the defaults are not among them,
 * since a stock VS Code knows some of them only once an extension adds them.
 */
export function userLanguages(): string[] {
  const inspected = vscode.workspace.getConfiguration(SECTION).inspect<unknown>('languages');
  const written = [inspected?.globalValue, inspected?.workspaceValue, inspected?.workspaceFolderValue];
  const ids = written.flatMap((v) => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []));
  return [...new Set(ids)].filter((id) => !DEFAULT_LANGUAGES.includes(id));
}

/** Warns once about language ids VS Code does not know (a typo such as "pyhton"); they are kept. */
export async function checkLanguageIds(languages: readonly string[]): Promise<void> {
  const known = new Set(await vscode.languages.getLanguages());
  for (const id of languages) {
    if (known.has(id) || warned.has(`language:${id}`)) continue;
    warned.add(`language:${id}`);
    const message = vscode.l10n.t(
      'HTTP Status Lens: "{0}" in the setting "{1}" is not a language VS Code knows here; it is kept in case an extension adds it later.',
      id,
      `${SECTION}.languages`,
    );
    shown.push(message);
    void vscode.window.showWarningMessage(message);
  }
}

function safeJson(v: unknown): string {
  try {
    const s = JSON.stringify(v) ?? String(v);
    return s.length > 80 ? s.slice(0, 77) + '...' : s;
  } catch {
    return String(v);
  }
}

function pick<T>(cfg: vscode.WorkspaceConfiguration, key: string, fallback: T, valid: (v: unknown) => v is T): T {
  const v = cfg.get<unknown>(key);
  if (v === undefined) return fallback;
  if (valid(v)) return v;
  warn(key, v, fallback);
  return fallback;
}

const isBool = (v: unknown): v is boolean => typeof v === 'boolean';
const oneOf = <T extends string>(...xs: T[]) => (v: unknown): v is T => typeof v === 'string' && (xs as string[]).includes(v);

/** Reads and validates the settings afresh; an invalid value is reported once and its default used. */
export function readSettings(scope?: vscode.ConfigurationScope): Settings {
  const cfg = vscode.workspace.getConfiguration(SECTION, scope);
  // The window-wide settings are read without the document: VS Code warns when a window setting is read for one.
  const windowCfg = scope ? vscode.workspace.getConfiguration(SECTION) : cfg;
  let languages = pick(windowCfg, 'languages', DEFAULT_LANGUAGES, (v): v is string[] => Array.isArray(v));
  const bad = languages.filter((l) => typeof l !== 'string' || !/^[\w.+#-]+$/.test(l));
  if (bad.length) {
    warn('languages', bad, languages.filter((l) => !bad.includes(l)));
    languages = languages.filter((l) => !bad.includes(l));
  }
  return {
    hoverEnabled: pick(cfg, 'hover.enabled', true, isBool),
    languages,
    language: pick(windowCfg, 'language', 'auto' as const, oneOf('auto', 'en', 'zh-cn')),
    unofficialCodes: pick(cfg, 'unofficialCodes', 'show' as const, oneOf('show', 'hide')),
    completionEnabled: pick(cfg, 'completion.enabled', true, isBool),
    completionInsert: pick(cfg, 'completion.insert', 'auto' as const, oneOf('auto', 'number', 'constant')),
    inlayHints: pick(cfg, 'inlayHints.enabled', false, isBool),
    headerHints: pick(cfg, 'headerHints.enabled', false, isBool),
    headerHintsShould: pick(cfg, 'headerHints.should', false, isBool),
    terminalLinks: pick(cfg, 'terminalLinks.enabled', true, isBool),
  };
}

/**
 * A validated snapshot of the settings per document, kept until a setting of ours changes: a hover reads
 * its settings from here instead of validating every setting again (the snapshot of a document holds the
 * values of its folder and language).
 */
let generation = 0;
/** The settings of one document, with what every request asks of them worked out once. */
export interface DocumentSettings extends Settings {
  /** The document's language is one of `languages`. */
  enabled: boolean;
  /** The locale cards are written in (the setting, or VS Code's display language). */
  locale: Locale;
}
const snapshots = new WeakMap<object, { generation: number; languageId: string; settings: DocumentSettings }>();
const general: { generation: number; settings?: Settings } = { generation: -1 };

export function settingsFor(): Settings;
export function settingsFor(doc: vscode.TextDocument): DocumentSettings;
export function settingsFor(doc?: vscode.TextDocument): Settings | DocumentSettings {
  if (!doc) {
    if (general.generation !== generation || !general.settings) {
      general.settings = readSettings();
      general.generation = generation;
    }
    return general.settings;
  }
  const snap = snapshots.get(doc);
  if (snap && snap.generation === generation && snap.languageId === doc.languageId) return snap.settings;
  const read = readSettings(doc);
  const settings: DocumentSettings = { ...read, enabled: enabledFor(read, doc), locale: resolveLocale(read) };
  snapshots.set(doc, { generation, languageId: doc.languageId, settings });
  return settings;
}

/** Refreshes the snapshots when a setting of ours changes; they are read again on the next request. */
export function registerSettings(): vscode.Disposable {
  return vscode.workspace.onDidChangeConfiguration((e) => {
    if (e.affectsConfiguration(SECTION)) generation++;
  });
}

/** The locale of cards and look-up: the setting, or VS Code's display language. */
export function resolveLocale(settings: Settings): Locale {
  if (settings.language !== 'auto') return settings.language;
  return vscode.env.language.toLowerCase().startsWith('zh') ? 'zh-cn' : 'en';
}

export function enabledFor(settings: Settings, doc: vscode.TextDocument): boolean {
  return settings.languages.includes(doc.languageId);
}
