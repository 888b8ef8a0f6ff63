/**
 * Exactness on a corpus file: every labelled status hovered at its first character gives that code, and
 * every labelled non-status gives no card. Shared by test/unit/corpus-exact.test.ts and scripts/exact-files.mjs.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { statusAt } from '../../src/core/index';
import { docOf, languageOfFile, parseLabels } from './labels';
export { corpusFiles } from './labels';

/** The labels a file's hover gets wrong: `line: token (wanted -> got)`. */
export function exactMisses(dir: string, rel: string): string[] {
  const file = path.join(dir, rel);
  const labelled = parseLabels(fs.readFileSync(file, 'utf8'));
  const doc = docOf(labelled.text, languageOfFile(file)!);
  const wrong: string[] = [];
  for (const p of labelled.positives) {
    const got = statusAt(doc, { line: p.line, character: p.start })?.code;
    if (got !== p.code) wrong.push(`${p.line + 1}: ${p.text} (${p.code} -> ${got ?? 'nothing'})`);
  }
  for (const n of labelled.negatives) {
    const got = statusAt(doc, { line: n.line, character: n.start + Math.floor((n.end - n.start) / 2) })?.code;
    if (got !== undefined) wrong.push(`${n.line + 1}: ${n.text} (nothing -> ${got})`);
  }
  return wrong;
}
