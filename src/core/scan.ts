/**
 * Bounded views of a document and the lexical facts detection needs: the token under a position, whether
 * it stands in code, a comment or a string, and the call it is an argument of. Nothing here reads more
 * than a fixed window around the position, so cost does not grow with the document.
 */
import type { TextSource } from './types';

/** Characters of the current line looked at left and right of the position. */
export const LEFT_WINDOW = 240;
export const RIGHT_WINDOW = 160;
/** Lines looked at above the position for multi-line context (switch heads, OpenAPI parents, docstrings). */
export const LINES_ABOVE = 60;
/** Lines of a long line cut to this many characters when read as context for another line. */
const CONTEXT_LINE_CHARS = 400;

export interface LineView {
  /** The window of the line: text[0] is at column `offset` of the real line. */
  text: string;
  offset: number;
  /** The position inside `text`. */
  col: number;
  /** Whether the window starts at the real start of the line. */
  atLineStart: boolean;
}

/** Safe line read: '' for a line that does not exist or a document that misbehaves. */
export function lineText(doc: TextSource, line: number): string {
  if (!Number.isInteger(line) || line < 0 || line >= doc.lineCount) return '';
  const t = doc.lineAt(line)?.text;
  return typeof t === 'string' ? t : '';
}

/** A context line, cut so that a minified neighbour cannot make the cost grow. */
export function contextLine(doc: TextSource, line: number): string {
  const t = lineText(doc, line);
  return t.length > CONTEXT_LINE_CHARS ? t.slice(0, CONTEXT_LINE_CHARS) : t;
}

/**
 * Whether a document and a position can be answered at all: whole, safe numbers inside the document.
 * Huge or infinite line numbers would make the bounded loops over neighbouring lines spin forever.
 */
export function validPlace(doc: TextSource, line: number, character: number): boolean {
  const count = doc.lineCount;
  return (
    Number.isSafeInteger(count) && count >= 0 &&
    Number.isSafeInteger(line) && line >= 0 && line < count &&
    Number.isSafeInteger(character) && character >= 0
  );
}

/**
 * A copy of a document with one line changed (completion judges a stand-in status on it). File-level
 * facts (imports, the file's own constants and functions, the kinds of lines) are the original's: read
 * and cached on the original, not recomputed for each copy.
 */
export interface ProbedCopy extends TextSource {
  original: TextSource;
}

/** The document whose file-level facts stand for `doc`: the original of a copy, else the document itself. */
export function factsOwner(doc: TextSource): TextSource {
  return (doc as Partial<ProbedCopy>).original ?? doc;
}

/** The bounded window of `line` around `character`. */
export function viewAt(doc: TextSource, line: number, character: number): LineView | undefined {
  if (!validPlace(doc, line, character)) return undefined;
  const full = lineText(doc, line);
  if (!Number.isInteger(character) || character < 0 || character > full.length) return undefined;
  const start = Math.max(0, character - LEFT_WINDOW);
  const end = Math.min(full.length, character + RIGHT_WINDOW);
  return { text: full.slice(start, end), offset: start, col: character - start, atLineStart: start === 0 };
}

export type TokenKind = 'number' | 'word' | 'class';

export interface Token {
  kind: TokenKind;
  /** Start and end inside the view's text. */
  start: number;
  end: number;
  text: string;
}

const WORD = /[\p{L}\p{N}_$]/u;

function isWordChar(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const c = ch.charCodeAt(0);
  // ASCII fast path: letters, digits, '_' and '$'.
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 36;
  return WORD.test(ch);
}

/**
 * The token touching `col`: a run of word characters, possibly joined by `.`, `::` or `->` into a
 * qualified name, with a leading `:` (Ruby/Elixir symbol) or `.` (Swift implicit member) kept.
 * Numbers are tokens of their own: "404" in "res.status(404)".
 */
