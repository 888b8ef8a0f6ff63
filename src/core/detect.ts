/**
 * statusAt: is the token under a position an HTTP response status? Numbers need a status slot around
 * them (slots.ts); framework constants name their code themselves; symbols and Swift implicit members
 * need a slot too. Nothing outside the bounded window of the position is read.
 */
import type { Place, StatusHit, TextSource } from './types';
import { lineText, regionAt, tokenAt, viewAt, type LineView, type ProbedCopy, type Token } from './scan';
import { codeSlot, judgeNumber, type Candidate, type Judgement } from './evidence/index';
import { importsHttp } from './evidence/http-file';
import { turnedAround } from './evidence/comparison';
import { constantIn, fileIdiom, localConstantIn } from './constants';

/** Configuration languages that name statuses `http_502` or `HTTP_301`. */
const CONFIG_LANGUAGES = new Set(['nginx', 'terraform', 'hcl', 'yaml', 'json', 'jsonc', 'toml']);
import { activeCatalogue } from './catalogue';

/** What statusAt found, with the facts the card uses beyond the contract's four fields. */
export interface DetectedStatus extends StatusHit {
  /** How the status was written. */
  via: 'number' | 'constant' | 'class';
  /** For class checks (`status >= 500`, `5xx`): the class digit. */
  classOf?: number;
  /** For constants: the member as written, its family, and whether the family marks it deprecated. */
  member?: string;
  family?: string;
  deprecated?: boolean;
}


/** Whether a 3-digit number at [start, end) of `text` is a plain integer (not a decimal, size, colour, path). */
function plainInteger(text: string, start: number, end: number): boolean {
  const before = text[start - 1] ?? '';
  const before2 = text[start - 2] ?? '';
  const after = text[end] ?? '';
  const after2 = text[end + 1] ?? '';
  // A number after a decimal point (1.200) never gets here: the lexer reads it as one longer token.
  if (after === '.' && /\d/.test(after2)) return false; // 200.5, 404.1.2
  if (before === '#' || before === '%' || before === '\\') return false; // #404, %404, \404
  // "x-200" and "v2-404" are names, "200-299" is a class range.
  if (/[-+]/.test(before) && /[\p{L}\p{N}_]/u.test(before2) && !/non$/i.test(text.slice(start - 4, start - 1)) && !/(?<![\w.])[1-5]00-$/.test(text.slice(Math.max(0, start - 5), start))) return false;
  // "401/403" in prose is two statuses; 404/2 in code is a division.
  if (after === '%' || (after === '/' && /\d/.test(after2) && !/^\/[1-5]\d\d(?!\d)/.test(text.slice(end)))) return false;
  // /users/200 is an id; HTTP/1.1 200, 401/403 and httpbin's /status/418 are statuses.
  if (
    before === '/' && !/HTTP\/?$/i.test(text.slice(Math.max(0, start - 5), start)) &&
    !/(?<![\d/])[1-5]\d\d\/$/.test(text.slice(Math.max(0, start - 5), start)) &&
    !/\/(?:status|statuses|Status|http-status|httpstat|statuscode|status-code|codes?|respond-with|return)\/$/.test(text.slice(Math.max(0, start - 14), start))
  ) return false;
  if (before === ':' && /[\p{L}\p{N}\])]/u.test(before2)) {
    // host:443 is a port; status:404 is a key and is let through.
    if (!/(?:status|code|statusCode|status_code|Status)\s*:$/.test(text.slice(Math.max(0, start - 12), start))) return false;
  }
  return true;
}

/**
 * Answers per (document, version, line, token), kept on the document object itself: VS Code asks again
 * each time the mouse moves within the same token. A document reopened under the same uri is a new object,
 * so it never gets another document's answers; a new version misses. Documents without a version are not cached.
 */
const answers = new WeakMap<TextSource, { version: number; byToken: Map<string, DetectedStatus | undefined> }>();
const ANSWERS_MAX = 256;

/** The last question and its answer: a hover asked again at the same place costs four comparisons. */
let last: { doc: TextSource; version: number; line: number; character: number; answer: DetectedStatus | undefined } | undefined;

