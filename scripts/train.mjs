// `npm run train`: learns the weights of the evidence (src/core/evidence/weights.json) from the labelled
// corpus (test/fixtures/corpus; never the held-out batch), and reports cross-validated figures.
//
// Every 3-digit number of the corpus is an example: its features are the strengths of the evidence that
// spoke about it (explainNumber), its label is the corpus's. The model is a logistic regression with an L2
// penalty, fitted by projected gradient descent so that evidence for a status never gets a negative weight
// and evidence against never a positive one. Cross-validation holds out whole files (grouped by file: each
// corpus file was written as its own project), picks the threshold on the out-of-fold scores for the
// precision goal, and reports the out-of-fold precision and recall. The final weights are fitted on all files.
//
//   node scripts/train.mjs [--folds N] [--precision P] [--dry-run]
// Needs the compiled core (out/): `npm run train` builds it first.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const { parseLabels, docOf, languageOfFile } = require(path.join(root, 'out/test/support/labels.js'));
const { explainNumber } = require(path.join(root, 'out/src/core/detect.js'));
const { EVIDENCE } = require(path.join(root, 'out/src/core/evidence/index.js'));

const args = process.argv.slice(2);
const valueOf = (flag, d) => (args.includes(flag) ? args[args.indexOf(flag) + 1] : d);
const FOLDS = Number(valueOf('--folds', 10));
const PRECISION = Number(valueOf('--precision', 0.983));
const LAMBDA = Number(valueOf('--lambda', 0.001));
const dryRun = args.includes('--dry-run');
// Files left out of training (a batch written but not yet measured): --skip 'six-'.
const skip = valueOf('--skip', undefined) ? new RegExp(valueOf('--skip', undefined)) : undefined;
const corpusDir = path.join(root, 'test/fixtures/corpus');
const weightsFile = path.join(root, 'src/core/evidence/weights.json');

const ids = [...EVIDENCE.map((e) => e.id), 'class-bound'];
const sign = Object.fromEntries(EVIDENCE.map((e) => [e.id, e.direction === 'against' ? -1 : 1]));
sign['class-bound'] = 1;
// Slots are strong evidence by design: they are penalised far less, so one slot is enough on its own.
const isSlot = (id) => EVIDENCE.find((e) => e.id === id)?.direction === 'slot';
const penalty = Float64Array.from(ids, (id) => (isSlot(id) ? LAMBDA / 10 : LAMBDA));
// ... and shrunk towards a strong prior weight rather than towards zero, so that a slot the corpus rarely
// shows (a doc tag, a status path) keeps the strength of a rule, not the weight of no evidence.
const SLOT_PRIOR = 6;
const prior = Float64Array.from(ids, (id) => (isSlot(id) ? SLOT_PRIOR : 0));

function files(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const p = path.join(dir, d.name);
    if (d.isDirectory()) return files(p);
    return /^(?:README|NOTES)/.test(d.name) ? [] : [p];
  });
}

/** Examples: { file, x: Float64Array | null (vetoed before any evidence), y: 0 | 1 }. */
const examples = [];
for (const file of files(corpusDir)) {
  const lang = languageOfFile(file);
  if (!lang || skip?.test(path.relative(corpusDir, file))) continue;
  const { text, positives, negatives } = parseLabels(fs.readFileSync(file, 'utf8'));
  const doc = docOf(text, lang);
  const add = (l, y) => {
    if (!/^\d{3}$/.test(l.text)) return;
    const j = explainNumber(doc, { line: l.line, character: l.start });
    const x = j && Number.isFinite(j.score) ? Float64Array.from(ids, (id) => j.features[id] ?? 0) : null;
    examples.push({ file: path.relative(corpusDir, file), x, y, where: `${path.relative(corpusDir, file)}:${l.line + 1}: ${text.split('\n')[l.line].trim().slice(0, 90)} [${l.text}]`, features: j?.features });
  };
  for (const p of positives) add(p, 1);
  for (const n of negatives) add(n, 0);
}

const sigmoid = (z) => 1 / (1 + Math.exp(-z));

/** Projected gradient descent (Adam steps) on the penalised log-loss; weights keep their evidence's sign. */
function fit(train) {
  const rows = train.filter((e) => e.x);
  const n = ids.length;
  const w = Float64Array.from(prior);
  let b = 0;
  const m = new Float64Array(n + 1);
  const v = new Float64Array(n + 1);
  const rate = 0.05;
  for (let it = 1; it <= 2500; it++) {
    const g = new Float64Array(n + 1);
    for (const e of rows) {
      let z = b;
      for (let i = 0; i < n; i++) z += w[i] * e.x[i];
      const d = sigmoid(z) - e.y;
      for (let i = 0; i < n; i++) if (e.x[i]) g[i] += d * e.x[i];
      g[n] += d;
    }
    for (let i = 0; i <= n; i++) {
      g[i] = g[i] / rows.length + (i < n ? penalty[i] * (w[i] - prior[i]) : 0);
      m[i] = 0.9 * m[i] + 0.1 * g[i];
      v[i] = 0.999 * v[i] + 0.001 * g[i] * g[i];
      const step = (rate * (m[i] / (1 - 0.9 ** it))) / (Math.sqrt(v[i] / (1 - 0.999 ** it)) + 1e-8);
      if (i < n) {
        w[i] -= step;
        if (sign[ids[i]] > 0 && w[i] < 0) w[i] = 0;
        if (sign[ids[i]] < 0 && w[i] > 0) w[i] = 0;
      } else b -= step;
    }
  }
  return { w, b };
}

