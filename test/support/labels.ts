/**
 * The labelling format of test/fixtures/corpus (see its README): ⟦404⟧ or ⟦404|HttpStatus.NOT_FOUND⟧ mark
 * a status; ⟪:ok⟫ marks a token that is not one; every other plain integer from 100 to 599 is a negative.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

export interface Label {
  line: number;
  start: number;
  end: number;
  /** Expected code; undefined for a negative. */
  code?: number;
  text: string;
}

export interface Labelled {
  text: string;
  lines: string[];
  positives: Label[];
  negatives: Label[];
}

export function parseLabels(source: string): Labelled {
  const positives: Label[] = [];
  const negatives: Label[] = [];
  const lines: string[] = [];
  for (const [lineNo, rawLine] of source.split(/\r?\n/).entries()) {
    let out = '';
    const marked: Array<[number, number]> = [];
    const re = /⟦(?:(\d{3})\|)?([^⟧]+)⟧|⟪([^⟫]+)⟫/g;
    let last = 0;
    for (let m = re.exec(rawLine); m; m = re.exec(rawLine)) {
      out += rawLine.slice(last, m.index);
      const start = out.length;
      if (m[3] !== undefined) {
        out += m[3];
        negatives.push({ line: lineNo, start, end: out.length, text: m[3] });
      } else {
        out += m[2];
        const code = Number(m[1] ?? m[2]);
        positives.push({ line: lineNo, start, end: out.length, code, text: m[2] });
      }
      marked.push([start, out.length]);
      last = m.index + m[0].length;
    }
    out += rawLine.slice(last);
    // As the corpus README counts them: a run of digits worth 100-599, not right after a letter, digit or
    // underscore (so 404px, 1.204.3 and 10.0.100.200 count; Http404 does not).
    const num = /(?<![\p{L}\p{N}_])[1-9]\d{2}(?![\p{N}])/gu;
    for (let m = num.exec(out); m; m = num.exec(out)) {
      const v = Number(m[0]);
      if (v < 100 || v > 599) continue;
      if (marked.some(([s, e]) => m!.index >= s && m!.index < e)) continue;
      negatives.push({ line: lineNo, start: m.index, end: m.index + 3, text: m[0] });
    }
    lines.push(out);
  }
  return { text: lines.join('\n'), lines, positives, negatives };
}

/** A TextSource over plain text. */
export function docOf(text: string, languageId: string) {
  const lines = text.split('\n');
  return { languageId, lineCount: lines.length, lineAt: (i: number) => ({ text: lines[i] }) };
}

/** A TextSource whose text can change, with a version that counts the changes (as an editor's document). */
export function editableDoc(text: string, languageId: string) {
  let lines = text.split('\n');
  const doc = {
    languageId,
    version: 1,
    get lineCount() { return lines.length; },
    lineAt: (i: number) => ({ text: lines[i] }),
    set(t: string) { lines = t.split('\n'); doc.version++; },
  };
  return doc;
}

/**
 * The VS Code language id of a corpus file: the name of the folder it sits in (test/fixtures/corpus/go/x.go,
 * test/fixtures/heldout/terraform/main.tf), else its extension. Folder names are language ids.
 */
export function languageOfFile(file: string): string | undefined {
  const parts = file.split(/[\\/]/);
  const folder = parts[parts.length - 2] ?? '';
  if (FOLDER_LANGUAGES.has(folder)) return folder;
  const ext = /\.([^.\\/]+)$/.exec(file)?.[1] ?? '';
  return LANGUAGE_BY_EXT[ext];
}

/** Folders named after a language id (every language the extension may enable, and a few it must stay silent in). */
export const FOLDER_LANGUAGES = new Set([
  'javascript', 'javascriptreact', 'typescript', 'typescriptreact', 'python', 'go', 'java', 'kotlin', 'scala', 'csharp',
  'php', 'ruby', 'rust', 'dart', 'swift', 'elixir', 'yaml', 'json', 'jsonc', 'http', 'nginx', 'markdown', 'css', 'scss',
  'html', 'sql', 'shellscript', 'lua', 'terraform', 'toml', 'apacheconf', 'dockerfile', 'powershell', 'groovy', 'perl',
  'c', 'cpp', 'vue', 'svelte', 'astro', 'clojure', 'haskell', 'ocaml', 'erlang', 'r', 'julia', 'fsharp', 'plaintext', 'xml',
]);

export const LANGUAGE_BY_EXT: Record<string, string> = {
  js: 'javascript', mjs: 'javascript', cjs: 'javascript', jsx: 'javascriptreact', ts: 'typescript', tsx: 'typescriptreact',
  py: 'python', go: 'go', java: 'java', kt: 'kotlin', kts: 'kotlin', scala: 'scala', cs: 'csharp', php: 'php',
  rb: 'ruby', rs: 'rust', dart: 'dart', swift: 'swift', ex: 'elixir', exs: 'elixir', yaml: 'yaml', yml: 'yaml',
  json: 'json', jsonc: 'jsonc', http: 'http', rest: 'http', conf: 'nginx', md: 'markdown', css: 'css', scss: 'scss',
  html: 'html', sql: 'sql', sh: 'shellscript',
};

/** The labelled files of a corpus folder (README, NOTES and EXACT aside; those in a language), relative to it, '/'-separated, sorted. */
export function corpusFiles(dir: string): string[] {
  const walk = (d: string): string[] =>
    fs.readdirSync(d, { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? walk(path.join(d, e.name)) : /^(?:README|NOTES|EXACT)/.test(e.name) ? [] : [path.join(d, e.name)],
    );
  return walk(dir)
    .filter((f) => languageOfFile(f))
    .map((f) => path.relative(dir, f).split(path.sep).join('/'))
    .sort();
}