export function detectStatus(doc: TextSource, position: Place): DetectedStatus | undefined {
  if (!doc || typeof doc.lineAt !== 'function' || !position) return undefined;
  if (last && last.doc === doc && last.version === doc.version && last.line === position.line && last.character === position.character) {
    return last.answer;
  }
  let answer = detectCached(doc, position);
  // The hit must cover the position: not on `.value` after a constant, nor on the `s` of "404s".
  if (answer && (position.character < answer.start || position.character > answer.end)) answer = undefined;
  if (typeof doc.version === 'number') last = { doc, version: doc.version, line: position.line, character: position.character, answer };
  return answer;
}

function detectCached(doc: TextSource, position: Place): DetectedStatus | undefined {
  const view = viewAt(doc, position.line, position.character);
  if (!view) return undefined;
  const token = tokenAt(view.text, view.col, doc.languageId);
  if (!token) return undefined;
  if (typeof doc.version !== 'number') return detectToken(doc, position, view, token);
  let cache = answers.get(doc);
  if (!cache || cache.version !== doc.version) {
    cache = { version: doc.version, byToken: new Map() };
    answers.set(doc, cache);
  }
  const key = `${position.line}\u0000${view.offset + token.start}\u0000${token.text}`;
  if (cache.byToken.has(key)) return cache.byToken.get(key);
  const found = detectToken(doc, position, view, token);
  if (cache.byToken.size >= ANSWERS_MAX) cache.byToken.clear();
  cache.byToken.set(key, found);
  return found;
}