export function tokenAt(text: string, col: number, languageId = ''): Token | undefined {
  // Clojure and Lisp names carry dashes and a namespace after '/': status/not-found.
  if (languageId === 'clojure') return lispTokenAt(text, col);
  let s = col;
  let e = col;
  // On the ':' of a symbol, the '.' of an implicit member or the '[' of a type literal: the token starts after it.
  if ((text[s] === ':' || text[s] === '.' || text[s] === '[' || text[s] === '`') && !isWordChar(text[s - 1]) && isWordChar(text[s + 1])) s++, e++;
  if (!isWordChar(text[s]) && isWordChar(text[s - 1])) s--, e--;
  if (!isWordChar(text[s])) return undefined;
  while (s > 0 && isWordChar(text[s - 1])) s--;
  while (e < text.length && isWordChar(text[e])) e++;
  const word = text.slice(s, e);
  if (/^\d+$/.test(word)) return { kind: 'number', start: s, end: e, text: word };
  // "404s" in prose: the number with a plural s.
  if (/^\d{3}s$/.test(word)) return { kind: 'number', start: s, end: e - 1, text: word.slice(0, 3) };
  if (/^[1-5][xX]{2}$/.test(word)) return { kind: 'class', start: s, end: e, text: word };
  if (/^\d/.test(word)) return undefined;
  // Extend over qualifiers on both sides: a.b.c, A::B, $a->b.
  const sep = /^(?:\.|::|->)/;
  for (;;) {
    const m = /(?:\.|::|->)$/.exec(text.slice(Math.max(0, s - 2), s));
    if (!m || !isWordChar(text[s - m[0].length - 1])) break;
    let ns = s - m[0].length;
    while (ns > 0 && isWordChar(text[ns - 1])) ns--;
    if (/^\d/.test(text.slice(ns))) break;
    s = ns;
  }
  for (;;) {
    const m = sep.exec(text.slice(e, e + 2));
    if (!m || !isWordChar(text[e + m[0].length])) break;
    let ne = e + m[0].length;
    while (ne < text.length && isWordChar(text[ne])) ne++;
    e = ne;
  }
  // Inside PowerShell's type literal: [System.Net.HttpStatusCode]::NotFound, hovered on the type.
  if (text[s - 1] === '[' && text.slice(e, e + 3) === ']::' && isWordChar(text[e + 3])) {
    s--;
    e += 3;
    while (e < text.length && isWordChar(text[e])) e++;
  }
  // PowerShell's type literal before a static member: [System.Net.HttpStatusCode]::NotFound.
  if (text.slice(s - 3, s) === ']::') {
    const open = text.lastIndexOf('[', s - 3);
    if (open >= 0 && /^\[[\p{L}_][\p{L}\p{N}_.]*\]$/u.test(text.slice(open, s - 2))) s = open;
  }
  // A leading ':' of a symbol (not '::'), a leading '.' of a Swift implicit member, a leading '`' of an
  // OCaml polymorphic variant (`Not_found).
  if (text[s - 1] === ':' && text[s - 2] !== ':' && !isWordChar(text[s - 2])) s--;
  else if (text[s - 1] === '.' && !isWordChar(text[s - 2]) && text[s - 2] !== ')' && text[s - 2] !== ']') s--;
  else if (text[s - 1] === '`' && !isWordChar(text[s - 2]) && /^[A-Z]/.test(text[s] ?? '')) s--;
  return { kind: 'word', start: s, end: e, text: text.slice(s, e) };
}

const LISP_WORD = /[\p{L}\p{N}_\-?!*+<>=.]/u;

/** A Clojure token: `status/not-found`, `http-status/ok`, `:status`, or a number. */
function lispTokenAt(text: string, col: number): Token | undefined {
  const isWord = (ch: string | undefined) => ch !== undefined && (LISP_WORD.test(ch) || ch === '/');
  let s = col;
  let e = col;
  // On the ':' of a keyword: the token starts after it.
  if (text[s] === ':' && !isWord(text[s - 1]) && isWord(text[s + 1])) s++, e++;
  if (!isWord(text[s]) && isWord(text[s - 1])) s--, e--;
  if (!isWord(text[s])) return undefined;
  while (s > 0 && isWord(text[s - 1])) s--;
  while (e < text.length && isWord(text[e])) e++;
  const word = text.slice(s, e);
  if (/^\d+$/.test(word)) return { kind: 'number', start: s, end: e, text: word };
  if (/^\d/.test(word)) return undefined;
  if (text[s - 1] === ':' && !isWord(text[s - 2])) s--;
  return { kind: 'word', start: s, end: e, text: text.slice(s, e) };
}