const score = (model, e) => {
  if (!e.x) return -Infinity;
  let z = model.b;
  for (let i = 0; i < ids.length; i++) z += model.w[i] * e.x[i];
  return z;
};

// Group k-fold by file.
const fileNames = [...new Set(examples.map((e) => e.file))].sort();
const foldOf = new Map(fileNames.map((f, i) => [f, i % FOLDS]));
const oof = [];
for (let k = 0; k < FOLDS; k++) {
  const model = fit(examples.filter((e) => foldOf.get(e.file) !== k));
  for (const e of examples) if (foldOf.get(e.file) === k) oof.push({ s: score(model, e), y: e.y, e });
}

function measure(scored, t) {
  let tp = 0, fp = 0, fn = 0;
  for (const { s, y } of scored) {
    if (s >= t) (y ? tp++ : fp++);
    else if (y) fn++;
  }
  return { tp, fp, fn, precision: tp / Math.max(1, tp + fp), recall: tp / Math.max(1, tp + fn) };
}

// The lowest threshold whose out-of-fold precision meets the goal.
const candidates = [...new Set(oof.map((o) => o.s).filter(Number.isFinite))].sort((a, b) => a - b);
let threshold = 0;
for (const t of candidates) {
  if (measure(oof, t).precision >= PRECISION) { threshold = t; break; }
}
const cv = measure(oof, threshold);
const at0 = measure(oof, 0);

if (args.includes('--errors')) {
  for (const o of oof) {
    const wrong = o.y ? o.s < threshold : o.s >= threshold;
    if (wrong) console.log(`${o.y ? 'FN' : 'FP'} ${o.s.toFixed(2)} ${o.e.where}  ${o.e.features ? Object.keys(o.e.features).join(',') : 'vetoed'}`);
  }
}

const model = fit(examples);
const round = (x) => Math.round(x * 100) / 100;
const out = {
  $comment: 'Learned by scripts/train.mjs from test/fixtures/corpus; do not edit by hand, run npm run train.',
  bias: round(model.b - threshold),
  weights: Object.fromEntries(ids.map((id, i) => [id, round(model.w[i])])),
  crossValidated: {
    folds: FOLDS,
    groupedBy: 'file',
    examples: examples.length,
    precision: round(cv.precision * 1000) / 1000,
    recall: round(cv.recall * 1000) / 1000,
  },
};
const all = measure(examples.map((e) => ({ s: score(model, e) - threshold, y: e.y })), 0);
console.log(`examples ${examples.length} (${examples.filter((e) => e.y).length} statuses), ${fileNames.length} files, ${FOLDS} folds by file`);
console.log(`cross-validated at the chosen threshold ${threshold.toFixed(2)}: precision ${cv.precision.toFixed(3)} recall ${cv.recall.toFixed(3)} (tp ${cv.tp} fp ${cv.fp} fn ${cv.fn})`);
console.log(`cross-validated at 0: precision ${at0.precision.toFixed(3)} recall ${at0.recall.toFixed(3)}`);
console.log(`fitted on all files: precision ${all.precision.toFixed(3)} recall ${all.recall.toFixed(3)} (tp ${all.tp} fp ${all.fp} fn ${all.fn})`);
for (const [id, w] of Object.entries(out.weights).sort((a, b) => b[1] - a[1])) console.log(`  ${id.padEnd(18)} ${w}`);
console.log(`  bias ${out.bias}`);
if (!dryRun) {
  fs.writeFileSync(weightsFile, JSON.stringify(out, null, 2) + '\n');
  console.log(`wrote ${path.relative(root, weightsFile)}`);
}

if (args.includes('--stats')) {
  console.log('feature            statuses  others   (examples where it speaks)');
  for (const id of ids) {
    let p = 0, q = 0;
    for (const e of examples) if (e.features?.[id]) (e.y ? p++ : q++);
    console.log(`  ${id.padEnd(18)} ${String(p).padStart(6)} ${String(q).padStart(6)}`);
  }
  for (const e of examples) if (e.y === 0 && e.features && Object.keys(e.features).some((id) => EVIDENCE.find((x) => x.id === id)?.direction === 'slot')) console.log(`  slot on other: ${e.where} ${Object.keys(e.features).join(',')}`);
}