function detectToken(doc: TextSource, position: Place, view: LineView, token: Token): DetectedStatus | undefined {
  const hit = (code: number, start: number, end: number, extra: Partial<DetectedStatus>): DetectedStatus => ({
    code,
    line: position.line,
    start: view.offset + start,
    end: view.offset + end,
    via: 'number',
    ...extra,
  });

  if (token.kind === 'word') {
    // Configuration writes statuses as names: nginx `proxy_next_upstream http_502`, AWS `status_code = "HTTP_301"`.
    const named = CONFIG_LANGUAGES.has(doc.languageId) ? /^(?:http|HTTP)_([1-5]\d\d)$/.exec(token.text) : null;
    if (named && activeCatalogue().meanings(Number(named[1])).length) return hit(Number(named[1]), token.start, token.end, {});
    const c = constantIn(token.text, doc.languageId, doc);
    if (!c) {
      // Names that carry a status in an HTTP file: a project's own err429 or STATUS_503 beside a library's err404.
      const numbered = /^(?:err|error|status|http|code|sc|k|e|ERR|ERROR|STATUS|HTTP|CODE|SC|Err|Error|Status|Http|Code)_?([1-5]\d\d)(?:_?[A-Z][A-Za-z_]*)?$/.exec(token.text);
      if (numbered && activeCatalogue().meanings(Number(numbered[1])).length && importsHttp(doc)) {
        return hit(Number(numbered[1]), token.start, token.end, { via: 'constant', member: token.text });
      }
      // The file's own constants, named after the status they hold: HTTP_STATUS.NOT_MODIFIED, NOT_FOUND.
      const own = /^[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)?$/.test(token.text) ? localConstantIn(token.text, doc) : undefined;
      return own === undefined ? undefined : hit(own, token.start, token.end, { via: 'constant', member: token.text });
    }
    const start = token.start + c.start;
    const end = token.start + c.end;
    if (c.needsSlot) {
      const region = regionAt(doc, position.line, view, start);
      if (region.region !== 'code') return undefined;
      const q: Candidate = {
        doc, lang: doc.languageId, line: position.line, left: view.text.slice(0, start), right: view.text.slice(end),
        region: 'code', completion: false, memo: {},
      };
      let slot: { id: string } | undefined = codeSlot(q);
      // Vapor handlers return a status: `return .notFound` where the file imports Vapor.
      if (!slot && c.family.implicitMembers && /\breturn\s+$/.test(q.left) && fileIdiom(doc, position.line).family === c.family) {
        slot = { id: 'status-call' };
      }
      // Anywhere the status type is written: let s: HTTPStatus = .notFound, var status: HTTPResponse.Status = .ok.
      if (!slot && c.family.implicitMembers && /:\s*(?:HTTPStatus|HTTPResponseStatus|HTTPResponse\.Status)\??\s*=\s*$/.test(q.left)) {
        slot = { id: 'status-key' };
      }
      if (!slot) return undefined;
      // Ruby and Elixir compare statuses as integers; their symbols and atoms only ever set one.
      if (c.family.separator === ':' && (slot.id === 'comparison' || slot.id === 'assertion' || slot.id === 'case-arm')) return undefined;
    }
    return hit(c.code, start, end, { via: 'constant', member: c.member, family: c.family.id, deprecated: c.deprecated });
  }

  if (token.kind === 'class') {
    const region = regionAt(doc, position.line, view, token.start);
    const left = view.text.slice(0, token.start);
    const right = view.text.slice(token.end);
    const digit = Number(token.text[0]);
    // "5xx" in prose, OpenAPI range keys ('5XX':), nginx and docs.
    const keyLike = /^\s*(?:-\s*)?["']?$/.test(left) && /^["']?\s*:/.test(right);
    if (region.region !== 'code' || keyLike || doc.languageId === 'yaml' || doc.languageId === 'json') {
      return hit(digit * 100, token.start, token.end, { via: 'class', classOf: digit });
    }
    return undefined;
  }

  const value = Number(token.text);
  if (token.text.length !== 3 || value < 100 || value > 599) return undefined;
  if (!plainInteger(view.text, token.start, token.end)) return undefined;
  const judged = judgeNumber(doc, position.line, view, token, value);
  if (!judged.status) return undefined;
  const left = view.text.slice(0, token.start);
  const right = view.text.slice(token.end);
  const bound = judged.features['range-bounds'] !== undefined;
  // The exclusive end of a class range (`200..<300`, `200 until 300`, `range(200, 300)`) stands for the class below.
  if (bound && value % 100 === 0 && EXCLUSIVE_END.test(left)) return hit(value, token.start, token.end, { via: 'class', classOf: value / 100 - 1 });
  const classCheck = judged.slot?.classCheck || (bound && value % 100 === 99);
  return hit(value, token.start, token.end, classCheck ? { via: 'class', classOf: classFor(value, left, right) } : {});
}

/** What stands before the exclusive end of a range: Swift's and Rust's `..<`, Kotlin's `until`, Python's `range(200, `. */
const EXCLUSIVE_END = /(?:\d{3}\s*\.\.<|\d{3}\s+until|\brange\s*\(\s*\d{3}\s*,)\s*$/;

/**
 * A registered code that few people send, standing in for the status the user is about to type: where the
 * hover would take it for a status, the place itself says "status" (a common code such as 404 would be taken
 * in more places on the strength of its value alone).
 */
const STAND_IN = '207';

/** Lines longer than this (minified code) get no judged completion. */
const JUDGED_LINE_MAX = 4000;

/**
 * Would a status typed over [start, end) of `line` be one? Judged as the hover judges a number there, on a
 * copy of the document whose line holds the stand-in; completion asks it where no slot rule fires.
 */
export function statusWouldFit(doc: TextSource, line: number, start: number, end: number): boolean {
  const text = lineText(doc, line);
  // Minified code is not where statuses are typed, and copying a megabyte line per keystroke costs.
  if (text.length > JUDGED_LINE_MAX) return false;
  const probed = text.slice(0, start) + STAND_IN + text.slice(end);
  const copy: ProbedCopy = {
    languageId: doc.languageId,
    lineCount: doc.lineCount,
    lineAt: (i: number) => (i === line ? { text: probed } : doc.lineAt(i)),
    original: doc,
  };
  return detectStatus(copy, { line, character: start })?.via === 'number';
}

/** A closer look at one number: every piece of evidence that spoke, and the weighed score (for tools and tests). */
export function explainNumber(doc: TextSource, position: Place): Judgement | undefined {
  const view = viewAt(doc, position.line, position.character);
  const token = view && tokenAt(view.text, view.col, doc.languageId);
  if (!view || !token || token.kind !== 'number' || token.text.length !== 3) return undefined;
  if (!plainInteger(view.text, token.start, token.end)) return undefined;
  return judgeNumber(doc, position.line, view, token, Number(token.text), true);
}

/** The class a range check covers: `>= 500` -> 5, `< 300` -> 2, `<= 299` -> 2. */
function classFor(value: number, left: string, right: string): number {
  const op = /(<=?|>=?)\s*$/.exec(left)?.[1] ?? /^\s*(<=?|>=?)/.exec(right)?.[1];
  const leftSide = /(<=?|>=?)\s*$/.test(left);
  // Normalise to "status OP value".
  let o = op ?? '>=';
  if (!leftSide) o = turnedAround(o);
  if (o === '<' && value % 100 === 0) return value / 100 - 1;
  if (o === '>' && value % 100 === 99) return (value + 1) / 100;
  return Math.floor(value / 100);
}
