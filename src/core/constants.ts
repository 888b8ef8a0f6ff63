/**
 * Framework status constants (data/constants.json): which token names which code, and which family a
 * file writes, so completion can insert the file's own idiom.
 */
import data from '../../data/constants.json';
import type { TextSource } from './types';
import { contextLine, factsOwner } from './scan';
import { phrasesOf } from './catalogue';
import { compact } from './text';
import { compareVersions, type Dependencies } from './dependencies';
import { wordsOf } from './evidence/names';
import { QUANTITY_WORDS } from './evidence/names-evidence';

export interface Family {
  id: string;
  name: string;
  languages: string[];
  /** Receivers written before a member: "HttpStatus", "http", "Response.Status". [] for bare symbols. */
  qualifiers: string[];
  /** "." | "::" | ":" (Ruby/Elixir symbols) */
  separator: string;
  /** Literal substrings near the top of a file that show the family is imported or used. */
  evidence: string[];
  source: string;
  members: Record<string, number>;
  /** For codes with several member names: the current one to insert. */
  preferred?: Record<string, string>;
  deprecated?: string[];
  /** Whether a member compares equal to an integer (IntEnum, int constants); enums and structs do not. */
  intCompatible?: boolean;
  /** Swift: members may be written as implicit members (`.notFound`) where the type is known. */
  implicitMembers?: boolean;
  /** Play: members are written bare (`Status(NOT_FOUND)`) inside controllers that mix in the trait. */
  bareMembers?: boolean;
  /**
   * Members written without a qualifier: 'always' where every name is distinctive (MHD_HTTP_NOT_FOUND,
   * status404), 'imported' only in files whose head shows the family's `evidence` (Perl's HTTP_NOT_FOUND
   * after `use HTTP::Status`).
   */
  bare?: 'always' | 'imported';
  /** Head lines that make bare members of a qualified family legal: Java's `import static ...HttpStatus.`. */
  bareEvidence?: string[];
  /** Members are functions that build a response with the status (Boom.notFound()): hover only, never inserted. */
  helper?: boolean;
  /** Which library versions added or renamed members, from the library's own changelog or source. */
  history?: string;
  /**
   * Names that depend on the version the workspace runs: below `since` of `package` (as a lock file names
   * it), the family's own release wrote `before` for those codes (Rack before 3.1: :unprocessable_entity).
   */
  versions?: Array<{ package: string; since: string; before: Record<string, string>; source?: string }>;
}

export const families = (data as unknown as { families: Family[] }).families;

interface MemberRef {
  family: Family;
  code: number;
}

const byMember = new Map<string, MemberRef[]>();
for (const family of families) {
  for (const [member, code] of Object.entries(family.members)) {
    const refs = byMember.get(member);
    const ref = { family, code };
    if (refs) refs.push(ref);
    else byMember.set(member, [ref]);
  }
}

export interface ConstantHit {
  code: number;
  family: Family;
  member: string;
  deprecated: boolean;
  /** Offsets of the constant inside the token text. */
  start: number;
  end: number;
  /** Bare symbols and implicit members need a status slot around them to count. */
  needsSlot: boolean;
}

