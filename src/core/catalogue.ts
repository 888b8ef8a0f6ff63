import data from '../../data/status-codes.json';
import type { Catalogue, CustomSource, Entry, Locale } from './types';
import constantsData from '../../data/constants.json';
import { StatusIndex, type Example, type SearchFamily } from './search';

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

/** The memory file's shape: sections (the phrasing body, each query set), then languages, then codes. */
export type MemoryFile = Record<string, Record<string, Record<string, string[]>>>;

/**
 * data/search-examples.json, where it is bundled (the headless core, the tests): a bundled `require` is
 * evaluated when first called, not as the code loads. The extension's bundles hold `null` here instead
 * (esbuild.mjs): the file ships beside them and is read through `setMemorySource` on the first look-up.
 */
function memoryData(): MemoryFile | null {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require('../../data/search-examples.json') as MemoryFile | null;
}

let memorySource: (() => Promise<MemoryFile>) | undefined;
let memoryRead: Promise<Example[]> | undefined;

/**
 * Where the memory of example searches is read from when it is not bundled: the extension reads the file shipped
 * beside its bundle. Read once, on the first `prepare`; a file that cannot be read or parsed leaves the search
 * with the catalogue's words alone.
 */
export function setMemorySource(read: (() => Promise<MemoryFile>) | undefined): void {
  memorySource = read;
  memoryRead = undefined;
}

/** The memory as `prepare` reads it: bundled, or from its source (once), or none. */
function memoryToRead(): Promise<Example[]> {
  const bundled = memoryData();
  if (bundled) return Promise.resolve(searchExamples(bundled));
  if (!memorySource) return Promise.resolve([]);
  const read = memorySource;
  return (memoryRead ??= (async () => {
    const data = await read();
    if (!data || typeof data !== 'object') return [];
    // Only what an example is made of: a file edited by hand may hold anything.
    return searchExamples(data).filter((x) => typeof x.q === 'string' && Number.isInteger(x.code));
  })().catch(() => []));
}
/** The bundler's `require` (and CommonJS's, where the tests run the core): the core is typed without Node's. */
declare const require: (id: string) => unknown;

/**
 * The memory of how people ask (data/search-examples.json): each section (the phrasing body, each query set)
 * holds its searches by language, then by the code they ask for.
 */
export function searchExamples(sections: MemoryFile = memoryData() ?? {}): Example[] {
  const out: Example[] = [];
  for (const byLanguage of Object.values(sections)) {
    for (const byCode of Object.values(byLanguage)) for (const [code, queries] of Object.entries(byCode)) for (const q of queries) out.push({ q, code: Number(code) });
  }
  return out;
}

/** A searchable set of entries: the catalogue, optionally with a team's custom codes merged in. */
export class StatusCatalogue {
  private readonly byCode = new Map<number, Entry[]>();
  private readonly sorted: Entry[];
  /** The search index, built on the first search (activation does not pay for it). */
  private index?: StatusIndex;
  /** Set once `prepare` has been called: resolves when the index has read the memory of example searches. */
  private ready?: Promise<void>;
  private learning = false;

  /**
   * `examples`: the memory of how people ask that the search reads (data/search-examples.json when not given;
   * the unit tier gives one without the query set it measures).
   */
  constructor(readonly entries: readonly Entry[], private readonly examples?: readonly Example[]) {
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
    this.sorted = sorted;
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
    this.index ??= new StatusIndex(this.sorted, FAMILIES, this.examples ?? searchExamples());
    return this.index.search(query);
  }

  /**
   * Builds the search index without holding the host for the second the memory of example searches takes: the
   * catalogue's words at once, then the memory in slices, `pause` between them (the look-up calls this as it
   * opens). Searches made meanwhile answer from the rules and the catalogue's words; once it resolves, they answer
   * as `search` always does. Calling it again costs nothing, and so does calling it after a search that built the
   * index with the memory bundled.
   */
  prepare(pause: () => Promise<void> = () => new Promise((resolve) => setTimeout(resolve, 0))): Promise<void> {
    if (this.ready) return this.ready;
    // An index a search built already holds the memory, unless the memory is not bundled (the extension's
    // bundles): then it is read now, from its source.
    const index = (this.index ??= new StatusIndex(this.sorted, FAMILIES));
    this.learning = true;
    const learn = async () => index.learn(this.examples ?? (await memoryToRead()), pause);
    return (this.ready = learn().finally(() => (this.learning = false)));
  }

  /** Whether `prepare` is still reading the memory of example searches (searches answer without it meanwhile). */
  get preparing(): boolean {
    return this.learning;
  }
}

/** The constant families the search reads (data/constants.json). */
const FAMILIES = (constantsData as unknown as { families: SearchFamily[] }).families;

/** The catalogue as shipped in data/status-codes.json. */
export const catalogueData = data as unknown as Catalogue;

let shared: StatusCatalogue | undefined;
let active: StatusCatalogue | undefined;
let notes = new Map<number, string>();
let notesSource: CustomSource = 'user';

/** The shipped catalogue, indexed once on first use. The headless API answers from it alone. */
export function defaultCatalogue(): StatusCatalogue {
  return (shared ??= new StatusCatalogue(catalogueData.codes));
}

/** The catalogue the editor uses: the shipped one plus the team's custom codes, when there are any. */
export function activeCatalogue(): StatusCatalogue {
  return active ?? defaultCatalogue();
}

/** Merges a team's custom codes (already validated) into the catalogue the editor uses. */
export function setCustomCodes(entries: readonly Entry[], teamNotes: ReadonlyMap<number, string>, source: CustomSource = 'user'): void {
  active = entries.length ? new StatusCatalogue([...catalogueData.codes, ...entries]) : undefined;
  notes = new Map(teamNotes);
  notesSource = source;
}

/** Where the team's notes were written (the card says so). */
export function teamNotesSource(): CustomSource {
  return notesSource;
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
