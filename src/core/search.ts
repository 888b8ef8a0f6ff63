/**
 * Free-text search over the catalogue, in English and Chinese: MiniSearch ranks the entries (BM25 over
 * weighted fields, prefix and fuzzy matching); English words are reduced to their stems (Porter, the
 * `stemmer` package) so that "throttled", "throttling" and "throttle" meet; Chinese text, written without
 * spaces, is indexed by overlapping pairs of characters. Numbers and classes ("404", "40", "5xx") and exact
 * names are answered before any ranking.
 */
import MiniSearch, { type SearchOptions } from 'minisearch';
import { stemmer } from 'stemmer';
import type { Entry } from './types';
import { compact } from './text';
import pinyinData from '../../data/pinyin.json';
import rankerData from '../../data/search-ranker.json';

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;
const CJK_RUN = /[\u3400-\u9fff\uf900-\ufaff]+/gu;

/** Words too common to say anything about a status (English only; Chinese pairs are left as they are). */
const STOP = new Set(['a', 'an', 'the', 'is', 'are', 'was', 'be', 'to', 'of', 'for', 'on', 'in', 'at', 'by', 'with', 'and', 'or', 'it', 'its',
  'this', 'that', 'my', 'our', 'your', 'what', 'which', 'when', 'does', 'do', 'i', 'me', 'we', 'you', 'code', 'codes', 'status', 'http',
  'response', 'error', 'errors',
  // The framing of a question: "what to return when ...", "which status should I use", "426 meaning".
  'should', 'how', 'why', 'mean', 'means', 'meaning']);

/**
 * The framing of a Chinese question, taken out before characters are paired: "新增接口返回什么状态码" asks
 * about 新增接口, and its pairs 返回, 什么, 状态码 would match every entry that says them.
 */
const CJK_FRAMING = /(?:是)?(?:什么|啥)意思|的?区别|(?:应该|应当)?(?:返回|用|使用|回)?(?:什么|哪个|哪种|哪一个|啥)(?:状态码|状态|码|http ?状态码)?|(?:都)?有哪些|是什么|怎么办|怎么回事|状态码/g;

/**
 * Traditional characters and Taiwan usage in the words of HTTP, to the Simplified forms the catalogue is
 * written in: 伺服器錯誤 finds 服务器错误, 閘道逾時 finds 网关超时.
 */
const TRADITIONAL_WORDS: Array<[string, string]> = [
  ['伺服器', '服务器'], ['逾時', '超时'], ['要求', '请求'], ['閘道', '网关'], ['檔案', '文件'], ['網路', '网络'], ['資源', '资源'],
  ['存取', '访问'], ['預設', '默认'], ['訊息', '消息'], ['重新導向', '重定向'], ['快取', '缓存'], ['用戶端', '客户端'], ['程式', '程序'],
];
const TRADITIONAL_CHARS = new Map(
  [...'錯誤閘經權請過務無時題體載網關連線應數據區證認驗錄轉導資訊範點擊載檔異號開頭斷續傳內與還沒條後庫處雜態實驗類頁麼']
    .map((ch, i) => [ch, '错误闸经权请过务无时题体载网关连线应数据区证认验录转导资讯范点击载档异号开头断续传内与还没条后库处杂态实验类页么'[i]]),
);

/** Simplified Chinese for a text that may be written in Traditional characters. */
export function simplified(text: string): string {
  // Every form it mends is a CJK character: text without one is already itself (most of the memory's examples).
  if (!CJK.test(text)) return text;
  let out = text;
  for (const [t, s] of TRADITIONAL_WORDS) out = out.split(t).join(s);
  return [...out].map((ch) => TRADITIONAL_CHARS.get(ch) ?? ch).join('');
}

/** CamelCase and SHOUTING_CASE names as words: StatusServiceUnavailable, HttpServerErrorException. */
function camelSplit(text: string): string {
  return text.replace(/([a-z\d])([A-Z])/g, '$1 $2').replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2');
}

/**
 * The terms of a text: stemmed English words, numbers, and Chinese characters in overlapping pairs. For the
 * index (`whole`), each word is also kept whole beside its stem, so that a typo in a query ("unavailabel")
 * is still a short edit away from something indexed.
 */
export function terms(text: string, keepStopWords = false, whole = false): string[] {
  const out: string[] = [];
  const folded = simplified(camelSplit(text.normalize('NFKC'))).toLowerCase();
  for (const run of folded.replace(CJK_FRAMING, ' ').match(CJK_RUN) ?? []) {
    if (run.length === 1) out.push(run);
    for (let i = 0; i + 1 < run.length; i++) out.push(run.slice(i, i + 2));
  }
  for (const word of folded.replace(CJK_RUN, ' ').split(/[^\p{L}\p{N}]+/u)) {
    if (!word || (!keepStopWords && STOP.has(word))) continue;
    // Numbers and short words stay as typed: a stem of "eps" or "ise" would match nothing it means.
    const term = /^\d+$/.test(word) || word.length <= 3 ? word : stemmer(word);
    out.push(term);
    if (whole && term !== word) out.push(word);
  }
  return out;
}