/** Normalises a receiver chain for comparison: separators to '.', no '$', no brackets, no 'self.'/'this.'. */
function normReceiver(r: string): string {
  return r.replace(/::|->|\//g, '.').replace(/^\$/, '').replace(/[[\]]/g, '').replace(/^(?:self|this|static)\./, '');
}

function receiverMatches(receiver: string, qualifiers: string[]): boolean {
  const r = normReceiver(receiver);
  return qualifiers.some((q) => {
    const nq = normReceiver(q);
    return r === nq || r.endsWith('.' + nq);
  });
}

/**
 * Names a file imports under another name: PHP `use Fig\Http\Message\StatusCodeInterface as Status;`,
 * `import { StatusCodes as SC } from 'http-status-codes'`, Python `from http import HTTPStatus as S`, Kotlin
 * and Rust `... as Name`, Scala `{StatusCodes => SC}`, Go `nethttp "net/http"`, C# `using Code = System.Net.HttpStatusCode;`.
 * Each alias maps to the last segment of what it names. Read once per document version from the head.
 */
const ALIAS_PATTERNS: RegExp[] = [
  /^\s*use\s+\\?((?:\w+\\)*\w+)\s+as\s+(\w+)\s*;/,
  /^\s*(?:import|use)\s+((?:[\w]+(?:\.|::))*\w+)\s+as\s+(\w+)/,
  /^\s*using\s+(\w+)\s*=\s*((?:\w+\.)*\w+)\s*;/,
  /^\s*(?:import\s+)?(\w+)\s+"((?:[\w.-]+\/)*[\w.-]+)"\s*$/,
];
interface Alias {
  /** The last segment of the name the alias stands for. */
  original: string;
  /** The import line, to tell which library the name comes from. */
  line: string;
}
const aliasTables = new WeakMap<TextSource, { version: number | undefined; aliases: Map<string, Alias> }>();

function aliasesOf(doc: TextSource): Map<string, Alias> {
  doc = factsOwner(doc);
  const cached = aliasTables.get(doc);
  if (cached && cached.version === doc.version) return cached.aliases;
  const aliases = new Map<string, Alias>();
  const last = (path: string) => path.split(/\\|\.|::|\//).pop() ?? path;
  for (let l = 0; l < Math.min(doc.lineCount, HEAD_LINES); l++) {
    const text = contextLine(doc, l);
    if (!/\b(?:as|=>|use|using|import)\b|"/.test(text)) continue;
    const [php, imp, using, go] = ALIAS_PATTERNS.map((re) => re.exec(text));
    if (php) aliases.set(php[2], { original: last(php[1]), line: text });
    else if (imp) aliases.set(imp[2], { original: last(imp[1]), line: text });
    else if (using) aliases.set(using[1], { original: last(using[2]), line: text });
    else if (go && doc.languageId === 'go') aliases.set(go[1], { original: last(go[2]), line: text });
    // Lists of imported names: `import { A as B }`, `from m import A as B, C`, Scala `{A => B}`.
    const list = /\bimport\s*\{([^}]*)\}|^\s*from\s+\S+\s+import\s+\(?([^()#]+)|\bimport\s+[\w.]+\.\{([^}]*)\}/.exec(text);
    for (const item of (list?.[1] ?? list?.[2] ?? list?.[3] ?? '').split(',')) {
      const pair = /^\s*(\w+)\s+(?:as|=>)\s+(\w+)\s*$/.exec(item);
      if (pair && pair[2] !== '_') aliases.set(pair[2], { original: pair[1], line: text });
    }
  }
  aliasTables.set(doc, { version: doc.version, aliases });
  return aliases;
}

/**
 * Whether a receiver written through an import alias names one of the family's qualifiers (`Status` for
 * `StatusCodeInterface`). A plain name (`status`, `http`) counts only when its import line is the family's
 * own: `import { status as GrpcStatus } from '@grpc/grpc-js'` is gRPC's status, not an HTTP one.
 */
function aliasMatches(doc: TextSource, receiver: string, fam: Family): boolean {
  const first = /^[\p{L}_$][\p{L}\p{N}_$]*/u.exec(receiver.replace(/^\$/, ''))?.[0];
  const alias = first ? aliasesOf(doc).get(first) : undefined;
  if (!alias || alias.original === first) return false;
  if (!distinctive(alias.original) && !fam.evidence.some((e) => alias.line.includes(e.replace(/^(?:import|use|from|using)\s+/, '')))) return false;
  return receiverMatches(alias.original + receiver.replace(/^\$/, '').slice(first!.length), fam.qualifiers);
}

/** Documents that quote code of any language: prose, API files, and configuration that embeds scripts (heredocs). */
const PROSE_LANGUAGES = new Set(['markdown', 'plaintext', 'http', 'yaml', 'json', 'jsonc', 'dockerfile', 'shellscript', 'toml', 'terraform']);
/** Markup files whose scripts are JavaScript or TypeScript. */
const MARKUP_LANGUAGES = new Set(['html', 'vue', 'svelte', 'astro']);

/** Members that carry their number and so are unambiguous even unqualified (DRF HTTP_404_NOT_FOUND). */
const NUMBERED = /^(?:HTTP_\d{3}_[A-Z0-9_]+|Status\d{3}[A-Za-z0-9]+)$/;

/**
 * The constant a word token names, if any: "HttpStatus.NOT_FOUND", "status.HTTP_404_NOT_FOUND",
 * "http.StatusNotFound", "Response::HTTP_NOT_FOUND", ":not_found", ".notFound".
 */
export function constantIn(token: string, language: string, doc?: TextSource): ConstantHit | undefined {
  const languageId = MARKUP_LANGUAGES.has(language) ? 'typescript' : language;
  const parts: Array<{ text: string; start: number; sep: string }> = [];
  // A PowerShell type literal is one receiver: [System.Net.HttpStatusCode]::NotFound.
  const typeLiteral = /^\[[^\]]+\]/.exec(token)?.[0];
  if (typeLiteral) parts.push({ text: typeLiteral, start: 0, sep: '' });
  const re = languageId === 'clojure' ? /(\/|\.|^:|^)([\p{L}_][\p{L}\p{N}_\-?!*]*)/gu : /(::|->|\.|^:|^`|^)([\p{L}_$][\p{L}\p{N}_$]*)/gu;
  re.lastIndex = typeLiteral?.length ?? 0;
  for (let m = re.exec(token); m; m = re.exec(token)) {
    if (m[0] === '') { re.lastIndex++; continue; }
    parts.push({ text: m[2], start: m.index + m[1].length, sep: m[1] });
  }
  for (let i = parts.length - 1; i >= 0; i--) {
    const p = parts[i];
    const refs = byMember.get(p.text);
    if (!refs) continue;
    const receiver = token.slice(0, Math.max(0, p.start - p.sep.length));
    const end = p.start + p.text.length;
    // Several families may write the same name (Spring, Micronaut and Armeria all write HttpStatus.NOT_FOUND):
    // the file's own language first, then the family its receiver names in full, then the one its head imports.
    const named = normReceiver(receiver);
    const rank = (fam: Family): number =>
      (fam.languages.includes(languageId) ? 4 : 0) + (fam.qualifiers.some((q) => normReceiver(q) === named) ? 2 : 0) + (doc && headHas(doc, fam.evidence) ? 1 : 0);
    const ranked = [...refs].sort((a, b) => rank(b.family) - rank(a.family));
    for (const ref of ranked) {
      const fam = ref.family;
      // A family counts in its own languages, and in prose documents that may quote any of them.
      if (!fam.languages.includes(languageId) && !PROSE_LANGUAGES.has(languageId)) continue;
      const deprecated = fam.deprecated?.includes(p.text) ?? false;
      if (fam.separator === ':' && i === 0 && p.sep === ':' && fam.languages.includes(languageId)) {
        return { code: ref.code, family: fam, member: p.text, deprecated, start: 0, end, needsSlot: true };
      }
      // OCaml polymorphic variants: `Not_found.
      if (fam.separator === '`' && i === 0 && p.sep === '`' && fam.languages.includes(languageId)) {
        return { code: ref.code, family: fam, member: p.text, deprecated, start: 0, end, needsSlot: false };
      }
      // Bare members: distinctive names, names that carry their own code, or a family the head imports bare.
      if (p.sep === '' && i === 0 && parts.length === 1 && fam.languages.includes(languageId) && bareAllowed(fam, p.text, ref.code, doc)) {
        return { code: ref.code, family: fam, member: p.text, deprecated, start: 0, end, needsSlot: false };
      }
      // Families without qualifiers written through a module alias: HTTP.status404, Types.notFound404.
      if (receiver && !fam.qualifiers.length && fam.separator !== ':' && fam.separator !== '`' && numbered(p.text, ref.code) && fam.languages.includes(languageId)) {
        return { code: ref.code, family: fam, member: p.text, deprecated, start: 0, end, needsSlot: false };
      }
      if (receiver && fam.qualifiers.length && (receiverMatches(receiver, fam.qualifiers) || (doc && aliasMatches(doc, receiver, fam)))) {
        return { code: ref.code, family: fam, member: p.text, deprecated, start: 0, end, needsSlot: false };
      }
      if (fam.implicitMembers && i === 0 && p.sep === '.' && fam.languages.includes(languageId)) {
        return { code: ref.code, family: fam, member: p.text, deprecated, start: 0, end, needsSlot: true };
      }
      if (i === 0 && p.sep === '' && NUMBERED.test(p.text) && fam.languages.includes(languageId)) {
        return { code: ref.code, family: fam, member: p.text, deprecated, start: 0, end, needsSlot: false };
      }
      if (fam.bareMembers && i === 0 && p.sep === '' && parts.length === 1 && fam.languages.includes(languageId)) {
        return { code: ref.code, family: fam, member: p.text, deprecated, start: 0, end, needsSlot: true };
      }
    }
  }
  return undefined;
}

/** Whether a member's name carries its own code: status404, err404, k404NotFound, NotFound_404, HTTP_404. */
function numbered(member: string, code: number): boolean {
  const i = member.indexOf(String(code));
  return i >= 0 && !/\d/.test(member[i - 1] ?? '') && !/\d/.test(member[i + 3] ?? '');
}

/** Whether a family's member may stand without its qualifier in this document. */
function bareAllowed(fam: Family, member: string, code: number, doc: TextSource | undefined): boolean {
  if (fam.helper) return false;
  if (fam.bare === 'always' || numbered(member, code)) return fam.bare !== undefined || !fam.qualifiers.length || NUMBERED.test(member);
  const evidence = fam.bare === 'imported' ? fam.evidence : fam.bareEvidence;
  return !!evidence && !!doc && headHas(doc, evidence);
}

const headTexts = new WeakMap<TextSource, { version: number | undefined; text: string }>();

/** Whether the head of the document (its first lines) contains any of the strings; kept per document version. */
function headHas(doc: TextSource, needles: readonly string[]): boolean {
  doc = factsOwner(doc);
  let head = headTexts.get(doc);
  if (!head || head.version !== doc.version) {
    const lines: string[] = [];
    for (let l = 0; l < Math.min(doc.lineCount, HEAD_LINES); l++) lines.push(contextLine(doc, l));
    head = { version: doc.version, text: lines.join('\n') };
    headTexts.set(doc, head);
  }
  return needles.some((n) => head!.text.includes(n));
}

/** Lines read for a file's own status constants: its head, where such tables usually stand. */
const LOCAL_LINES = 400;
const DEFINITION = /(?:^|[\s{,(\[])["']?([A-Za-z_][A-Za-z0-9_]*)["']?\s*(?::(?!:)|=(?![=>])|=>|\()\s*(\d{3})\b|^\s*#\s*define\s+([A-Za-z_][A-Za-z0-9_]*)\s+\(?(\d{3})\b/g;
const localTables = new WeakMap<TextSource, { version: number | undefined; names: Map<string, number> }>();

/**
 * A file's own status constants: `HTTP_STATUS = { NOT_MODIFIED: 304 }`, `const NOT_FOUND = 404`,
 * `NOT_FOUND(404, "Not Found")`. Only names that spell the code's own reason phrase count, so
 * `MAX_ITEMS = 200` never does. Read once per document version from the head of the file.
 */
function localTable(doc: TextSource): Map<string, number> {
  doc = factsOwner(doc);
  let t = localTables.get(doc);
  if (!t || t.version !== doc.version) {
    const names = new Map<string, number>();
    for (let l = 0; l < Math.min(doc.lineCount, LOCAL_LINES); l++) {
      const text = contextLine(doc, l);
      if (!/\d{3}/.test(text)) continue;
      DEFINITION.lastIndex = 0;
      for (let m = DEFINITION.exec(text); m; m = DEFINITION.exec(text)) {
        const name = m[1] ?? m[3];
        const code = Number(m[2] ?? m[4]);
        const key = compact(name.replace(/^(?:HTTP_|Http|http_|STATUS_|Status|status_|SC_)/, ''));
        if (key.length >= 2 && phrasesOf(code).map(compact).some((p) => p === key || (key.length >= 6 && p.startsWith(key)))) names.set(name, code);
        // A project's own names under an HTTP prefix (`#define HTTP_TOO_MANY 429`), unless they name a quantity.
        else if (/^(?:HTTP_|STATUS_|Http(?=[A-Z]))/.test(name) && phrasesOf(code).length &&
          !wordsOf(name).some((w) => QUANTITY_WORDS.has(w) || w === 'port' || w === 'version')) names.set(name, code);
      }
    }
    t = { version: doc.version, names };
    localTables.set(doc, t);
  }
  return t.names;
}

/** The code of a file's own constant written at a token (`NOT_FOUND`, `HTTP_STATUS.NOT_MODIFIED`), if it is one. */
export function localConstantIn(token: string, doc: TextSource): number | undefined {
  const member = /([A-Za-z_][A-Za-z0-9_]*)$/.exec(token)?.[1];
  if (!member) return undefined;
  return localTable(doc).get(member);
}

/**
 * The family whose members complete after `qualifier` + `separator` in this document: a qualifier the family
 * writes, exactly. Short or one-word qualifiers (`status.`, `http.`, `Response::`) count only where the
 * head of the file imports that family; names such as `HttpStatus` or `StatusCodes` count anywhere. Among
 * families sharing a qualifier (Spring, Micronaut and Javalin all write `HttpStatus.`), the imported one wins.
 */
export function familiesAfter(doc: TextSource, qualifier: string, separator: string): Family | undefined {
  const q = normReceiver(qualifier);
  const lang = MARKUP_LANGUAGES.has(doc.languageId) ? 'typescript' : doc.languageId;
  const sep = separator === '->' ? '::' : separator;
  let best: { fam: Family; score: number } | undefined;
  for (const fam of families) {
    if (fam.helper || !fam.languages.includes(lang) || fam.separator !== sep) continue;
    if (!fam.qualifiers.some((fq) => normReceiver(fq) === q)) continue;
    const imported = headHas(doc, fam.evidence);
    if (!imported && !distinctive(qualifier)) continue;
    const score = (imported ? 2 : 0) + (fam === fileIdiom(doc, 0).family ? 1 : 0);
    if (!best || score > best.score) best = { fam, score };
  }
  return best?.fam;
}

/** A qualifier no other library writes by chance: HttpStatus, StatusCodes, http.HTTPStatus, [Net.HttpStatusCode]. */
function distinctive(qualifier: string): boolean {
  return qualifier.length >= 9 || /[A-Z][^A-Z]*[A-Z]/.test(qualifier) || /[.:[]/.test(qualifier);
}

/** Lines of the file head read for imports. */
const HEAD_LINES = 120;

export interface FileIdiom {
  family: Family | undefined;
  /** The receiver the file itself writes before members ("HTTPStatus", "http.HTTPStatus"). */
  qualifier?: string;
  /** Whether the file already writes numbers where Ruby/Elixir could write symbols. */
  numbers: boolean;
}

/** The idiom of each document, kept on the document object (a reopened document is a new object) per version. */
const familyCache = new WeakMap<TextSource, FileIdiom & { version: number | undefined }>();

/**
 * The constant family a file already imports or uses (from a bounded head of the file and the lines
 * around the cursor), cached per document version.
 */
export function fileIdiom(doc: TextSource, nearLine: number): FileIdiom {
  doc = factsOwner(doc);
  const cached = familyCache.get(doc);
  if (cached && doc.version !== undefined && cached.version === doc.version) return cached;
  const lines: string[] = [];
  for (let l = 0; l < Math.min(doc.lineCount, HEAD_LINES); l++) lines.push(contextLine(doc, l));
  for (let l = Math.max(HEAD_LINES, nearLine - 40); l < Math.min(doc.lineCount, nearLine + 40); l++) lines.push(contextLine(doc, l));
  const text = lines.join('\n');
  const lang = doc.languageId;
  let best: { family: Family; score: number; qualifier?: string } | undefined;
  for (const fam of families) {
    // An error factory (Boom.notFound()) is no status to insert, however often the file calls it.
    if (fam.helper || !fam.languages.includes(lang)) continue;
    let score = 0;
    if (fam.evidence.some((e) => text.includes(e))) score += 2;
    const used = usesFamily(text, fam);
    // Used beats imported; used more often beats used once.
    if (used) score += 3 + Math.min(used.count, 20) / 100;
    if (score > 0 && (!best || score > best.score)) best = { family: fam, score, qualifier: used?.qualifier };
  }
  // Go names an aliased import by its alias: `nethttp "net/http"` writes nethttp.StatusOK.
  if (lang === 'go' && best && !best.qualifier) {
    const paths = best.family.evidence.filter((e) => e.startsWith('"')).map(escapeRe).join('|');
    const alias = paths ? new RegExp(`(?:^|[\\s(])([A-Za-z_]\\w*)\\s+(?:${paths})`, 'm').exec(text)?.[1] : undefined;
    if (alias && alias !== '_' && alias !== 'import') best.qualifier = alias;
  }
  // Ruby and Elixir write symbols unless the file already writes numbers in status positions.
  const numbers = /(?:status:|head|assert_response|put_status\(\s*(?:conn,\s*)?|send_resp\(\s*(?:conn,\s*)?)\s*\d{3}\b/.test(text);
  const result = { version: doc.version, family: best?.family, qualifier: best?.qualifier, numbers };
  if (doc.version !== undefined) familyCache.set(doc, result);
  return result;
}

/** How often, and with which qualifier, the text writes members of the family. */
function usesFamily(text: string, fam: Family): { qualifier: string; count: number } | undefined {
  if (fam.separator === ':' || !fam.qualifiers.length) return undefined;
  let found: { qualifier: string; count: number } | undefined;
  for (const q of fam.qualifiers) {
    const re = usageRe(fam, q);
    re.lastIndex = 0;
    let count = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) if (Object.hasOwn(fam.members, m[1])) count++;
    if (count && (!found || count > found.count)) found = { qualifier: q, count };
  }
  return found;
}

const usageCache = new Map<string, RegExp>();
function usageRe(fam: Family, q: string): RegExp {
  const key = fam.id + '\0' + q;
  let re = usageCache.get(key);
  if (!re) {
    re = new RegExp(`(?<![\\w$.])${escapeRe(q)}${escapeRe(fam.separator)}([A-Za-z_][A-Za-z0-9_]*)`, 'g');
    usageCache.set(key, re);
  }
  return re;
}

export function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The member a family writes for a code: the name of the version the workspace runs when that matters,
 * else its preferred name, else its first non-deprecated one.
 */
export function memberFor(fam: Family, code: number, dependencies?: Dependencies): string | undefined {
  if (dependencies && fam.versions) {
    for (const v of fam.versions) {
      const running = dependencies[v.package];
      const older = v.before[String(code)];
      if (running && older && compareVersions(running, v.since) < 0) return older;
    }
  }
  const preferred = fam.preferred?.[String(code)];
  if (preferred) return preferred;
  let fallback: string | undefined;
  for (const [m, c] of Object.entries(fam.members)) {
    if (c !== code) continue;
    if (!fam.deprecated?.includes(m)) return m;
    fallback ??= m;
  }
  return fallback;
}

/** Every family's constant for a code, as the family writes it (helpers and symbol families included). */
export function constantsFor(code: number): Array<{ language: string; family: string; text: string }> {
  const out: Array<{ language: string; family: string; text: string }> = [];
  for (const fam of families) {
    const text = constantText(fam, code);
    if (text) out.push({ language: fam.languages[0], family: fam.name, text: fam.helper ? `${text}()` : text });
  }
  return out;
}

/** The text a family inserts for a code: "HttpStatus.NOT_FOUND", ":not_found", ... */
export function constantText(fam: Family, code: number, qualifier?: string, implicit = false, dependencies?: Dependencies): string | undefined {
  const m = memberFor(fam, code, dependencies);
  if (!m) return undefined;
  if (fam.separator === ':') return ':' + m;
  if (implicit && fam.implicitMembers) return '.' + m;
  return (qualifier ?? fam.qualifiers[0]) + fam.separator + m;
}
