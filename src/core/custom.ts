/**
 * A team's own codes and notes (setting `statusLens.customCodes`), validated here so that a malformed
 * entry is reported and skipped while the rest keeps working.
 */
import type { CustomSource, Entry } from './types';

export const CUSTOM_LIMITS = { phrase: 80, text: 1000, keywords: 20, keyword: 40, entries: 200 } as const;

export interface CustomCodes {
  /** New meanings: codes the catalogue lacks, or a team's own meaning of a known number. */
  entries: Entry[];
  /** Notes a team adds to an existing code's card. */
  notes: Map<number, string>;
  /** One line per skipped entry, saying why. */
  problems: string[];
}

function str(v: unknown, max: number): string | undefined {
  return typeof v === 'string' && v.trim() && v.length <= max ? v.trim() : undefined;
}

/** Validates the raw setting value. Never throws. */
export function parseCustomCodes(raw: unknown, source: CustomSource = 'user'): CustomCodes {
  const out: CustomCodes = { entries: [], notes: new Map(), problems: [] };
  if (raw === undefined || raw === null) return out;
  if (!Array.isArray(raw)) {
    out.problems.push('must be an array of objects');
    return out;
  }
  raw.slice(0, CUSTOM_LIMITS.entries).forEach((item, i) => {
    const where = `entry ${i + 1}`;
    if (!item || typeof item !== 'object' || Array.isArray(item)) return void out.problems.push(`${where}: not an object`);
    const o = item as Record<string, unknown>;
    const code = o.code;
    if (typeof code !== 'number' || !Number.isInteger(code) || code < 100 || code > 599) {
      return void out.problems.push(`${where}: "code" must be a whole number from 100 to 599`);
    }
    const phrase = o.phrase === undefined ? undefined : str(o.phrase, CUSTOM_LIMITS.phrase);
    if (o.phrase !== undefined && !phrase) return void out.problems.push(`${where} (${code}): "phrase" must be a non-empty string of at most ${CUSTOM_LIMITS.phrase} characters`);
    const note = o.note === undefined ? undefined : str(o.note, CUSTOM_LIMITS.text);
    if (o.note !== undefined && !note) return void out.problems.push(`${where} (${code}): "note" must be a non-empty string of at most ${CUSTOM_LIMITS.text} characters`);
    if (!phrase && !note) return void out.problems.push(`${where} (${code}): give a "phrase" (a new meaning) or a "note" (on an existing code)`);
    const description = o.description === undefined ? undefined : str(o.description, CUSTOM_LIMITS.text);
    if (o.description !== undefined && !description) return void out.problems.push(`${where} (${code}): "description" must be a string of at most ${CUSTOM_LIMITS.text} characters`);
    const descriptionZh = o['description.zh-cn'] === undefined ? undefined : str(o['description.zh-cn'], CUSTOM_LIMITS.text);
    if (o['description.zh-cn'] !== undefined && !descriptionZh) return void out.problems.push(`${where} (${code}): "description.zh-cn" must be a string of at most ${CUSTOM_LIMITS.text} characters`);
    let keywords: string[] = [];
    if (o.keywords !== undefined) {
      if (!Array.isArray(o.keywords) || o.keywords.length > CUSTOM_LIMITS.keywords || o.keywords.some((k) => !str(k, CUSTOM_LIMITS.keyword))) {
        return void out.problems.push(`${where} (${code}): "keywords" must be at most ${CUSTOM_LIMITS.keywords} strings of at most ${CUSTOM_LIMITS.keyword} characters`);
      }
      keywords = (o.keywords as string[]).map((k) => k.trim());
    }
    if (note) out.notes.set(code, out.notes.has(code) ? `${out.notes.get(code)} ${note}` : note);
    if (phrase) {
      const en = description ?? phrase;
      out.entries.push({
        code,
        phrase,
        formerPhrases: [],
        kind: 'unofficial',
        vendors: [],
        custom: true,
        customSource: source,
        summary: { en, 'zh-cn': descriptionZh ?? en },
        details: { en: description ?? '', 'zh-cn': descriptionZh ?? description ?? '' },
        headers: [],
        keywords: { en: keywords, 'zh-cn': keywords },
      });
    }
  });
  if (Array.isArray(raw) && raw.length > CUSTOM_LIMITS.entries) out.problems.push(`only the first ${CUSTOM_LIMITS.entries} entries are read`);
  return out;
}
