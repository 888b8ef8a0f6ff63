/**
 * completionsAt: after a constant family's qualifier (`HttpStatus.`, `http.Status`, `StatusCode::`), that
 * family's members; where a status goes, every code with the text to insert, in the file's own idiom.
 * Slots are found by the same evidence as the hover, reading only the left side of the cursor.
 */
import type { CompletionSuggestion, Place, TextSource } from './types';
import { regionAt, viewAt } from './scan';
import { codeSlot, completionWeighs, mayHoldValue } from './evidence/index';
import { statusWouldFit } from './detect';
import { STATUSY_LINE } from './evidence/vocabulary';
import { constantText, families, familiesAfter, fileIdiom, memberFor, type Family } from './constants';
import { activeCatalogue } from './catalogue';
import type { Dependencies } from './dependencies';

/** The codes people send most, offered first. */
export const COMMON_CODES = [200, 201, 204, 301, 302, 304, 400, 401, 403, 404, 409, 422, 429, 500, 502, 503];

export type InsertMode = 'auto' | 'number' | 'constant';

export interface CompletionOptions {
  insert?: InsertMode;
  /** Offer unofficial codes (default true). */
  unofficial?: boolean;
  /**
   * The user asked by hand (Ctrl+Space): then prose about HTTP in comments and strings gets the codes too
   * (as numbers). Typing alone never opens a list in a comment or a string.
   */
  invoked?: boolean;
  /** Library versions the workspace runs (package -> version), for names that changed between versions. */
  dependencies?: Dependencies;
}

export type Suggestion = CompletionSuggestion;

/** A qualifier and separator typed before the cursor, with the part of a member already typed. */
const QUALIFIED = /((?:\[[\p{L}_][\p{L}\p{N}_.]*\]|[\p{L}_$][\p{L}\p{N}_$]*)(?:(?:\.|::|->|\/)[\p{L}_$][\p{L}\p{N}_$-]*)*)(\.|::|->|\/)([\p{L}_$][\p{L}\p{N}_$-]*)?$/u;

/**
 * Right after the qualifier and separator of a family the language knows (`HttpStatus.`, `http.Status`,
 * `Response::HTTP_`, `status/`), anywhere in code: every member of that family, the current names first,
 * each inserting the constant as the user began it. Undefined when the text before the cursor is no such
 * qualifier.
 */
function memberSuggestions(doc: TextSource, before: string, offset: number, dependencies?: Dependencies): Suggestion[] | undefined {
  const m = QUALIFIED.exec(before);
  if (!m || /[\p{L}\p{N}_$]/u.test(before[m.index - 1] ?? '')) return undefined;
  const [typed, qualifier, separator] = m;
  const fam = familiesAfter(doc, qualifier, separator);
  if (!fam) return undefined;
  const start = offset + m.index;
  const end = offset + m.index + typed.length;
  return familyMembers(fam).map(({ member, code, deprecated }) => ({
    code,
    insertText: qualifier + separator + member,
    start,
    end,
    member,
    family: fam.id,
    deprecated: deprecated || undefined,
    replacement: deprecated ? memberFor(fam, code, dependencies) : undefined,
  }));
}

const membersCache = new WeakMap<Family, Array<{ member: string; code: number; deprecated: boolean }>>();

