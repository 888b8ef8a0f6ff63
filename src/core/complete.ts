/**
 * completionsAt: where a status goes, every code with the text to insert, in the file's own idiom.
 * Uses the same slot rules as the hover, reading only the left side of the cursor.
 */
import type { CompletionSuggestion, Place, TextSource } from './types';
import { regionAt, viewAt } from './scan';
import { codeSlot } from './evidence/index';
import { constantText, families, fileIdiom, type Family } from './constants';
import { activeCatalogue } from './catalogue';

/** The codes people send most, offered first. */
export const COMMON_CODES = [200, 201, 204, 301, 302, 304, 400, 401, 403, 404, 409, 422, 429, 500, 502, 503];

export type InsertMode = 'auto' | 'number' | 'constant';

export interface CompletionOptions {
  insert?: InsertMode;
  /** Offer unofficial codes (default true). */
  unofficial?: boolean;
}

export interface Suggestion extends CompletionSuggestion {
  /** The text the suggestion replaces: [start, end) on the cursor's line. */
  start: number;
  end: number;
}

/** Half-typed value before the cursor: digits, a symbol, a qualified constant, a Swift implicit member. */
const TYPED = /(?:\d{1,3}|:?[\p{L}_$][\p{L}\p{N}_$]*(?:(?:\.|::)[\p{L}_$][\p{L}\p{N}_$]*)*(?:\.|::)?|\.[\p{L}_$]*|:)$/u;

/** Slots where a symbol or Swift implicit member can stand (they are set, never compared). */
const SETTING_SLOTS = ['status-key', 'status-call', 'command', 'server-config'];

let orderedCodes: number[] | undefined;
let officialCodes: number[] | undefined;
let orderedFor: unknown;

function codesInOrder(unofficial: boolean): number[] {
  if (!orderedCodes || orderedFor !== activeCatalogue()) {
    const cat = activeCatalogue();
    orderedFor = cat;
    const all = cat.codes();
    const rest = all.filter((c) => !COMMON_CODES.includes(c));
    orderedCodes = [...COMMON_CODES.filter((c) => all.includes(c)), ...rest];
    officialCodes = orderedCodes.filter((c) => cat.meanings(c).some((e) => e.kind !== 'unofficial' || e.custom));
  }
  return unofficial ? orderedCodes : officialCodes!;
}

function defaultFamily(lang: string): Family | undefined {
  return families.find((f) => f.languages.includes(lang));
}

export function completeStatus(
  doc: TextSource,
  position: Place,
  options: CompletionOptions = {},
): Suggestion[] | undefined {
  if (!doc || typeof doc.lineAt !== 'function' || !position) return undefined;
  const view = viewAt(doc, position.line, position.character);
  if (!view) return undefined;
  const before = view.text.slice(0, view.col);
  let typed = TYPED.exec(before)?.[0] ?? '';
  // A lone ':' starts a symbol only in Ruby and Elixir.
  if (typed === ':' && doc.languageId !== 'ruby' && doc.languageId !== 'elixir') typed = '';
  // "res.status" itself is not a value being typed in a slot; only what follows the slot's opener is.
  let left = before.slice(0, before.length - typed.length);
  if (/[\p{L}\p{N}_$]$/u.test(left)) return undefined;
  const region = regionAt(doc, position.line, view, left.length);
  let quoted = false;
  if (region.region === 'comment') return undefined;
  if (region.region === 'string') {
    // Only a quoted value that is the whole string so far: '40 in an OpenAPI key, status: "4.
    if (region.stringStart !== left.length) return undefined;
    left = left.slice(0, -1);
    quoted = true;
  }
  // Text after the cursor, when completing inside existing code: `assertEquals(|, resp.getStatus())`.
  let right = view.text.slice(view.col).replace(/^[\p{L}\p{N}_$]+/u, '');
  if (quoted) right = right.replace(/^["']/, '');
  const slot = codeSlot({ doc, lang: doc.languageId, line: position.line, left, right, region: 'code', completion: true, memo: {} });
  if (!slot) return undefined;
  if (quoted && !['responses-key', 'status-key', 'comparison', 'status-call'].includes(slot.id)) return undefined;

  const mode = options.insert ?? 'auto';
  const lang = doc.languageId;
  const idiom = mode === 'number' || quoted ? undefined : fileIdiom(doc, position.line);
  let family: Family | undefined;
  let qualifier: string | undefined;
  if (idiom && slot.id !== 'responses-key' && slot.id !== 'status-line' && !slot.numeric) {
    family = idiom.family;
    qualifier = idiom.qualifier;
    if (!family && (mode === 'constant' || lang === 'ruby' || lang === 'elixir')) family = defaultFamily(lang);
    if (family?.separator === ':' && (!SETTING_SLOTS.includes(slot.id) || (idiom.numbers && mode !== 'constant'))) {
      family = undefined;
    }
  }
  const implicit = !!family?.implicitMembers && SETTING_SLOTS.includes(slot.id) && !qualifier;
  const start = view.offset + view.col - typed.length;
  const end = view.offset + view.col;
  return codesInOrder(options.unofficial !== false).map((code) => ({
    code,
    insertText: (family && constantText(family, code, qualifier, implicit)) ?? String(code),
    start,
    end,
  }));
}

/**
 * What inserting `code` at `position` writes (the look-up's insert action): what completion would insert
 * there when the cursor is in a slot, otherwise the file's constant family (never a bare symbol outside
 * a slot), otherwise the number.
 */
export function insertTextAt(doc: TextSource, position: Place, code: number, insert: InsertMode = 'auto'): string {
  const inSlot = completeStatus(doc, position, { insert, unofficial: true });
  const hit = inSlot?.find((s) => s.code === code);
  if (hit) return hit.insertText;
  if (insert === 'number') return String(code);
  const idiom = fileIdiom(doc, position.line);
  let family = idiom.family;
  if (!family && insert === 'constant') family = defaultFamily(doc.languageId);
  if (!family || family.separator === ':') return String(code);
  return constantText(family, code, idiom.qualifier) ?? String(code);
}
