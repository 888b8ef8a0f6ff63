// `npm run corpus`: precision and recall of the hover over the labelled corpora, per batch and per language.
//   node scripts/corpus.mjs [--check] [--verbose] [--lang] [DIR ...]
//   --check    only parse the markers and print the counts per file (for corpus writers: no detection)
//   --verbose  list every missed status and every false alarm
//   --lang     a line per language
//   --core F   measure another build of the core (e.g. an older release's dist/core.js)
//   --only RE  only files whose path (relative to the batch) matches RE; --skip RE leaves them out
//   --naive    measure the naive detector of competing extensions: every whole word 100-599 is a status
//   DIR        corpus folders (default: test/fixtures/corpus and test/fixtures/heldout, each its own batch)
// Needs the compiled test support (out/) and dist/core.js: `npm run corpus` builds both first.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const { parseLabels, docOf, languageOfFile } = require(path.join(root, 'out/test/support/labels.js'));

const args = process.argv.slice(2);
const check = args.includes('--check');
const verbose = args.includes('--verbose');
const byLang = args.includes('--lang');
const naive = args.includes('--naive');
const coreAt = args.indexOf('--core');
const corePath = coreAt >= 0 ? path.resolve(args[coreAt + 1]) : path.join(root, 'dist/core.js');
const valueOf = (flag) => (args.includes(flag) ? args[args.indexOf(flag) + 1] : undefined);
const only = valueOf('--only') && new RegExp(valueOf('--only'));
const skip = valueOf('--skip') && new RegExp(valueOf('--skip'));
const dirs = args.filter((a, i) => !a.startsWith('--') && !['--core', '--only', '--skip'].includes(args[i - 1]));
const batches = dirs.length ? dirs : ['test/fixtures/corpus', 'test/fixtures/heldout'];

function files(dir) {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const p = path.join(dir, d.name);
    if (d.isDirectory()) return files(p);
    return /^(?:README|NOTES)/.test(d.name) && dir === path.resolve(root, dir) ? [] : [p];
  });
}

/** What competing extensions do: a \b[1-5]\d\d\b word under the cursor is a status. */
const naiveCore = {
  statusAt(doc, { line, character }) {
    const text = doc.lineAt(line).text;
    const re = /\b[1-5]\d\d\b/g;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (character >= m.index && character < m.index + 3) return { code: Number(m[0]) };
    }
    return undefined;
  },
};
const core = check ? undefined : naive ? naiveCore : require(corePath);

function tally() {
  return { tp: 0, fp: 0, fn: 0, numTp: 0, numAll: 0, constTp: 0, constAll: 0, files: 0 };
}
const fmt = (x) => (Number.isFinite(x) ? x.toFixed(3) : '  -  ');

for (const batch of batches) {
  const abs = path.resolve(root, batch);
  const list = files(abs).filter((f) => !/(?:^|[\\/])(?:README|NOTES)[^\\/]*$/.test(f))
    .filter((f) => (!only || only.test(path.relative(abs, f))) && (!skip || !skip.test(path.relative(abs, f))));
  const total = tally();
  const perLang = new Map();
  let unknown = 0;
  for (const file of list) {
    const lang = languageOfFile(file);
    const rel = path.relative(abs, file);
    if (!lang) {
      unknown++;
      console.log(`  ? no language for ${rel}`);
      continue;
    }
    const { text, lines, positives, negatives } = parseLabels(fs.readFileSync(file, 'utf8'));
    if (check) {
      const bad = lines.findIndex((l) => /[⟦⟧⟪⟫]/.test(l));
      console.log(`${rel.padEnd(50)} ${lang.padEnd(16)} +${String(positives.length).padStart(3)} -${String(negatives.length).padStart(3)}${bad >= 0 ? `  MALFORMED MARKER line ${bad + 1}` : ''}`);
      total.tp += positives.length;
      total.fp += negatives.length;
      total.files++;
      continue;
    }
    const doc = docOf(text, lang);
    const t = perLang.get(lang) ?? tally();
    perLang.set(lang, t);
    t.files++;
    total.files++;
    const where = (l) => `${rel}:${l.line + 1}: ${lines[l.line].trim().slice(0, 110)}`;
    for (const p of positives) {
      const probes = [p.start, Math.floor((p.start + p.end) / 2), p.end - 1];
      const got = probes.map((character) => core.statusAt(doc, { line: p.line, character })?.code);
      const ok = got.every((c) => c === p.code);
      const numeric = /^\d{3}$/.test(p.text);
      for (const x of [t, total]) {
        if (ok) x.tp++;
        else x.fn++;
        if (numeric) { x.numAll++; if (ok) x.numTp++; } else { x.constAll++; if (ok) x.constTp++; }
      }
      if (!ok && verbose) console.log(`  FN ${where(p)}  [${p.text}]${got.some((c) => c !== undefined) ? ` got ${got}` : ''}`);
    }
    for (const n of negatives) {
      const got = core.statusAt(doc, { line: n.line, character: n.start + Math.floor((n.end - n.start) / 2) });
      if (got) {
        t.fp++;
        total.fp++;
        if (verbose) console.log(`  FP ${where(n)}  [${n.text}] -> ${got.code}`);
      }
    }
  }
  if (check) {
    console.log(`${batch}: ${total.files} files, ${total.tp} positives, ${total.fp} negatives${unknown ? `, ${unknown} files without a language` : ''}`);
    continue;
  }
  const line = (name, t) =>
    `${name.padEnd(24)} files ${String(t.files).padStart(3)}  P ${fmt(t.tp / (t.tp + t.fp))}  R ${fmt(t.tp / (t.tp + t.fn))}  ` +
    `numbers ${fmt(t.numTp / t.numAll)} (${t.numAll})  constants ${fmt(t.constTp / t.constAll)} (${t.constAll})  tp ${t.tp} fp ${t.fp} fn ${t.fn}`;
  if (byLang) for (const [lang, t] of [...perLang].sort()) console.log('  ' + line(lang, t));
  console.log(line(batch, total));
  console.log(JSON.stringify({ batch, files: total.files, tp: total.tp, fp: total.fp, fn: total.fn, numbers: [total.numTp, total.numAll], constants: [total.constTp, total.constAll] }));
}
