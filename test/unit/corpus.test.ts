import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { completionsAt, statusAt } from '../../src/core/index';
import { corpusFiles, docOf, languageOfFile, parseLabels, type Label } from '../support/labels';
import { regionAt, viewAt } from '../../src/core/scan';

/** Completion is for code: prose in comments and strings is measured by the hover only. */
function inCode(doc: ReturnType<typeof docOf>, l: Label): boolean {
  const view = viewAt(doc, l.line, l.start);
  if (!view) return false;
  const r = regionAt(doc, l.line, view, view.col);
  if (r.region === 'comment') return false;
  // A quoted code ('404') is a value; a number inside a longer string is prose.
  if (r.region === 'string') return r.stringStart === view.col && /^["']/.test(view.text.slice(view.col + l.end - l.start));
  return doc.languageId !== 'markdown';
}

const fixtures = path.resolve(__dirname, '../../../test/fixtures');


interface Tally { tp: number; fp: number; fn: number; misses: string[]; falseHits: string[] }

/**
 * The batches and what each may lose before the suite fails: the measured count of false alarms and misses
 * plus a margin of a few tokens. When detection improves, tighten these to the new figures. The held-out
 * batch is measured, never tuned on: its test prints totals only, never tokens.
 */
const BATCHES = [
  { name: 'first batch', dir: 'corpus', only: /^(?!.*(?:wild|app|dev|more|five|six|seven)-)/, hover: { fp: 7, fn: 4 }, completion: { fp: 12, fn: 3 } },
  { name: 'second batch (wild-*)', dir: 'corpus', only: /(?:^|[\\/])wild-/, hover: { fp: 15, fn: 6 }, completion: { fp: 10, fn: 7 } },
  { name: 'development batch (app-*)', dir: 'corpus', only: /(?:^|[\\/])app-/, hover: { fp: 1, fn: 14 }, completion: { fp: 5, fn: 14 } },
  { name: 'fourth batch (dev-*)', dir: 'corpus', only: /(?:^|[\\/])dev-/, hover: { fp: 9, fn: 12 }, completion: { fp: 16, fn: 16 } },
  { name: 'fifth batch (more-*)', dir: 'corpus', only: /(?:^|[\\/])more-/, hover: { fp: 6, fn: 34 }, completion: { fp: 15, fn: 34 } },
  { name: 'sixth batch (five-*)', dir: 'corpus', only: /(?:^|[\\/])five-/, hover: { fp: 13, fn: 44 }, completion: { fp: 19, fn: 30 } },
  { name: 'seventh batch (six-*)', dir: 'corpus', only: /(?:^|[\\/])six-/, hover: { fp: 16, fn: 43 }, completion: { fp: 13, fn: 38 } },
  { name: 'eighth batch (seven-*)', dir: 'corpus', only: /(?:^|[\\/])seven-/, hover: { fp: 13, fn: 22 }, completion: { fp: 10, fn: 16 } },
  { name: 'fifth held-out batch', dir: 'heldout5', only: /./, hover: { fp: 16, fn: 53 }, completion: { fp: 15, fn: 34 }, heldOut: true },
  { name: 'fourth held-out batch', dir: 'heldout4', only: /./, hover: { fp: 18, fn: 46 }, completion: { fp: 12, fn: 44 }, heldOut: true },
  { name: 'third held-out batch', dir: 'heldout3', only: /./, hover: { fp: 8, fn: 27 }, completion: { fp: 14, fn: 26 }, heldOut: true },
  { name: 'second held-out batch', dir: 'heldout2', only: /./, hover: { fp: 11, fn: 38 }, completion: { fp: 13, fn: 28 }, heldOut: true },
  { name: 'held-out batch', dir: 'heldout', only: /./, hover: { fp: 10, fn: 79 }, completion: { fp: 10, fn: 54 }, heldOut: true },
];
const MARGIN = 3;

function measure(dir: string, only: RegExp): { hover: Tally; completion: Tally; languages: Set<string>; positives: number; negatives: number } {
  const hover: Tally = { tp: 0, fp: 0, fn: 0, misses: [], falseHits: [] };
  const completion: Tally = { tp: 0, fp: 0, fn: 0, misses: [], falseHits: [] };
  const languages = new Set<string>();
  let positives = 0;
  let negatives = 0;
  const root = path.join(fixtures, dir);
  for (const rel of corpusFiles(root)) {
    if (!only.test(rel)) continue;
    const file = path.join(root, rel);
    const lang = languageOfFile(file)!;
    languages.add(lang);
    const labelled = parseLabels(fs.readFileSync(file, 'utf8'));
    const doc = docOf(labelled.text, lang);
    const where = (l: Label) => `${rel}:${l.line + 1}: ${labelled.lines[l.line].trim().slice(0, 100)}`;
    positives += labelled.positives.length;
    negatives += labelled.negatives.length;
    for (const p of labelled.positives) {
      // Hovered at its first character, its middle and its last.
      const probes = [p.start, Math.floor((p.start + p.end) / 2), p.end - 1];
      const got = probes.map((character) => statusAt(doc, { line: p.line, character })?.code);
      if (got.every((c) => c === p.code)) hover.tp++;
      else { hover.fn++; hover.misses.push(`${where(p)}  [${p.text}] got ${got}`); }
      if (/^\d{3}$/.test(p.text) && inCode(doc, p)) {
        if (completionsAt(doc, { line: p.line, character: p.start })) completion.tp++;
        else { completion.fn++; completion.misses.push(where(p)); }
      }
    }
    for (const n of labelled.negatives) {
      const got = statusAt(doc, { line: n.line, character: n.start + Math.floor((n.end - n.start) / 2) });
      if (got) { hover.fp++; hover.falseHits.push(`${where(n)}  [${n.text}] -> ${got.code}`); }
      if (/^\d{3}$/.test(n.text) && inCode(doc, n) && completionsAt(doc, { line: n.line, character: n.start })) {
        completion.fp++;
        completion.falseHits.push(where(n));
      }
    }
  }
  return { hover, completion, languages, positives, negatives };
}

const ratio = (t: Tally) => `precision ${(t.tp / Math.max(1, t.tp + t.fp)).toFixed(3)}, recall ${(t.tp / Math.max(1, t.tp + t.fn)).toFixed(3)}`;

describe('corpus: precision and recall over the labelled batches', () => {
  for (const batch of BATCHES) {
    describe(batch.name, () => {
      const m = measure(batch.dir, batch.only);
      const verbose = process.env.CORPUS_VERBOSE && !batch.heldOut;

      // The held-out batch was asked for 40-50% negatives; development batches are allowed a little less.
      const share = batch.heldOut ? 0.4 : 0.38;
      it(`has its files in at least 12 languages, with negatives for at least ${share * 100}% of the labels`, () => {
        assert.ok(m.languages.size >= 12, `languages: ${[...m.languages].join(', ')}`);
        assert.ok(m.negatives / (m.positives + m.negatives) >= share, `${m.negatives} negatives, ${m.positives} positives`);
      });

      it(`hover: no more than ${batch.hover.fp + MARGIN} false alarms and ${batch.hover.fn + MARGIN} misses`, () => {
        const t = m.hover;
        console.log(`      hover: ${t.tp} found, ${t.fp} false alarms, ${t.fn} missed; ${ratio(t)}`);
        if (verbose) console.log([...t.falseHits.map((s) => '      FP ' + s), ...t.misses.map((s) => '      FN ' + s)].join('\n'));
        // The held-out batch is never shown token by token: nobody tunes on it.
        const detail = (list: string[]) => (batch.heldOut ? '' : ':\n' + list.slice(0, 30).join('\n'));
        assert.ok(t.fp <= batch.hover.fp + MARGIN, `${t.fp} false alarms${detail(t.falseHits)}`);
        assert.ok(t.fn <= batch.hover.fn + MARGIN, `${t.fn} missed${detail(t.misses)}`);
      });

      if (batch.completion) {
        const gate = batch.completion;
        it(`completion at the start of numeric statuses in code: no more than ${gate.fp + MARGIN} wrong offers and ${gate.fn + MARGIN} missing`, () => {
          const t = m.completion;
          console.log(`      completion: ${t.tp} offered, ${t.fp} offered wrongly, ${t.fn} not offered; ${ratio(t)}`);
          if (verbose) console.log([...t.falseHits.map((s) => '      CFP ' + s), ...t.misses.map((s) => '      CFN ' + s)].join('\n'));
          const detail = (list: string[]) => (batch.heldOut ? '' : ':\n' + list.slice(0, 20).join('\n'));
          assert.ok(t.fp <= gate.fp + MARGIN, `${t.fp} wrong offers${detail(t.falseHits)}`);
          assert.ok(t.fn <= gate.fn + MARGIN, `${t.fn} not offered${detail(t.misses)}`);
        });
      }
    });
  }
});