/**
 * The names written in code form in a text, each whole and in lower case: `HttpResponseRedirect`,
 * `REQUEST_LIMIT_EXCEEDED`, `is_client_error`. Read as words they lose what they are
 * (`HttpResponseRedirect` and `HttpResponsePermanentRedirect` share the word "redirect"); the memory of example
 * searches also matches them whole.
 */
export function identifiers(text: string): string[] {
  const out: string[] = [];
  for (const [token] of text.normalize('NFKC').matchAll(/[\p{L}_$][\p{L}\p{N}_$]*/gu)) {
    if (/\p{Ll}\p{Lu}|[\p{L}\p{N}]_[\p{L}\p{N}]/u.test(token)) out.push(token.toLowerCase().replace(/[_$]/g, ''));
  }
  return out;
}

interface Doc {
  id: number;
  phrase: string;
  former: string;
  local: string;
  keywords: string;
  vendors: string;
  summary: string;
  /** The response header fields the spec ties to the code: "Retry-After", "WWW-Authenticate". */
  headers: string;
  /** The structured facts in words of both languages: "cacheable", "permanent redirect", "可缓存", "永久重定向". */
  facts: string;
  /** Names run together, for queries typed without spaces: "notfound", "toomanyrequests". */
  joined: string;
}

/** On equal evidence the registered meaning wins over a reserved one, and both over a vendor's. */
export const KIND_WEIGHT: Record<Entry['kind'], number> = { registered: 1, temporary: 0.95, obsoleted: 0.9, unused: 0.9, unofficial: 0.6 };

/** The statuses people send most, first in a class's listing. */
const COMMON = [200, 201, 202, 204, 301, 302, 304, 307, 308, 400, 401, 403, 404, 405, 409, 410, 422, 429, 500, 502, 503, 504, 100, 101, 103];

/** A vendor's first word that names too much to pick its codes out of a class ("microsoft 4xx"). */
const VENDOR_WORDS_TOO_BROAD = new Set(['microsoft', 'spring', 'google', 'statuses']);

/** Queries that name a class: "4xx", "client errors", "客户端错误", "5开头". */
const CLASS_QUERY: Array<[RegExp, number]> = [
  [/^1(?:xx|开头|字头)|^(?:informational|信息响应|信息类)/, 1], [/^2(?:xx|开头|字头)|^(?:successful|success(?:es)?|成功)(?:codes?|状态码|类)?$/, 2],
  [/^3(?:xx|开头|字头)|^(?:redirection|redirects?|redirect codes|重定向|(?:重定向|跳转)(?:状态码|类))$/, 3], [/^4(?:xx|开头|字头)|^(?:client ?errors?|客户端错误)/, 4],
  [/^5(?:xx|开头|字头)|^(?:server ?(?:side ?)?errors?|服务器错误|服务端错误)(?:codes?|状态码|类)?$/, 5],
];

/**
 * A class named inside a longer query: "client side 4xx list", "status codes starting with 5", "5开头的状态码",
 * "the 300s".
 * A code named beside it ("nginx 4xx 499") is more precise, and wins.
 */