export type Region = 'code' | 'comment' | 'string';

/** How a language writes comments and strings: all the lexer needs to tell code from prose. */
export interface Syntax {
  /** Line comment markers. */
  line: string[];
  /** Block comment delimiters. */
  blocks: Array<[string, string]>;
  /** Characters that open and close a string. */
  quotes: string;
  /** Python-style triple-quoted strings and docstrings. */
  triple?: boolean;
}

const C_LIKE: Syntax = { line: ['//'], blocks: [['/*', '*/']], quotes: `'"\`` };
const HASH: Syntax = { line: ['#'], blocks: [], quotes: `'"` };
const MARKUP_SCRIPT: Syntax = { line: ['//'], blocks: [['/*', '*/'], ['<!--', '-->']], quotes: `'"\`` };

/**
 * Comment and string syntax per VS Code language id; every other language is read as C-like
 * (`//`, block comments, three quote characters), which fits Java, Kotlin, Scala, C#, Go, Rust,
 * Swift, Dart, C and C++.
 */
export const SYNTAX: Record<string, Syntax> = {
  python: { line: ['#'], blocks: [], quotes: `'"`, triple: true },
  ruby: { line: ['#'], blocks: [['=begin', '=end']], quotes: `'"` },
  yaml: HASH,
  elixir: { line: ['#'], blocks: [], quotes: `'"`, triple: true },
  nginx: HASH,
  shellscript: HASH,
  dockerfile: HASH,
  apacheconf: { line: ['#'], blocks: [], quotes: '"' },
  toml: { line: ['#'], blocks: [], quotes: `'"`, triple: true },
  terraform: { line: ['#', '//'], blocks: [['/*', '*/']], quotes: '"' },
  hcl: { line: ['#', '//'], blocks: [['/*', '*/']], quotes: '"' },
  powershell: { line: ['#'], blocks: [['<#', '#>']], quotes: `'"` },
  perl: { line: ['#'], blocks: [['=pod', '=cut'], ['=head1', '=cut']], quotes: `'"` },
  r: HASH,
  julia: { line: ['#'], blocks: [['#=', '=#']], quotes: '"', triple: true },
  lua: { line: ['--'], blocks: [['--[[', ']]']], quotes: `'"` },
  haskell: { line: ['--'], blocks: [['{-', '-}']], quotes: '"' },
  ocaml: { line: [], blocks: [['(*', '*)']], quotes: '"' },
  fsharp: { line: ['//'], blocks: [['(*', '*)']], quotes: '"' },
  erlang: { line: ['%'], blocks: [], quotes: '"' },
  clojure: { line: [';'], blocks: [], quotes: '"' },
  sql: { line: ['--'], blocks: [['/*', '*/']], quotes: `'"` },
  http: { line: ['#', '//'], blocks: [], quotes: '' },
  php: { line: ['//', '#'], blocks: [['/*', '*/']], quotes: `'"` },
  json: { line: [], blocks: [], quotes: '"' },
  jsonc: { line: ['//'], blocks: [['/*', '*/']], quotes: '"' },
  css: { line: [], blocks: [['/*', '*/']], quotes: `'"` },
  scss: C_LIKE,
  less: C_LIKE,
  groovy: { line: ['//'], blocks: [['/*', '*/']], quotes: `'"`, triple: true },
  markdown: { line: [], blocks: [], quotes: '' },
  plaintext: { line: [], blocks: [], quotes: '' },
  html: MARKUP_SCRIPT,
  vue: MARKUP_SCRIPT,
  svelte: MARKUP_SCRIPT,
  astro: MARKUP_SCRIPT,
};

const startsCache = new WeakMap<Syntax, Set<string>>();
/** The characters that can start a comment or a string in a syntax: everything else is skipped fast. */
function syntaxStarts(syn: Syntax): Set<string> {
  let set = startsCache.get(syn);
  if (!set) {
    set = new Set([...syn.line.map((m) => m[0]), ...syn.blocks.map((b) => b[0][0]), ...syn.quotes]);
    if (syn.triple) set.add('"').add("'");
    startsCache.set(syn, set);
  }
  return set;
}

export function syntaxOf(languageId: string): Syntax {
  return Object.hasOwn(SYNTAX, languageId) ? SYNTAX[languageId] : C_LIKE;
}

