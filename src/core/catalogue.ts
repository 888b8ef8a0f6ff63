import data from '../../data/status-codes.json';
import type { Catalogue, Entry, Locale } from './types';
import { compact, hasCjk, words } from './text';

const NONE: readonly Entry[] = Object.freeze([]);

function deepFreeze(value: unknown): void {
  if (value === null || typeof value !== 'object' || Object.isFrozen(value)) return;
  Object.freeze(value);
  for (const v of Object.values(value)) deepFreeze(v);
}

/** The status classes, by first digit. */
export const CLASS_NAMES: Record<number, Record<Locale, string>> = {
  1: { en: 'Informational', 'zh-cn': '信息响应' },
  2: { en: 'Successful', 'zh-cn': '成功' },
  3: { en: 'Redirection', 'zh-cn': '重定向' },
  4: { en: 'Client Error', 'zh-cn': '客户端错误' },
  5: { en: 'Server Error', 'zh-cn': '服务器错误' },
};

const KIND_ORDER: Record<Entry['kind'], number> = {
  registered: 0,
  temporary: 1,
  unused: 2,
  obsoleted: 3,
  unofficial: 4,
};

interface Indexed {
  entry: Entry;
  phrase: string;
  local: string[];
  former: string[];
  keywords: string[];
  /** Everything searchable, compacted, for the loosest matches. */
  all: string;
  /** Words of phrase, former names, keywords and summaries, for word matching. */
  words: Set<string>;
}

function index(entry: Entry): Indexed {
  const local = Object.values(entry.localPhrase ?? {}).filter((s): s is string => !!s).map(compact);
  const keywords = [...entry.keywords.en, ...entry.keywords['zh-cn']].map(compact);
  const former = entry.formerPhrases.map(compact);
  const vendorText = entry.vendors.join(' ');
  const texts = [entry.phrase, ...entry.formerPhrases, ...entry.keywords.en, entry.summary.en, vendorText];
  return {
    entry,
    phrase: compact(entry.phrase),
    local,
    former,
    keywords: [...keywords, ...entry.vendors.map(compact)],
    all: compact(
      [entry.phrase, ...entry.formerPhrases, ...entry.keywords.en, ...entry.keywords['zh-cn'], vendorText,
        entry.summary.en, entry.summary['zh-cn'], ...Object.values(entry.localPhrase ?? {})].join(' '),
    ),
    words: new Set(texts.flatMap(words)),
  };
}

/** Scores one entry against a query; 0 means no match. Higher is better. */
function score(ix: Indexed, q: string, qWords: string[], cjk: boolean): number {
  const code = String(ix.entry.code);
  if (/^\d{3}$/.test(q)) return code === q ? 1000 : 0;
  if (/^\d{1,2}$/.test(q)) return code.startsWith(q) ? 900 : 0;
  if (/^[1-5]xx$/.test(q)) return code[0] === q[0] ? 900 : 0;
  if (ix.phrase === q || ix.local.includes(q)) return 950;
  if (ix.former.includes(q)) return 900;
  if (ix.keywords.includes(q)) return 850;
  if (ix.phrase.startsWith(q) || ix.local.some((s) => s.startsWith(q))) return 800;
  if (ix.former.some((s) => s.startsWith(q))) return 760;
  if (ix.keywords.some((s) => s.startsWith(q))) return 740;
  if (ix.phrase.includes(q) || ix.local.some((s) => s.includes(q))) return 700;
  if (ix.former.some((s) => s.includes(q)) || ix.keywords.some((s) => s.includes(q))) return 650;
  if (!cjk && qWords.length > 0) {
    // Every query word is the start of some word of the entry: "too many" -> 429.
    const own = [...ix.words];
    if (qWords.every((w) => own.some((o) => o.startsWith(w)))) return 500 + Math.min(qWords.length, 9);
  }
  if (q.length >= 2 && ix.all.includes(q)) return 300;
  return 0;
}

/** A searchable set of entries: the catalogue, optionally with a team's custom codes merged in. */
export class StatusCatalogue {
  private readonly byCode = new Map<number, Entry[]>();
  private readonly indexed: Indexed[];

  constructor(readonly entries: readonly Entry[]) {
    // Callers get the entries themselves: frozen, so no caller can change them for the others.
    entries.forEach(deepFreeze);
    const sorted = [...entries].sort(
      (a, b) => a.code - b.code || KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || Number(!!a.custom) - Number(!!b.custom),
    );
    for (const e of sorted) {
      const list = this.byCode.get(e.code);
      if (list) list.push(e);
      else this.byCode.set(e.code, [e]);
    }
    this.indexed = sorted.map(index);
  }

  /** All entries for a code, registered meaning first; [] when unknown. A fresh array each time. */
  lookup(code: number): Entry[] {
    return [...this.meanings(code)];
  }

  /** The same, without a copy: for the core's own hot paths, which never change it. */
  meanings(code: number): readonly Entry[] {
    return this.byCode.get(code) ?? NONE;
  }

  /** Every distinct code, ascending. */
  codes(): number[] {
    return [...this.byCode.keys()];
  }

  /** Entries that answer a free-text query, best first. English and Chinese queries work in any locale. */
  search(query: string, _locale?: Locale): Entry[] {
    if (typeof query !== 'string') return [];
    const trimmed = query.normalize('NFKC').trim().toLowerCase().slice(0, 200);
    const q = compact(trimmed);
    if (!q) return [];
    const cjk = hasCjk(q);
    const qWords = words(trimmed);
    const scored: Array<{ s: number; i: number }> = [];
    this.indexed.forEach((ix, i) => {
      const s = score(ix, q, qWords, cjk);
      // On equal evidence the registered meaning wins over a vendor's.
      if (s > 0) scored.push({ s: s - (ix.entry.kind === 'unofficial' ? 30 : 0), i });
    });
    scored.sort((a, b) => b.s - a.s || a.i - b.i);
    return scored.map(({ i }) => this.indexed[i].entry);
  }
}

/** The catalogue as shipped in data/status-codes.json. */
export const catalogueData = data as unknown as Catalogue;

let shared: StatusCatalogue | undefined;
let active: StatusCatalogue | undefined;
let notes = new Map<number, string>();

/** The shipped catalogue, indexed once on first use. The headless API answers from it alone. */
export function defaultCatalogue(): StatusCatalogue {
  return (shared ??= new StatusCatalogue(catalogueData.codes));
}

/** The catalogue the editor uses: the shipped one plus the team's custom codes, when there are any. */
export function activeCatalogue(): StatusCatalogue {
  return active ?? defaultCatalogue();
}

/** Merges a team's custom codes (already validated) into the catalogue the editor uses. */
export function setCustomCodes(entries: readonly Entry[], teamNotes: ReadonlyMap<number, string>): void {
  active = entries.length ? new StatusCatalogue([...catalogueData.codes, ...entries]) : undefined;
  notes = new Map(teamNotes);
}

/** The names a code goes by, current and former, over all its meanings (custom codes included). */
export function phrasesOf(code: number): string[] {
  return activeCatalogue()
    .meanings(code)
    .flatMap((e) => [e.phrase, ...e.formerPhrases]);
}

/** A team's note on a code, if any. */
export function teamNote(code: number): string | undefined {
  return notes.get(code);
}

/** The class of a code, e.g. 404 -> 4. */
export function classOf(code: number): number {
  return Math.floor(code / 100);
}
