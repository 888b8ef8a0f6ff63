import type { Candidate } from '../../src/core/evidence/types';
import { regionAt, viewAt } from '../../src/core/scan';
import { docOf, parseLabels } from './labels';

/**
 * The question a rule is asked about the number marked ⟦⟧ in a snippet: the text left and right of it on its
 * line, read as code (the default), in the region given, or where the lexer puts it (`'lexed'`).
 */
export function markedCandidate(lang: string, snippet: string, region: Candidate['region'] | 'lexed' = 'code'): Candidate {
  const { text, positives } = parseLabels(snippet);
  const p = positives[0];
  const line = text.split('\n')[p.line];
  const doc = docOf(text, lang);
  const where = region === 'lexed' ? regionAt(doc, p.line, viewAt(doc, p.line, p.start)!, p.start).region : region;
  return { doc, lang, line: p.line, left: line.slice(0, p.start), right: line.slice(p.end), region: where, value: Number(p.text), completion: false, memo: {} };
}

/**
 * The question completion asks at the cursor `|` of a snippet: the text left of it on its line, and the rest
 * of the line after it (as completion passes it, the word under the cursor aside).
 */
export function cursorCandidate(lang: string, snippet: string): Candidate {
  const cut = snippet.indexOf('|');
  const text = snippet.slice(0, cut) + snippet.slice(cut + 1);
  const before = text.slice(0, cut).split('\n');
  return { doc: docOf(text, lang), lang, line: before.length - 1, left: before[before.length - 1], right: text.slice(cut).split('\n')[0], region: 'code', completion: true, memo: {} };
}