function classNamedIn(q: string): number | undefined {
  // "the 300s", "400 series", "500-level errors": a hundred named as a class.
  const hundred = /(?:^|[^\d.])([1-5])00(?:s\b|\s*-?\s*(?:series|range|level|class)\b)/.exec(q);
  if (hundred) return Number(hundred[1]);
  if (/(?:^|\D)[1-5]\d\d(?:\D|$)/.test(q)) return undefined;
  // "all client error codes", "which codes are server errors": a side's errors asked for as a list. Not "which
  // server error means a timeout", which asks for one code.
  const side = /\b(client|server)[\s-]*(?:side[\s-]*)?errors?\b/.exec(q);
  if (side && /\b(?:all|list|every|types|kinds|categories|overview|range|codes)\b/.test(q)) return side[1] === 'client' ? 4 : 5;
  // "status codes that mean redirect": a class asked for by what its codes mean.
  const meaning = /\b(?:codes|statuses)\s+(?:that|which)\s+(?:mean|are|signal|indicate)\s+(?:an?\s+)?(success|redirect|client error|server error)/.exec(q);
  if (meaning) return { success: 2, redirect: 3, 'client error': 4, 'server error': 5 }[meaning[1]];
  // A class as a metric query's pattern: status=~"5..".
  const pattern = /["'=~]([1-5])\.\.["']/.exec(q);
  if (pattern) return Number(pattern[1]);
  // "4xx", "(5xx)", and inside a name: hrsp_5xx, http_5xx_total.
  const m = /(?:^|[^a-z0-9])([1-5])xx(?![a-z0-9])/.exec(q) ?? /\b(?:start(?:s|ing)?|begin(?:s|ning)?) with (?:an? )?([1-5])\b/.exec(q) ?? /([1-5])\s*(?:开头|字头)/.exec(q);
  return m ? Number(m[1]) : undefined;
}

/**
 * The set of statuses a client or a tool treats as a failure, or as a success, asked for as a set: "which status
 * codes make axios reject", "curl --fail exits non-zero on which codes", "EnsureSuccessStatusCode throws for",
 * "which statuses mean the call succeeded", axios 什么状态下走到 catch. Not "which status for a failed login",
 * which asks for one code, nor 登录失败返回什么状态码.
 */
function outcomeAsked(q: string, key: string): 'failure' | 'success' | undefined {
  const set = /\b(?:which|what)\s+(?:http\s+)?(?:statuses|status\s+codes|codes|responses|ones)\b|\b(?:for|on)\s+which\b|\b(?:throws?|rejects?|raises?|fails?)\s+(?:for|on)\s*\??$/.test(q)
    || /哪些(?:状态码|状态|码)|什么状态下/.test(key);
  if (!set) return undefined;
  // fetch's `response.ok`: false for the failures, true for the 2xx.
  const ok = /(?:\bok|\.ok)\s*(?:is|==+|=|为|是)?\s*(false|true)\b|(!\s*[\w$]+\.ok\b|\bnot\s+ok\b)/.exec(q);
  if (/\b(?:reject(?:s|ed|ing)?|throws?|thrown|raises?|raised|fail(?:s|ed|ing)?|non-?zero|exceptions?|catch)\b/.test(q) || /catch|报错|异常|失败|抛出/.test(key)
    || ok?.[1] === 'false' || ok?.[2]) return 'failure';
  if (/\b(?:success|successful|succeeds?|succeeded)\b/.test(q) || /成功/.test(key) || ok?.[1] === 'true') return 'success';
  return undefined;
}

/** A unit after a number: the number is a quantity, not a status. */
const UNIT = /^\s*(?:(?:ms|millis(?:econds?)?|secs?|seconds?|mins?|minutes?|hrs?|hours?|days?|kb|kib|mb|mib|gb|gib|bytes?|chars?|characters?|px|percent|requests?|reqs?|rps|calls?|times|retries|lines?|rows?|items?|records?|users?|connections?|concurrent)(?![a-z0-9])|%|毫秒|秒|分钟|小时|兆|字节|字符|并发|次)/;

/** Where a code stands among the commonly sent ones (after them when it is not one). */
const rankOf = (e: Entry): number => (COMMON.includes(e.code) ? COMMON.indexOf(e.code) : COMMON.length + e.code);

/**
 * What follows a number that is not a status: an `Expect: 100-continue` value, and a system error's number as
 * nginx and others log it, "(104: Connection reset by peer)", "(111: Connection refused)".
 */
const NOT_A_STATUS = /^(?:-continue\b|\s*:\s*(?:connection (?:reset|refused|timed out|aborted)|no route to host|network is (?:unreachable|down)|software caused|host is (?:down|unreachable)|broken pipe))/;

/**
 * The first three-digit status named in a query, skipping quantities ("100 second limit", "500ms"), the
 * expectation `100-continue` and system error numbers ("(104: Connection reset by peer)", "errno 111").
 */
function codeNamedIn(q: string): string | undefined {
  for (const m of q.matchAll(/(?:^|\D)([1-5]\d\d)(?!\d)/g)) {
    const after = q.slice(m.index + m[0].length);
    if (UNIT.test(after) || NOT_A_STATUS.test(after) || /\berrno\s*[:=]?\s*$/.test(q.slice(0, m.index + m[0].length - 3))) continue;
    return m[1];
  }
  return undefined;
}

/**
 * Two neighbouring letters typed the wrong way round ("foudn", "intenral", "premanent") are one slip of the
 * hand, where the fuzzy match counts two edits: a word of four letters or more that the index does not hold
 * is read as the swap that it does hold, if there is one.
 */
export function swapped(text: string, vocabulary: ReadonlySet<string>): string {
  return text.replace(/\p{L}{4,}/gu, (word) => {
    const lower = word.toLowerCase();
    // A CamelCase name is read word by word, later; a Chinese run is paired.
    if (CJK.test(lower) || /[a-z][A-Z]/.test(word) || vocabulary.has(lower)) return word;
    for (let i = 0; i + 1 < lower.length; i++) {
      const swap = lower.slice(0, i) + lower[i + 1] + lower[i] + lower.slice(i + 2);
      if (vocabulary.has(swap)) return swap;
    }
    return word;
  });
}

const SYLLABLES = (pinyinData as { syllables: Record<string, string> }).syllables;
/** Each common character's toneless syllables (some have several readings), from data/pinyin.json. */
const READINGS = new Map<string, string[]>();
for (const [syllable, chars] of Object.entries(SYLLABLES)) for (const c of chars) READINGS.set(c, [...(READINGS.get(c) ?? []), syllable]);

/** The characters that share a syllable with `ch`, itself left out. */
export function soundAlikes(ch: string): string[] {
  const out = new Set<string>();
  for (const s of READINGS.get(ch) ?? []) for (const c of SYLLABLES[s]) if (c !== ch) out.add(c);
  return [...out];
}

/**
 * A Chinese query whose characters an input method picked by sound (网关抄时 for 网关超时, 未受权 for 未授权):
 * a character that forms no indexed pair with either neighbour is read as the character of the same sound
 * that forms the most (the pairs more entries hold first). Characters that pair already stay as typed.
 */
export function soundMended(text: string, pairs: ReadonlyMap<string, number>): string {
  return text.replace(CJK_RUN, (run) => {
    const chars = [...run];
    for (let i = 0; i < chars.length; i++) {
      // Out of the run, a neighbour is undefined: no pair.
      const left: string | undefined = chars[i - 1];
      const right: string | undefined = chars[i + 1];
      const weight = (c: string) => (left ? pairs.get(left + c) ?? 0 : 0) + (right ? pairs.get(c + right) ?? 0 : 0);
      if (weight(chars[i]) > 0) continue;
      let best = chars[i];
      let most = 0;
      for (const c of soundAlikes(chars[i])) {
        const w = weight(c);
        if (w > most) [best, most] = [c, w];
      }
      chars[i] = best;
    }
    return chars.join('');
  });
}

const FIELDS = ['phrase', 'former', 'local', 'keywords', 'vendors', 'summary', 'headers', 'facts', 'joined'] as const;
const BOOST: Record<(typeof FIELDS)[number], number> = { phrase: 6, local: 6, former: 4, joined: 4, keywords: 3, headers: 2, vendors: 2, facts: 1.5, summary: 1 };

/** The words people search the structured facts by, in both languages. */
function factWords(e: Entry): string {
  const words: string[] = [];
  if (e.cache === 'heuristic') words.push('cacheable by default', '默认可缓存');
  if (e.cache === 'never') words.push('never cached', '不可缓存');
  if (e.retry === 'after') words.push('retry after', 'retryable later', '稍后重试');
  if (e.retry === 'as-is') words.push('retryable', 'retry as is', '可重试');
  if (e.retry === 'idempotent') words.push('retry idempotent', '幂等重试');
  if (e.redirect) {
    words.push(e.redirect.permanent ? 'permanent redirect' : 'temporary redirect', e.redirect.permanent ? '永久重定向' : '临时重定向');
    if (e.redirect.method === 'kept') words.push('method kept', '保持请求方法');
    if (e.redirect.method === 'get') words.push('follow with get', '改用 GET');
  }
  return words.join(' \n ');
}

/** A constant family as the search reads it: how it is qualified and what its members name. */
export interface SearchFamily {
  qualifiers?: readonly string[];
  members: Readonly<Record<string, number>>;
}

/** A constant as typed: `HttpStatusCode.Redirect`, `Response::HTTP_NOT_FOUND`, `:unprocessable_entity`, `SC_GONE`. */
const CONSTANT_QUERY = /^(?:([\p{L}_$][\p{L}\p{N}_$]*(?:(?:\.|::|->|\\)[\p{L}_$][\p{L}\p{N}_$]*)*)(?:\.|::|->|\\))?:?([\p{L}_$][\p{L}\p{N}_$]*)$/u;

/** An example search and the status it asks for: what the memory of how people ask is made of. */
export interface Example {
  q: string;
  code: number;
}

/** How one language reads the memory: how many of the closest examples, and what each feature weighs. */
export interface Reading {
  near: number;
  /** In the order of `MEMORY_FEATURES`, next to the catalogue's own words (which weigh 1, at most 1000 points). */
  weights: number[];
}

/**
 * How much what the memory says counts, per language (English, and Chinese for a query with a CJK character):
 * learned from the query sets by scripts/train-search.mjs.
 */
export interface Ranker {
  en: Reading;
  zh: Reading;
}

/**
 * What the closest examples say about a code, each in [0, 1]: its share of their votes (each weighted by how
 * close it is, as a share of the closest example's score), how close its closest example is, and how high that
 * example ranks among them.
 */
export const MEMORY_FEATURES = ['votes', 'closest', 'rank'] as const;

/**
 * The points what the memory says about a code adds to an entry of that code, before its kind's weight: the
 * features weighed, on the scale of the catalogue's words (at most 1000 points at weight 1). search() and the
 * training script weigh with this one function.
 */
export function memoryPoints(features: readonly number[], weights: readonly number[]): number {
  return features.reduce((sum, f, i) => sum + f * weights[i], 0) * 1000;
}

/** The most distinct terms of a query the memory is searched by. */
const MEMORY_TERMS = 12;

/** The evidence for one query, before it is weighed: see `StatusIndex.evidence`. */
export interface Evidence {
  /** Entry ids to their score from the rules and the catalogue's words (names, keywords, constants, text). */
  scores: Map<number, number>;
  /** Codes to what the memory says about them (`MEMORY_FEATURES`); empty without a memory. */
  memory: Map<number, number[]>;
  /** The query is Chinese (holds a CJK character). */
  cjk: boolean;
}

/** An empty memory of example searches, indexed as the search reads it. */
function newMemory(): MiniSearch<{ id: number; q: string; code: number }> {
  return new MiniSearch({
    fields: ['q'],
    storeFields: ['code'],
    tokenize: (text) => [text],
    processTerm: (term) => [...terms(term, false, true), ...identifiers(term)],
    // Each term once, and no more than a sentence's worth: a query that repeats itself ("not found not found
    // ...", up to 200 characters) would otherwise cost one pass over the memory per repetition. Names in code
    // form first.
    searchOptions: { processTerm: (term) => [...new Set([...identifiers(term), ...terms(term)])].slice(0, MEMORY_TERMS) },
  });
}

export class StatusIndex {
  private readonly mini: MiniSearch<Doc>;
  /** The example searches, by what they say; undefined when there are none, or until `learn` has read them all. */
  private memory?: MiniSearch<{ id: number; q: string; code: number }>;
  /** Constant members (lower case) to the codes they stand for, with their family's qualifiers. */
  private readonly members = new Map<string, Array<{ code: number; qualifiers: readonly string[] }>>();
  /** Exact names (current, former, Chinese), run together, to the entries they name. */
  private readonly names = new Map<string, number[]>();
  /** Exact keywords, run together, to the entries that list them. */
  private readonly keywords = new Map<string, number[]>();
  /** Every Latin word of the index, whole: what a typed word with two letters swapped is checked against. */
  private readonly vocabulary = new Set<string>();
  /** Every pair of Chinese characters of the index, with how many entries hold it: what a sound slip is mended by. */
  private readonly pairs = new Map<string, number>();

  constructor(
    private readonly entries: readonly Entry[],
    families: readonly SearchFamily[] = [],
    examples: readonly Example[] = [],
    private readonly ranker: Ranker = rankerData,
  ) {
    for (const fam of families) {
      for (const [member, code] of Object.entries(fam.members)) {
        const key = member.replace(/^:/, '').toLowerCase();
        this.members.set(key, [...(this.members.get(key) ?? []), { code, qualifiers: fam.qualifiers ?? [] }]);
      }
    }
    this.mini = new MiniSearch<Doc>({
      fields: [...FIELDS],
      tokenize: (text) => [text],
      processTerm: (term) => {
        const out = terms(term, false, true);
        for (const t of out) {
          if (!CJK.test(t)) this.vocabulary.add(t);
          else if (t.length === 2) this.pairs.set(t, (this.pairs.get(t) ?? 0) + 1);
        }
        return out;
      },
      searchOptions: { processTerm: (term) => terms(term) },
    });
    this.mini.addAll(
      entries.map((e, id) => {
        const local = Object.values(e.localPhrase ?? {}).filter((s): s is string => !!s);
        for (const name of [e.phrase, ...e.formerPhrases, ...local]) {
          const key = compact(simplified(name));
          if (key) this.names.set(key, [...(this.names.get(key) ?? []), id]);
        }
        for (const word of [...e.keywords.en, ...e.keywords['zh-cn']]) {
          const key = compact(simplified(word));
          if (key) this.keywords.set(key, [...(this.keywords.get(key) ?? []), id]);
        }
        return {
          id,
          phrase: e.phrase,
          former: e.formerPhrases.join(' \n '),
          local: local.join(' \n '),
          keywords: [...e.keywords.en, ...e.keywords['zh-cn']].join(' \n '),
          vendors: e.vendors.join(' \n '),
          summary: `${e.summary.en} \n ${e.summary['zh-cn']}`,
          headers: e.headers.map((h) => h.name).join(' \n '),
          facts: factWords(e),
          joined: [e.phrase, ...e.formerPhrases, ...e.keywords.en].map(compact).join(' \n '),
        };
      }),
    );
    if (examples.length) {
      const memory = newMemory();
      memory.addAll(examples.map((x, id) => ({ id, q: x.q, code: x.code })));
      this.memory = memory;
    }
  }

  /**
   * Reads the example searches in slices, giving the event loop back between them (`pause`), so that the host
   * stays responsive while the memory is indexed (about a second for the shipped one). Until the last slice is
   * read, searches answer without the memory, from the rules and the catalogue's words; after it, exactly as an
   * index built with the examples. For an index built without examples.
   */
  async learn(examples: readonly Example[], pause: () => Promise<void>, slice = 1000): Promise<void> {
    if (this.memory || !examples.length) return;
    const memory = newMemory();
    for (let from = 0; from < examples.length; from += slice) {
      if (from) await pause();
      memory.addAll(examples.slice(from, from + slice).map((x, i) => ({ id: from + i, q: x.q, code: x.code })));
    }
    this.memory ??= memory;
  }

  /** Entries for a query, best first; [] for a query with nothing to search by. */
  search(query: string): Entry[] {
    const answer = this.evidence(query);
    if (Array.isArray(answer)) return answer;
    const { scores, memory, cjk } = answer;
    const { weights } = this.readingFor(cjk);
    const ranked = new Map(scores);
    for (const [code, features] of memory) {
      const said = memoryPoints(features, weights);
      this.entries.forEach((e, id) => e.code === code && ranked.set(id, (ranked.get(id) ?? 0) + said * KIND_WEIGHT[e.kind]));
    }
    return [...ranked].sort((a, b) => b[1] - a[1] || a[0] - b[0]).map(([id]) => this.entries[id]);
  }

  /**
   * What speaks for each entry, before the memory is weighed: the answer itself for a code, its first digits or
   * a class; otherwise each entry's score from the rules and the catalogue's words, and what the closest
   * example searches say about each code. scripts/train-search.mjs learns the memory's weights from this.
   */
  evidence(query: string): Entry[] | Evidence {
    const typed = query.normalize('NFKC').trim().slice(0, 200);
    const q = typed.toLowerCase();
    const key = compact(simplified(q));
    if (!key) return [];
    // A code, a code's first digits, a class.
    if (/^\d{3}$/.test(key)) return this.where((e) => String(e.code) === key);
    if (/^\d{1,2}$/.test(key)) return this.where((e) => String(e.code).startsWith(key));
    // A class asked about in a Chinese question: 成功状态码有哪些, 重定向是什么意思.
    const asked = key.replace(CJK_FRAMING, '');
    const klass = CLASS_QUERY.find(([re]) => re.test(key) || re.test(q) || re.test(asked))?.[1]
      // A side inside a CamelCase name reads as its words (HttpServerErrorException); "4XX" stays whole.
      ?? classNamedIn(typed.replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2').toLowerCase());
    if (klass !== undefined) return this.inClass(klass, q);
    // The statuses a tool treats as failures: the client and server errors, the common ones first.
    const outcome = outcomeAsked(q, key);
    if (outcome === 'success') return this.inClass(2, q);
    if (outcome === 'failure') return [...this.inClass(4, q), ...this.inClass(5, q)].sort((a, b) => rankOf(a) - rankOf(b));
    const ranked = new Map<number, number>();
    const add = (id: number, score: number) => ranked.set(id, Math.max(ranked.get(id) ?? 0, score));
    const cjk = CJK.test(q);
    // An exact name: "Not Found", "payload too large", "未找到"; or one with two letters swapped ("accpeted"), a
    // little below.
    for (const id of this.names.get(key) ?? []) add(id, 1e6 * KIND_WEIGHT[this.entries[id].kind]);
    for (const id of this.names.get(compact(swapped(q, this.vocabulary))) ?? []) add(id, 9e5 * KIND_WEIGHT[this.entries[id].kind]);
    // So is a Chinese name typed with a character of the same sound (永久重定像, 临时重订向), or asked about
    // (永久重定向是什么意思).
    if (cjk) for (const id of this.names.get(compact(this.mended(q))) ?? []) add(id, 9e5 * KIND_WEIGHT[this.entries[id].kind]);
    // An exact keyword: "rate limit", "断点续传".
    for (const id of this.keywords.get(key) ?? []) add(id, 5e5 * KIND_WEIGHT[this.entries[id].kind]);
    // Code pasted as it was written: `head :no_content`, `return Forbid()`, `ResponseEntity.noContent()`.
    const pasted = typed.replace(/^(?:return|new|head|raise|throw(?:\s+new)?|await)\s+/i, '').replace(/\(\s*\)\s*;?$/, '');
    // A framework's constant: the code it stands for, before anything its words might match.
    let constants = this.readConstant(pasted).codes;
    // A constant asked about in words ("HttpStatus.DESTINATION_LOCKED 是什么", "what is StatusMisdirectedRequest"):
    // the token that reads as a constant (qualified or SHOUTING_CASE), a little below a constant alone.
    // So is one inside a line of code: `@ResponseStatus(HttpStatus.ACCEPTED)`, `w.WriteHeader(http.StatusGone)`,
    // `format.json { head :no_content }`.
    // A token whose qualifier a family writes outranks one that only shares a member's name: in
    // `c.Redirect(http.StatusPermanentRedirect)` the constant is the second token, not `c.Redirect`. Beside such a
    // call, a member written bare in its own CamelCase is the constant ("gin c.Redirect 用 StatusMovedPermanently");
    // alone it is not read as one, for error names share members' words (S3's "EntityTooLarge" is a 400).
    if (!constants.length) {
      let found: Array<[number, number]> = [];
      let bare: Array<[number, number]> = [];
      for (const [token] of typed.matchAll(/(?<![\p{L}\p{N}_$.:])(?:[\p{L}_$][\p{L}\p{N}_$]*(?:(?:\.|::|->)[\p{L}_$][\p{L}\p{N}_$]*)+|:?[A-Z][A-Z0-9]*_[A-Z0-9_]+|:[a-z][a-z0-9]*(?:_[a-z0-9]+)+|[A-Z][a-z]+(?:[A-Z][a-z\d]*)+)(?![\p{L}\p{N}_$])/gu)) {
        const read = this.readConstant(token);
        if (/^[A-Z][a-z]+[A-Z][a-zA-Z\d]*$/.test(token)) {
          if (!bare.length) bare = read.codes;
          continue;
        }
        if (read.codes.length && !found.length) found = read.codes;
        if (read.named) {
          [found, bare] = [read.codes, []];
          break;
        }
      }
      constants = (found.length && bare.length ? bare : found).map(([c, score]) => [c, score * 0.9]);
    }
    for (const [code, score] of constants) this.entries.forEach((e, id) => e.code === code && add(id, score * KIND_WEIGHT[e.kind]));
    // A name the query starts with: "permanent redirect that keeps the post", "not found page for a deleted
    // product"; a one-word name only with a word that says it is a status after it ("found status after a logout",
    // "conflict status for a duplicate email"), for "gone wrong" and "created a user" are not names.
    for (const id of this.leadingName(q)) add(id, 2e5 * KIND_WEIGHT[this.entries[id].kind]);
    // A code named inside the query: "404错误", "502 bad gateway 是什么"; not a quantity ("100 second limit",
    // "500ms", "100 MB", "200 requests per minute", "300 秒").
    const code = codeNamedIn(q);
    if (code) this.entries.forEach((e, id) => String(e.code) === code && add(id, 1e5));
    const options: SearchOptions = {
      boost: BOOST,
      // The last word may be unfinished; longer Latin words may hold a typo.
      // Every Latin word may be the start of a longer one ("perm", "auth"); the last one from two letters.
      prefix: (term: string, i: number, all: string[]) => !CJK.test(term) && term.length >= (i === all.length - 1 ? 2 : 3),
      fuzzy: (term: string) => (!CJK.test(term) && term.length >= 5 ? 0.2 : false),
    };
    // An exception's class is named for what went wrong: GoneHttpException asks for "gone", not "exception".
    // A qualified name means what its member says: ResponseEntity.noContent() is "no content", whatever the type.
    const member = CONSTANT_QUERY.exec(pasted);
    // Chinese is mended once its question framing is out (`mended`): the framing's own characters are not slips.
    // The memory reads the query as typed: its examples hold exceptions and qualified names whole. Mended once
    // where the catalogue's words are the same text.
    const asTyped = this.mended(typed);
    const read = (member?.[1] ? member[2] : typed).replace(/\b([A-Z][a-z]\w*?)Exception\b/g, '$1');
    const words = read === typed ? asTyped : this.mended(read);
    const every = this.mini.search(words, { ...options, combineWith: 'AND' });
    // Chinese queries and longer sentences rarely share every term with one entry: then any term counts. Where
    // fewer than three entries have every term of a query of three terms or more, entries with some of them
    // follow, below those.
    const long = every.length < 3 && terms(words).length >= 3;
    const some = !every.length || cjk || long ? this.mini.search(words, { ...options, combineWith: 'OR' }) : [];
    const below = every.length && !cjk ? 0.5 : 1;
    // What the catalogue's words say comes on top of a rule's score, so that two entries a rule ranks alike (two
    // that hold the keyword "http version") are ordered by the rest of what was typed.
    const said = new Map<number, number>();
    for (const [hits, scale] of [[every, 1], [some, below]] as const) {
      const best = hits.reduce((m, h) => Math.max(m, h.score), 0) || 1;
      for (const h of hits) {
        // On equal evidence the registered meaning wins over a vendor's.
        const weight = KIND_WEIGHT[this.entries[h.id as number].kind];
        const id = h.id as number;
        said.set(id, Math.max(said.get(id) ?? 0, (h.score / best) * 1000 * weight * scale));
      }
    }
    for (const [id, score] of said) ranked.set(id, (ranked.get(id) ?? 0) + score);
    return { scores: ranked, memory: this.recall(asTyped, options, this.readingFor(cjk).near), cjk };
  }

  /** The entries named by the longest run of words a Latin query starts with, when more words follow. */
  private leadingName(q: string): number[] {
    const words = q.split(/\s+/);
    for (let n = Math.min(words.length - 1, 5); n >= 1; n--) {
      const run = words.slice(0, n).join(' ');
      const ids = /[^a-z' -]/.test(run) ? undefined : this.names.get(compact(run));
      if (!ids) continue;
      if (n > 1) return ids;
      // One word that is also a vendor's name ("redirect", Exchange's 451) says too little.
      const registered = ids.filter((id) => this.entries[id].kind !== 'unofficial');
      if (registered.length && /^(?:status|code|redirect|response|http)\b/.test(words[n])) return registered;
    }
    return [];
  }

  /** A query with its Chinese question framing out and its sound-alike slips mended. */
  private mended(text: string): string {
    return soundMended(simplified(swapped(text, this.vocabulary)).replace(CJK_FRAMING, ' '), this.pairs);
  }

  /** How a query's language reads the memory: Chinese for a query with a CJK character, English otherwise. */
  private readingFor(cjk: boolean): Reading {
    return cjk ? this.ranker.zh : this.ranker.en;
  }

  /** What the closest example searches say about each code (`MEMORY_FEATURES`). */
  private recall(words: string, options: SearchOptions, count: number): Map<number, number[]> {
    const out = new Map<number, number[]>();
    if (!this.memory) return out;
    const near = this.memory.search(words, { ...options, combineWith: 'OR' }).slice(0, count);
    if (!near.length) return out;
    const best = near[0].score;
    const votes = new Map<number, number>();
    near.forEach((h, rank) => {
      const code = h.code as number;
      const closeness = h.score / best;
      votes.set(code, (votes.get(code) ?? 0) + closeness);
      // The first (closest) example of a code sets its closeness and rank.
      if (!out.has(code)) out.set(code, [0, closeness, 1 / (1 + rank)]);
    });
    const top = Math.max(...votes.values());
    for (const [code, v] of votes) out.get(code)![0] = v / top;
    return out;
  }

  /**
   * The codes a constant typed as the query stands for: the member in the family its qualifier names (or in
   * any family when the qualifier is unknown or absent), the code most families agree on. A name that reads as
   * a constant (qualified, SHOUTING_CASE, snake_case or CamelCase) ranks next to an exact name; a bare word
   * that some family also uses as a member (`Ambiguous`, `Redirect`) ranks below an exact keyword. `named`: a
   * family writes the qualifier typed (`http.` of `http.StatusGone`, not `c.` of `c.Redirect`).
   */
  private readConstant(typed: string): { codes: Array<[number, number]>; named: boolean } {
    const m = CONSTANT_QUERY.exec(typed);
    if (!m || !this.members.size) return { codes: [], named: false };
    const [, qualifier, member] = m;
    let refs = this.members.get(member.toLowerCase()) ?? [];
    const norm = (q: string) => q.replace(/::|->|\\/g, '.').toLowerCase();
    let known = false;
    if (qualifier) {
      const typedQualifier = norm(qualifier);
      const named = refs.filter((r) => r.qualifiers.some((q) => {
        const own = norm(q);
        return typedQualifier === own || typedQualifier.endsWith('.' + own) || own.endsWith('.' + typedQualifier);
      }));
      if (named.length) [refs, known] = [named, true];
    }
    // A redirect helper called on a receiver no family writes sends its framework's default, which the constant of
    // the same name does not tell: `NextResponse.redirect` is 307 and `Route::permanentRedirect` 301, where .NET's
    // `Redirect` is 302 and `PermanentRedirect` 308. It reads as its words. A method named for a status
    // (`ServerResponse.accepted()`, `res.notFound()`) still reads as the constant.
    if (!refs.length || (qualifier && !known && /^[a-z][A-Za-z]*$/.test(member) && /redirect/i.test(member))) return { codes: [], named: false };
    const votes = new Map<number, number>();
    for (const r of refs) votes.set(r.code, (votes.get(r.code) ?? 0) + 1);
    const most = Math.max(...votes.values());
    const constantLike = !!qualifier || typed.startsWith(':') || /_|[a-z][A-Z]|^[A-Z\d]+$/.test(member);
    return { codes: [...votes].filter(([, n]) => n === most).map(([code]) => [code, constantLike ? 8e5 : 2e5]), named: known };
  }

  private where(test: (e: Entry) => boolean): Entry[] {
    return this.entries.filter(test);
  }

  /**
   * A class's entries: those of a vendor the query names first ("cloudflare 5xx": 520, 521, ...), then the
   * commonly sent codes, then the rest in order.
   */
  private inClass(digit: number, q: string): Entry[] {
    const members = this.where((e) => Math.floor(e.code / 100) === digit);
    const words = new Set(q.split(/[^\p{L}\p{N}]+/u));
    const named = (e: Entry) => e.vendors.some((v) => {
      const first = v.toLowerCase().split(/\s+/)[0];
      return first.length >= 3 && !VENDOR_WORDS_TOO_BROAD.has(first) && words.has(first);
    });
    const rank = (e: Entry) => (named(e) ? -1000 + e.code : rankOf(e));
    return [...members].sort((a, b) => rank(a) - rank(b) || KIND_WEIGHT[b.kind] - KIND_WEIGHT[a.kind]);
  }
}