/** A family's members in the order completion lists them: current names by code (common codes first), then former ones. */
export function familyMembers(fam: Family): Array<{ member: string; code: number; deprecated: boolean }> {
  let list = membersCache.get(fam);
  if (!list) {
    const rank = (code: number) => {
      const i = COMMON_CODES.indexOf(code);
      return i >= 0 ? i : COMMON_CODES.length + code;
    };
    list = Object.entries(fam.members)
      .map(([member, code]) => ({ member, code, deprecated: fam.deprecated?.includes(member) ?? false }))
      .sort((a, b) => Number(a.deprecated) - Number(b.deprecated) || rank(a.code) - rank(b.code) ||
        Number(memberFor(fam, b.code) === b.member) - Number(memberFor(fam, a.code) === a.member) || a.member.localeCompare(b.member));
    membersCache.set(fam, list);
  }
  return list;
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

/** Slots whose quoted values are statuses: an OpenAPI key, a status field, a comparison, a call, a list or arm of statuses, a command's status argument. */
const QUOTED_SLOTS = ['responses-key', 'status-key', 'comparison', 'status-call', 'status-list', 'case-arm', 'command', 'assertion', 'judged'];

export function completeStatus(
  doc: TextSource,
  position: Place,
  options: CompletionOptions = {},
): Suggestion[] | undefined {
  if (!doc || typeof doc.lineAt !== 'function' || !position) return undefined;
  // Options come from settings and callers outside TypeScript: anything but an object means the defaults.
  if (!options || typeof options !== 'object') options = {};
  const view = viewAt(doc, position.line, position.character);
  if (!view) return undefined;
  const before = view.text.slice(0, view.col);
  const members = regionAt(doc, position.line, view, view.col).region === 'code' ? memberSuggestions(doc, before, view.offset, options.dependencies) : undefined;
  if (members) return members;
  let typed = TYPED.exec(before)?.[0] ?? '';
  // A lone ':' starts a symbol only in Ruby and Elixir.
  if (typed === ':' && doc.languageId !== 'ruby' && doc.languageId !== 'elixir') typed = '';
  // The dots of a range (200..299, 200...299) are not Swift's shorthand dot: the bound after them is a number.
  if (typed === '.' && /\d\.\.$/.test(before)) typed = '';
  // "res.status" itself is not a value being typed in a slot; only what follows the slot's opener is.
  let left = before.slice(0, before.length - typed.length);
  if (/[\p{L}\p{N}_$]$/u.test(left)) return undefined;
  const region = regionAt(doc, position.line, view, left.length);
  let quoted = false;
  const inProse = region.region === 'comment' || (region.region === 'string' && region.stringStart !== left.length);
  if (inProse || doc.languageId === 'markdown') {
    // Prose: only when asked by hand, and only where the sentence speaks of HTTP ("returns 4", "a 5").
    if (!options.invoked || !STATUSY_LINE.test(left.slice(-120))) return undefined;
    const start = view.offset + view.col - typed.length;
    return codesInOrder(options.unofficial !== false).map((code) => ({ code, insertText: String(code), start, end: view.offset + view.col }));
  }
  if (region.region === 'string') {
    // Only a quoted value that is the whole string so far: '40 in an OpenAPI key, status: "4.
    left = left.slice(0, -1);
    quoted = true;
  }
  // Text after the cursor, when completing inside existing code: `assertEquals(|, resp.getStatus())`.
  let right = view.text.slice(view.col).replace(/^[\p{L}\p{N}_$]+/u, '');
  if (quoted) right = right.replace(/^["']/, '');
  let slot = codeSlot({ doc, lang: doc.languageId, line: position.line, left, right, region: 'code', completion: true, memo: {} });
  // Swift: wherever the status type is written, its implicit members follow (let s: HTTPStatus = .).
  if (!slot && /:\s*(?:HTTPStatus|HTTPResponseStatus|HTTPResponse\.Status)\??\s*=\s*$/.test(left)) slot = { id: 'status-key' };
  // No slot rule: the rest of the evidence, weighed (a list of statuses, a responding call, an HTTP file).
  const asked = { doc, lang: doc.languageId, line: position.line, left, right, region: 'code' as const, completion: true, memo: {} };
  if (!slot && !quoted && completionWeighs(asked)) slot = { id: 'weighed' };
  // Else, as the hover would judge a status typed here (over what is typed and the rest of the word).
  if (!slot && mayHoldValue(asked, 'judged')) {
    const from = view.offset + left.length + (quoted ? 1 : 0);
    const word = /^[\p{L}\p{N}_$]*/u.exec(view.text.slice(view.col))![0].length;
    if (statusWouldFit(doc, position.line, from, view.offset + view.col + word)) slot = { id: 'judged' };
  }
  if (!slot) return undefined;
  if (quoted && !QUOTED_SLOTS.includes(slot.id)) return undefined;

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
  // Swift's shorthand stands only for members: a code the type lacks has no item there.
  const codes = codesInOrder(options.unofficial !== false).filter((code) => !implicit || !family || memberFor(family, code, options.dependencies) !== undefined);
  return codes.map((code) => ({
    code,
    insertText: (family && constantText(family, code, qualifier, implicit, options.dependencies)) ?? String(code),
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
