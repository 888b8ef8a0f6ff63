/**
 * Features beyond the hover, on the same detection: the statuses of a range of lines (inlay hints),
 * the file's constant for a literal (quick fix), and missing-header hints.
 */
import type { TextSource } from './types';
import { detectStatus, type DetectedStatus } from './detect';
import { completeStatus } from './complete';
import { activeCatalogue } from './catalogue';
import { contextLine, lineText } from './scan';
import { HEAD, headFlags } from './evidence/facts';
import type { LanguageStyle } from './style';

/** Lines longer than this (minified code) get no inlay hints and no header hints. */
const MAX_LINE = 2000;
/** At most this many lines are read for one request. */
const MAX_LINES = 5000;

/** Every numeric status literal in lines [from, to): the positions inlay hints and quick fixes use. */
export function numericStatuses(doc: TextSource, from: number, to: number): DetectedStatus[] {
  const out: DetectedStatus[] = [];
  const end = Math.min(to, doc.lineCount, from + MAX_LINES);
  for (let line = Math.max(0, from); line < end; line++) {
    const text = lineText(doc, line);
    if (text.length > MAX_LINE) continue;
    const re = /(?<![\w.$#])[1-5]\d\d(?![\w.%])/g;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const hit = detectStatus(doc, { line, character: m.index });
      if (hit && hit.via === 'number' && hit.start === m.index) out.push(hit);
    }
  }
  return out;
}

/**
 * The constant the file's own idiom writes for the literal at `hit`, or undefined when the file uses no
 * constant family, the family lacks the code, or the place takes an integer. With `style` (the team's
 * linter asks for constants in this language), the language's own family is used where the file has none
 * yet, as long as the file can name it (Go imports net/http; PHP imports a Symfony or Laravel Response).
 */
export function constantFor(doc: TextSource, hit: DetectedStatus, style?: LanguageStyle): string | undefined {
  const forced = style?.prefer === 'constant' && canNameDefault(doc);
  const list = completeStatus(doc, { line: hit.line, character: hit.end }, { insert: forced ? 'constant' : 'auto', unofficial: true });
  const text = list?.find((s) => s.code === hit.code)?.insertText;
  if (!text || /^\d+$/.test(text) || !(forced || isUsedIdiom(doc, text))) return undefined;
  return text;
}

/** Imports that let a file write its language's default constants: Go's net/http, Symfony's or Laravel's Response. */
const DEFAULT_IMPORT: Record<string, RegExp> = {
  go: /^\s*(?:import\s+)?(?:http\s+)?"net\/http"/,
  php: /^\s*use\s+(?:Symfony\\Component\\HttpFoundation|Illuminate\\Http)\\Response\s*;/,
  ruby: /./,
};

function canNameDefault(doc: TextSource): boolean {
  const re = DEFAULT_IMPORT[doc.languageId];
  return !!re && headMatches(doc, re);
}

/** Whether a line among the file's first 200 (where its imports stand) matches `re`. */
export function headMatches(doc: TextSource, re: RegExp): boolean {
  for (let l = 0; l < Math.min(doc.lineCount, 200); l++) if (re.test(lineText(doc, l))) return true;
  return false;
}

/** Only a family the file already writes (or imports): Ruby symbols by default are not a reason to rewrite. */
function isUsedIdiom(doc: TextSource, text: string): boolean {
  if (!text.startsWith(':')) return true;
  for (let l = 0; l < Math.min(doc.lineCount, 400); l++) {
    if (/(?:status:|head|assert_response|put_status\()\s*:[a-z_]+/.test(contextLine(doc, l))) return true;
  }
  return false;
}

export interface HeaderHint {
  line: number;
  start: number;
  end: number;
  code: number;
  header: string;
  level: string;
  section: string;
  document: string;
}

/** The header fields a hint may name, per code: only MUST and SHOULD requirements on these codes. */
const HINTED: Record<number, string[]> = {
  401: ['WWW-Authenticate'],
  405: ['Allow'],
  407: ['Proxy-Authenticate'],
  426: ['Upgrade'],
  201: ['Location'],
  301: ['Location'],
  302: ['Location'],
  303: ['Location'],
  307: ['Location'],
  308: ['Location'],
};

/**
 * Anything in a handler that could set a header: a named header, a header API, a redirect or "created"
 * helper, an authentication helper or middleware. When any of these is near, we say nothing.
 */
const MAY_SET_HEADER =
  /header|Header|HEADER|redirect|Redirect|location|Location|created|Created|CreatedAt|challenge|Challenge|authenticate|Authenticate|authorize|Authorize|WWW|allow\b|Allow|upgrade|Upgrade|middleware|Middleware|@|before_action|decorator|\.set\(|\.append\(|setdefault|cookie|vary|problem|Problem|abort\(|raise|throw|HTTPException|Exception|Error\(|error\(|send_file|sendFile|static|proxy|Proxy|forward|next\(|super\(|render\b|view\b|template/;

/** A route decorator on a line of its own: Flask's @app.route, FastAPI's @router.delete, Blueprint routes. */
const ROUTE_DECORATOR = /^[ \t]*@\w+(?:\.\w+)*\.(?:route|get|post|put|patch|delete|api_route)\(\s*['"][^'"]*['"][^)\n]*\)[ \t]*$/gm;

/**
 * Handlers that send a status whose MUST/SHOULD header the same block visibly does not set. Precision
 * first: the block is the lines of the enclosing function by indentation, and any sign that a header may
 * be set some other way keeps the hint away.
 */
export function headerHints(doc: TextSource, from = 0, to = doc.lineCount - 1): HeaderHint[] {
  if (doc.lineCount > MAX_LINES) return [];
  const hints: HeaderHint[] = [];
  for (const hit of statusesSet(doc, from, to)) {
    const names = HINTED[hit.code];
    if (!names) continue;
    const entry = activeCatalogue().lookup(hit.code).find((e) => e.kind === 'registered');
    const block = blockAround(doc, hit.line);
    // The call that sends the status is not a sign of a header being set.
    if (block === undefined) continue;
    const token = lineText(doc, hit.line).slice(hit.start, hit.end);
    // Nor is a route decorator (@app.route('/x', methods=[...]), @router.delete('/x')): it names the path only.
    const own = block.split(token).join(' ').replace(/\b(?:WriteHeader|writeHead|ResponseWriter)\b/g, '').replace(ROUTE_DECORATOR, '');
    if (MAY_SET_HEADER.test(own)) continue;
    for (const name of names) {
      const req = entry?.headers.find((h) => h.name === name && (h.level === 'MUST' || h.level === 'SHOULD'));
      if (!req) continue;
      hints.push({ line: hit.line, start: hit.start, end: hit.end, code: hit.code, header: name, level: req.level, section: req.section, document: req.document ?? 'RFC 9110' });
    }
  }
  return hints;
}

/**
 * What reads, maps or fakes a status rather than sending one: comparisons (an operator between spaces, or
 * <= and >=, never the arrows -> and => nor a generic's <>), assertions and matchers (`is`,
 * `shouldBe`, `.check(status.is(201))`), cases, and the mock servers of tests (nock's and MSW's `reply`,
 * WireMock's `ResponseTemplate::new`).
 */
const READS_BEFORE = /(?:===?|!==?|\s[<>]=?\s|[<>]=|\bcase\s|\bwhen\s|\bin\s|\bis\s|assert\w*\s*\(?|expect\w*\s*\(|toBe\(|Equal\w*\(|should\w*\s|\.(?:is|in)\s*\(|\breply\s*\(|ResponseTemplate::new\s*\()[^;]*$/;
/** A key of a map or an arm of a match: `401: AuthError`, `401 => ...`, `401, 403 -> SignedOut`, `401 | 403 =>`. */
const KEY_AFTER = /^\s*(?:[,|]\s*[\w.:]+\s*)*(?:->|=>|:(?!:))/;
/** The value of a map entry or of a constant's declaration: `[GrpcStatus.UNAUTHENTICATED]: 401`, `CREATED = 201,`. */
const VALUE_BEFORE = /(?:\]\s*:|^\s*[A-Z][A-Z0-9_]*\s*=)\s*$/;

/** The innermost bracket left open before `end` on a line, if any. */
function openBracket(text: string, end: number): string | undefined {
  const open: string[] = [];
  for (let i = 0; i < end; i++) {
    const ch = text[i];
    if (ch === '(' || ch === '[' || ch === '{') open.push(ch);
    else if (ch === ')' || ch === ']' || ch === '}') open.pop();
  }
  return open[open.length - 1];
}

/**
 * Statuses the file sends (calls, returns, keys of a response), numbers and constants; not ones it compares,
 * lists, maps, matches or fakes, and nothing in a test file.
 */
function statusesSet(doc: TextSource, from: number, to: number): DetectedStatus[] {
  const out: DetectedStatus[] = [];
  if (headFlags(doc) & HEAD.testFile) return out;
  for (let line = Math.max(0, from); line <= Math.min(to, doc.lineCount - 1); line++) {
    const text = lineText(doc, line);
    // Comments, and attributes or annotations (C#'s [ProducesResponseType(...)], Java's @ApiResponse(...)) that
    // document a status rather than send it.
    if (text.length > MAX_LINE || /^\s*(?:\/\/|#|\*|\/\*|--|\[|@)/.test(text)) continue;
    for (const hit of statusesOnLine(doc, line, text, SET_TOKENS)) {
      const before = text.slice(0, hit.start);
      // A key is followed by its colon; a ternary's first branch is too (ok ? 405 : 401), and is sent.
      const key = KEY_AFTER.test(text.slice(hit.end)) && !/\?\s*$/.test(before);
      if (READS_BEFORE.test(before) || key || VALUE_BEFORE.test(before)) continue;
      // In a list or an object literal a status is data: [401, false], { status: 201 } of a mock's options.
      const bracket = openBracket(text, hit.start);
      if (bracket === '[' || bracket === '{') continue;
      out.push(hit);
    }
  }
  return out;
}

/** Where a status may be written: a number, a qualified constant, a symbol. */
const SET_TOKENS = /(?<![\w.$#])[1-5]\d\d(?![\w.%])|[A-Za-z_][\w.]*(?:\.|::)[A-Za-z_]\w*|:[a-z_]+/g;

/**
 * The statuses detection finds at the matches of `re` (a global pattern) on one line, each once, classes left
 * out; a symbol (`:not_found`) is asked about after its colon.
 */
export function statusesOnLine(doc: TextSource, line: number, text: string, re: RegExp): DetectedStatus[] {
  const out: DetectedStatus[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const hit = detectStatus(doc, { line, character: m.index + (m[0].startsWith(':') ? 1 : 0) });
    if (hit && hit.classOf === undefined && !out.some((o) => o.start === hit.start)) out.push(hit);
  }
  return out;
}

/** The text of the enclosing handler: from its header line (by indentation) to the end of its body. */
function blockAround(doc: TextSource, line: number): string | undefined {
  const indent = (t: string) => /^\s*/.exec(t)![0].length;
  const own = indent(lineText(doc, line));
  let start = -1;
  for (let l = line - 1; l >= 0 && line - l <= 40; l--) {
    const t = lineText(doc, l);
    if (!t.trim() || indent(t) >= own) continue;
    if (/\b(?:def|function|func|fn|async|public|private|protected|internal|do)\b|=>|[{:]\s*$/.test(t)) {
      start = l;
      break;
    }
  }
  if (start < 0) return undefined;
  // A brace on a line of its own (C#, Java in Allman style) opens the body: the header is the line above.
  if (lineText(doc, start).trim() === '{') {
    let above = start - 1;
    while (above > 0 && !lineText(doc, above).trim()) above--;
    if (above >= 0) start = above;
  }
  const top = indent(lineText(doc, start));
  // Decorators and attributes above the header belong to the handler: @login_required, [Authorize].
  while (start > 0 && /^\s*(?:@|\[)/.test(lineText(doc, start - 1))) start--;
  const parts: string[] = [];
  for (let l = start; l < doc.lineCount && l - start <= 80; l++) {
    const t = lineText(doc, l);
    if (l > line && t.trim() && indent(t) <= top) {
      // The closing brace belongs to the block; the next sibling does not.
      if (/^\s*[})\]]/.test(t)) parts.push(t);
      break;
    }
    parts.push(t);
  }
  return parts.join('\n');
}