export interface RegionInfo {
  region: Region;
  /** For strings: where the string's content starts in the view text. */
  stringStart?: number;
  quote?: string;
  /** For strings: the characters before the opening quote (f-string and C# `$` prefixes). */
  prefix?: string;
}

const TEMPLATE_LANGS = new Set(['javascript', 'javascriptreact', 'typescript', 'typescriptreact', 'vue', 'svelte', 'astro', 'html']);
const DOLLAR_BRACE_LANGS = new Set(['groovy', 'kotlin', 'dart', 'scala', 'terraform', 'hcl', 'shellscript', 'dockerfile', 'powershell', 'perl']);
const HASH_BRACE_LANGS = new Set(['ruby', 'elixir', 'crystal']);

/** An interpolation opening at `i` inside the string `state`, with the length of its opener and its closer. */
function interpolationAt(lang: string, state: RegionInfo, text: string, i: number): { length: number; close: string } | undefined {
  const ch = text[i];
  if (ch === '$' && text[i + 1] === '{') {
    if (state.quote === '`' && TEMPLATE_LANGS.has(lang)) return { length: 2, close: '}' };
    if (state.quote !== "'" && DOLLAR_BRACE_LANGS.has(lang)) return { length: 2, close: '}' };
  }
  if (ch === '#' && text[i + 1] === '{' && state.quote === '"' && HASH_BRACE_LANGS.has(lang)) return { length: 2, close: '}' };
  if (ch === '{' && text[i + 1] !== '{') {
    if (lang === 'python' && /[fF][rR]?$|[rR][fF]$/.test(state.prefix ?? '')) return { length: 1, close: '}' };
    if (lang === 'csharp' && /\$@?$|@\$$/.test(state.prefix ?? '')) return { length: 1, close: '}' };
  }
  if (ch === '\\' && text[i + 1] === '(' && lang === 'swift' && state.quote === '"') return { length: 2, close: ')' };
  return undefined;
}

/** Languages whose files are markup with code inside (`<script>`, `{...}`, Astro's `---` frontmatter). */
const MARKUP = new Set(['html', 'vue', 'svelte', 'astro']);

/**
 * For markup files: whether a line is inside a `<script>` or `<style>` element or Astro frontmatter
 * (bounded look-back), else 'markup'.
 */
function markupPart(doc: TextSource, line: number): 'script' | 'style' | 'markup' {
  const from = Math.max(0, line - LINES_ABOVE * 4);
  for (let l = line - 1; l >= from; l--) {
    const t = contextLine(doc, l);
    if (/<\/script\s*>|<\/style\s*>/i.test(t)) return 'markup';
    if (/<script\b[^>]*>(?!.*<\/script)/i.test(t)) return 'script';
    if (/<style\b[^>]*>(?!.*<\/style)/i.test(t)) return 'style';
    if (doc.languageId === 'astro' && /^---\s*$/.test(t)) {
      // The frontmatter is fenced by the first two `---` lines of the file.
      let fences = 0;
      for (let k = 0; k <= l; k++) if (/^---\s*$/.test(contextLine(doc, k))) fences++;
      return fences === 1 ? 'script' : 'markup';
    }
  }
  return 'markup';
}

/**
 * Whether `col` of the view is in code, a comment or a string, by scanning the window from its start.
 * A block comment or docstring opened on an earlier line is recognised from the bounded lines above.
 * In markup files, text outside scripts, styles and `{...}` expressions reads as prose (a comment).
 */
