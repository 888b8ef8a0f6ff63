import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { completionsAt, statusAt } from '../../src/core/index';
import { docOf, LANGUAGE_BY_EXT, parseLabels, type Label } from '../support/labels';
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

const corpusDir = path.resolve(__dirname, '../../../test/fixtures/corpus');

function files(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? files(path.join(dir, d.name)) : /\.md$/i.test(d.name) && d.name === 'README.md' ? [] : [path.join(dir, d.name)],
  );
}

interface Tally { tp: number; fp: number; fn: number; wrong: number; misses: string[]; falseHits: string[] }

/** Hover precision and recall of statusAt over the labelled corpus, and the same for completion at number starts. */
describe('corpus: precision and recall over test/fixtures/corpus', () => {
  const hover: Tally = { tp: 0, fp: 0, fn: 0, wrong: 0, misses: [], falseHits: [] };
  const completion: Tally = { tp: 0, fp: 0, fn: 0, wrong: 0, misses: [], falseHits: [] };
  const corpus = files(corpusDir).filter((f) => LANGUAGE_BY_EXT[path.extname(f).slice(1)]);

  before(() => {
    for (const file of corpus) {
      const lang = LANGUAGE_BY_EXT[path.extname(file).slice(1)];
      const { text, lines, positives, negatives } = parseLabels(fs.readFileSync(file, 'utf8'));
      const doc = docOf(text, lang);
      const where = (l: Label) => `${path.relative(corpusDir, file)}:${l.line + 1}: ${lines[l.line].trim().slice(0, 100)}`;
      for (const p of positives) {
        // Hovered at its first character, its middle and its last.
        const probes = [p.start, Math.floor((p.start + p.end) / 2), p.end - 1];
        const got = probes.map((character) => statusAt(doc, { line: p.line, character })?.code);
        if (got.every((c) => c === p.code)) hover.tp++;
        else if (got.some((c) => c !== undefined && c !== p.code)) { hover.wrong++; hover.misses.push(`${where(p)}  [${p.text}] want ${p.code} got ${got}`); }
        else { hover.fn++; hover.misses.push(`${where(p)}  [${p.text}]`); }
        if (/^\d{3}$/.test(p.text) && inCode(doc, p)) {
          const offered = completionsAt(doc, { line: p.line, character: p.start });
          if (offered) completion.tp++;
          else { completion.fn++; completion.misses.push(where(p)); }
        }
      }
      for (const n of negatives) {
        const got = statusAt(doc, { line: n.line, character: n.start + Math.floor((n.end - n.start) / 2) });
        if (got) { hover.fp++; hover.falseHits.push(`${where(n)}  [${n.text}] -> ${got.code}`); }
        if (/^\d{3}$/.test(n.text) && inCode(doc, n) && completionsAt(doc, { line: n.line, character: n.start })) {
          completion.fp++;
          completion.falseHits.push(where(n));
        }
      }
    }
  });

  const ratio = (t: Tally) => ({
    precision: t.tp / Math.max(1, t.tp + t.fp + t.wrong),
    recall: t.tp / Math.max(1, t.tp + t.fn + t.wrong),
  });

  it('has a corpus of at least 12 languages with as many negatives as positives', () => {
    const langs = new Set(corpus.map((f) => LANGUAGE_BY_EXT[path.extname(f).slice(1)]));
    assert.ok(langs.size >= 12, `languages: ${[...langs].join(', ')}`);
  });

  it('hover precision >= 0.98 and recall >= 0.95', () => {
    const { precision, recall } = ratio(hover);
    console.log(`      hover: ${hover.tp} true, ${hover.fp} false positives, ${hover.fn} missed, ${hover.wrong} wrong code; precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)}`);
    if (process.env.CORPUS_VERBOSE) {
      console.log(hover.falseHits.map((s) => '      FP ' + s).join('\n'));
      console.log(hover.misses.map((s) => '      FN ' + s).join('\n'));
    }
    assert.ok(precision >= 0.98, `precision ${precision.toFixed(3)}; false hits:\n${hover.falseHits.slice(0, 30).join('\n')}`);
    assert.ok(recall >= 0.95, `recall ${recall.toFixed(3)}; missed:\n${hover.misses.slice(0, 30).join('\n')}`);
  });

  it('completion is offered at numeric statuses and not at other numbers (precision >= 0.95, recall >= 0.85)', () => {
    const { precision, recall } = ratio(completion);
    console.log(`      completion at number starts: ${completion.tp} offered, ${completion.fp} offered wrongly, ${completion.fn} not offered; precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)}`);
    if (process.env.CORPUS_VERBOSE) {
      console.log(completion.falseHits.map((s) => '      CFP ' + s).join('\n'));
      console.log(completion.misses.map((s) => '      CFN ' + s).join('\n'));
    }
    assert.ok(precision >= 0.95, `precision ${precision.toFixed(3)}:\n${completion.falseHits.slice(0, 20).join('\n')}`);
    assert.ok(recall >= 0.85, `recall ${recall.toFixed(3)}:\n${completion.misses.slice(0, 20).join('\n')}`);
  });
});