export function regionAt(doc: TextSource, line: number, view: LineView, col: number): RegionInfo {
  // REST client files carry JavaScript between `{%` and `%}` (response handlers, pre-request scripts).
  if (doc.languageId === 'http' && inHttpScript(doc, line, view.text.slice(0, col))) {
    return regionAt({ ...doc, languageId: 'javascript', lineAt: (l) => (l === line ? { text: view.text } : doc.lineAt(l)), lineCount: doc.lineCount },
      line, { ...view, atLineStart: false }, col);
  }
  const lang = doc.languageId;
  if (lang === 'markdown' || lang === 'plaintext') return { region: 'comment' };
  // The lines of a YAML block scalar (`description: |`, `run: >-`) are a string, however they look.
  if (lang === 'yaml' && view.atLineStart) {
    const block = yamlBlockStart(doc, line, view.text);
    if (block !== undefined) return { region: 'string', stringStart: block };
  }
  if (MARKUP.has(lang)) {
    const part = markupPart(doc, line);
    const before = view.text.slice(0, col);
    if (part === 'markup' && !/<script\b|<style\b/i.test(before)) {
      // `{expr}` in Svelte, Astro and JSX-like templates, and `{{ expr }}` in Vue, are code.
      if (before.lastIndexOf('{') > before.lastIndexOf('}')) return { region: 'code' };
      // An attribute value: <a href="/status/404">, :class="...".
      const tag = before.lastIndexOf('<');
      if (tag > before.lastIndexOf('>')) {
        const q = /(["'])[^"']*$/.exec(before.slice(tag));
        return q ? { region: 'string', stringStart: tag + q.index + 1, quote: q[1] } : { region: 'code' };
      }
      return { region: 'comment' };
    }
  }
  const syn = syntaxOf(lang);
  const text = view.text;
  let state: RegionInfo = { region: 'code' };
  let i = 0;
  if (view.atLineStart) {
    const opened = openedAbove(doc, line, syn);
    if (opened) {
      const close = text.indexOf(opened.close);
      if (close < 0 || close >= col) return { region: opened.region, stringStart: 0, quote: opened.close };
      i = close + opened.close.length;
    }
    // A line inside a /* ... */ block that starts with '*' (JSDoc and friends).
    if (syn.blocks.some((b) => b[0] === '/*') && /^\s*\*(?!\/)/.test(text) && !text.includes('*/')) return { region: 'comment' };
  }
  const starts = syntaxStarts(syn);
  // Code interpolated into strings (`${...}`, `#{...}`, f-string braces, Swift's `\(...)`): each level
  // remembers the string it returns to and how many brackets it opened.
  const interp: Array<{ string: RegionInfo; depth: number; close: string; open: string }> = [];
  while (i < col) {
    const ch = text[i];
    if (state.region === 'code' && interp.length) {
      const top = interp[interp.length - 1];
      if (ch === top.open) top.depth++;
      else if (ch === top.close) {
        if (top.depth === 0) { state = top.string; interp.pop(); i++; continue; }
        top.depth--;
      }
    }
    if (state.region === 'code' && !starts.has(ch)) { i++; continue; }
    if (state.region === 'string') {
      const opener = interpolationAt(lang, state, text, i);
      if (opener) {
        interp.push({ string: state, depth: 0, close: opener.close, open: opener.close === ')' ? '(' : '{' });
        state = { region: 'code' };
        i += opener.length;
        continue;
      }
      if (ch === '\\') { i += 2; continue; }
      // A doubled brace is a literal brace in f-strings and C# interpolated strings.
      if (ch === '{' && text[i + 1] === '{') { i += 2; continue; }
      if (state.quote && text.startsWith(state.quote, i)) { i += state.quote.length; state = { region: 'code' }; continue; }
      i++;
      continue;
    }
    const block = syn.blocks.find((b) => text.startsWith(b[0], i));
    if (block) {
      const close = text.indexOf(block[1], i + block[0].length);
      if (close < 0 || close >= col) return { region: 'comment' };
      i = close + block[1].length;
      continue;
    }
    if (syn.line.some((m) => text.startsWith(m, i) && !(m === '#' && lang === 'php' && text[i + 1] === '['))) {
      return { region: 'comment' };
    }
    const triple = syn.triple ? ['"""', "'''"].find((q) => text.startsWith(q, i)) : undefined;
    if (triple) {
      state = { region: 'string', quote: triple, stringStart: i + 3 };
      i += 3;
      continue;
    }
    if (syn.quotes.includes(ch)) {
      // Rust lifetimes and Ruby/Elixir char-ish quotes are rare in status code; treat ' as a quote.
      state = { region: 'string', quote: ch, stringStart: i + 1, prefix: text.slice(Math.max(0, i - 2), i) };
      i++;
      continue;
    }
    i++;
  }
  return state;
}

/**
 * Where the text of a YAML block scalar starts on `line`, when the line belongs to one: the nearest line
 * above that is indented less ends in `|` or `>` (with a chomping or indentation indicator). Bounded look-back.
 */
/** YAML keys whose block scalars hold shell or other code, not prose. */
const SCRIPT_KEYS = /^(?:run|script|scripts|command|commands|cmd|args|before_script|after_script|entrypoint|exec|shell|inline|source|code|query|expr|test|healthcheck)$/i;

function yamlBlockStart(doc: TextSource, line: number, text: string): number | undefined {
  if (!text.trim()) return undefined;
  const indent = /^ */.exec(text)![0].length;
  for (let l = line - 1; l >= Math.max(0, line - LINES_ABOVE * 4); l--) {
    const t = contextLine(doc, l);
    if (!t.trim()) continue;
    const i = /^ */.exec(t)![0].length;
    if (i >= indent) continue;
    const key = /^\s*(?:-\s*)?([\w.-]+)\s*:\s*[|>][-+]?\d?[-+]?\s*(?:#.*)?$/.exec(t)?.[1];
    // Scripts written as block scalars (CI steps, container commands) stay code.
    if (key) return SCRIPT_KEYS.test(key) ? undefined : indent;
    return /^\s*-\s*[|>][-+]?\d?\s*$/.test(t) ? indent : undefined;
  }
  return undefined;
}

/** Whether the text before a position of an .http file is inside a `{% ... %}` script (bounded look-back). */
function inHttpScript(doc: TextSource, line: number, before: string): boolean {
  const open = before.lastIndexOf('{%');
  if (open >= 0) return before.indexOf('%}', open) < 0;
  if (before.includes('%}')) return false;
  for (let l = line - 1; l >= Math.max(0, line - LINES_ABOVE); l--) {
    const t = contextLine(doc, l);
    const o = t.lastIndexOf('{%');
    const c = t.lastIndexOf('%}');
    if (c > o) return false;
    if (o >= 0) return true;
  }
  return false;
}

/** A block comment or docstring left open by the lines above (bounded). */
function openedAbove(
  doc: TextSource,
  line: number,
  syn: Syntax,
): { region: Region; close: string } | undefined {
  let from = Math.max(0, line - LINES_ABOVE);
  if (syn.triple) {
    // Triple quotes open and close alike; start counting at a line that cannot be inside a docstring.
    from = Math.max(0, line - LINES_ABOVE * 4);
    for (let l = line - 1; l >= from; l--) {
      const t = contextLine(doc, l);
      if (/^(?:\s*(?:async\s+def|def|class)\s|import\s|from\s\S+\s+import\s|@\w|defmodule\s|\s*defp?\s)/.test(t) && !t.includes('"""') && !t.includes("'''")) {
        from = l;
        break;
      }
    }
  }
  let open: { region: Region; close: string } | undefined;
  for (let l = from; l < line; l++) {
    const t = contextLine(doc, l);
    let i = 0;
    while (i < t.length) {
      if (open) {
        const c = t.indexOf(open.close, i);
        if (c < 0) break;
        i = c + open.close.length;
        open = undefined;
        continue;
      }
      // The earliest opener from i: a block comment or (with triple quotes) a docstring.
      let k = -1;
      let opener: { region: Region; open: string; close: string } | undefined;
      for (const [o, c] of syn.blocks) {
        const at = t.indexOf(o, i);
        if (at >= 0 && (k < 0 || at < k)) { k = at; opener = { region: 'comment', open: o, close: c }; }
      }
      if (syn.triple) {
        for (const q of ['"""', "'''"]) {
          const at = t.indexOf(q, i);
          if (at >= 0 && (k < 0 || at < k)) { k = at; opener = { region: 'string', open: q, close: q }; }
        }
      }
      if (!opener) break;
      // A line comment before the opener ends the line's code (unless its marker is inside a string).
      const lc = syn.line.map((m) => t.indexOf(m, i)).filter((x) => x >= 0 && x < k);
      if (lc.length && !inQuotes(t, Math.min(...lc))) break;
      if (opener.region === 'comment' && inQuotes(t, k)) { i = k + opener.open.length; continue; }
      open = { region: opener.region, close: opener.close };
      i = k + opener.open.length;
    }
  }
  return open;
}

/** Rough check: is index k inside a simple '...' or "..." string on this line? */
function inQuotes(t: string, k: number): boolean {
  let q: string | undefined;
  for (let i = 0; i < k; i++) {
    const ch = t[i];
    if (q) {
      if (ch === '\\') i++;
      else if (ch === q) q = undefined;
    } else if (ch === '"' || ch === "'" || ch === '`') q = ch;
  }
  return q !== undefined;
}

export interface CallContext {
  /** The callee expression before the '(' (e.g. "res.status", "http.Error", "StatusCode::from_u16"). */
  callee: string;
  /** The last name of the callee ("status", "Error", "from_u16"). */
  name: string;
  /** The receiver of the callee, "" for a bare call ("res", "http", "StatusCode"). */
  receiver: string;
  /** Index of the argument the position is in, 0-based. */
  argIndex: number;
  /** Text of the whole argument list before the position. */
  argsBefore: string;
  /** Where the '(' is in the text scanned. */
  open: number;
  /** Where the callee expression starts in the text scanned. */
  start: number;
}

const OPENERS: Record<string, string> = { ')': '(', ']': '[', '}': '{' };

/**
 * Walks `left` backwards over balanced brackets and simple strings, calling `visit` for every character
 * outside them: separators at the current depth and the first unmatched opener. `visit` returns true to
 * stop; the walk returns the index it stopped at, -1 at the start, or undefined on unbalanced text.
 */
export function scanBackward(left: string, visit: (ch: string, i: number) => boolean): number | undefined {
  const stack: string[] = [];
  for (let i = left.length - 1; i >= 0; i--) {
    const ch = left[i];
    if (ch === '"' || ch === "'" || ch === '`') {
      // (lastIndexOf with a negative start still looks at index 0: a quote there would match itself.)
      const j = i > 0 ? left.lastIndexOf(ch, i - 1) : -1;
      if (j < 0) return undefined;
      i = j;
      continue;
    }
    if (ch === ')' || ch === ']' || ch === '}') {
      stack.push(OPENERS[ch]);
      continue;
    }
    if ((ch === '(' || ch === '[' || ch === '{') && stack.length > 0) {
      if (stack.pop() !== ch) return undefined;
      continue;
    }
    if (stack.length === 0 && visit(ch, i)) return i;
  }
  return -1;
}

/**
 * The innermost call whose argument list contains the end of `left` (the text before the token).
 * Undefined when the token is not directly inside a call's parentheses (e.g. inside an object literal
 * or an array argument).
 */
const CONTROL_WORDS = new Set(['if', 'elif', 'elsif', 'while', 'for', 'foreach', 'switch', 'return', 'unless', 'until', 'when', 'match', 'and', 'or', 'not']);

export function enclosingCall(left: string): CallContext | undefined {
  let commas = 0;
  let stopped = false;
  const at = scanBackward(left, (ch) => {
    if (ch === ',') commas++;
    if (ch === ';' || ch === '[' || ch === '{') stopped = true;
    return ch === '(' || stopped;
  });
  if (at === undefined || at < 0 || stopped) return undefined;
  const before = left.slice(Math.max(0, at - 160), at);
  const m = /((?:\?\.|\.|::|->)?\s*(?:[\p{L}\p{N}_$]+(?:\(\))?\s*(?:\?\.|\.|::|->)\s*)*)(@?[\p{L}_$][\p{L}\p{N}_$]*!?)\s*(?:<[^<>()]*>)?\s*$/u.exec(before);
  // A control keyword's parentheses hold a condition, not arguments: `if (`, `while (`, `switch (`.
  if (!m || (!m[1].trim() && CONTROL_WORDS.has(m[2]))) return undefined;
  // A chained call continued from the line above (`  .expect(201)`) has the receiver ".".
  const receiver = m[1].replace(/\s+/g, '').replace(/(?:\?\.|\.|::|->)$/, '') || (m[1].trim() ? '.' : '');
  return {
    callee: (m[1] + m[2]).replace(/\s+/g, ''),
    name: m[2].replace(/^@/, '').replace(/!$/, ''),
    receiver,
    argIndex: commas,
    argsBefore: left.slice(at + 1),
    open: at,
    start: Math.max(0, at - 160) + m.index,
  };
}
