// `npm run train-search`: learns how much the memory of example searches counts in the look-up
// (data/search-ranker.json), and refreshes the memory's copies of the query sets (data/search-examples.json).
//
// The memory (data/search-examples.json) holds example searches, each labelled with the status it asks for: a
// body of phrasings written for it, and the query sets of test/fixtures/search that the search has been measured
// on (all but those named by --held-out, which are never put in). The look-up reads what the examples closest to
// a query say about each code (StatusIndex.evidence: four features per code) and adds it, weighted, to what the
// catalogue's own words say. The weights are chosen per language by a search over a grid, for the most top-1
// and top-3 hits on the sets; a query of one set is always answered with the memory left without that set (a
// query is never its own example). Cross-validation holds out one set at a time (weights chosen on the others,
// measured on it) and reports the figures; the final weights are chosen on all of them.
//
//   node scripts/train-search.mjs [--held-out queries-7] [--dry-run]
// Needs the compiled core (out/): `npm run train-search` builds it first.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const { StatusIndex, MEMORY_FEATURES, KIND_WEIGHT, memoryPoints } = require(path.join(root, 'out/src/core/search.js'));
const { StatusCatalogue, catalogueData, searchExamples } = require(path.join(root, 'out/src/core/catalogue.js'));

const args = process.argv.slice(2);
const valueOf = (flag, d) => (args.includes(flag) ? args[args.indexOf(flag) + 1] : d);
const heldOut = new Set((valueOf('--held-out', 'queries-32,queries-33,queries-34') ?? '').split(',').filter(Boolean));
const dryRun = args.includes('--dry-run');
const setsDir = path.join(root, 'test/fixtures/search');
const examplesFile = path.join(root, 'data/search-examples.json');
const rankerFile = path.join(root, 'data/search-ranker.json');

const sets = fs.readdirSync(setsDir)
  .filter((f) => /^queries(-\d+)?\.json$/.test(f) && !heldOut.has(f.replace(/\.json$/, '')))
  .sort((a, b) => Number(/\d+/.exec(a)?.[0] ?? 1) - Number(/\d+/.exec(b)?.[0] ?? 1))
  .map((f) => ({ name: f.replace(/\.json$/, ''), rows: JSON.parse(fs.readFileSync(path.join(setsDir, f), 'utf8')) }));

// The memory file: the phrasing body as written, and each set's queries grouped by language and code.
const memoryFile = JSON.parse(fs.readFileSync(examplesFile, 'utf8'));
const grouped = (rows) => {
  const out = { en: {}, zh: {} };
  for (const r of rows) (out[r.lang][r.code] ??= []).push(r.q);
  return out;
};
const sections = { phrasings: memoryFile.phrasings };
for (const s of sets) sections[s.name] = grouped(s.rows);

const catalogue = new StatusCatalogue(catalogueData.codes);
const entries = catalogue.sorted;
const families = require(path.join(root, 'data/constants.json')).families;
const NEAR = [5, 10, 20];
const started = Date.now();

// Each query's evidence, with the memory left without its own set, for each number of closest examples read.
console.log(`sets: ${sets.map((s) => `${s.name} (${s.rows.length})`).join(', ')}; phrasings: ${searchExamples({ phrasings: sections.phrasings }).length}`);
const cases = {}; // near -> set name -> [{ lang, ok, cands: [{ base, kw, f }] }]
for (const near of NEAR) {
  cases[near] = {};
  for (const s of sets) {
    const memory = searchExamples(Object.fromEntries(Object.entries(sections).filter(([name]) => name !== s.name)));
    const zero = { near, weights: MEMORY_FEATURES.map(() => 0) };
    const index = new StatusIndex(entries, families, memory, { en: zero, zh: zero });
    cases[near][s.name] = s.rows.map((r) => {
      const ok = [r.code, ...(r.also ?? [])];
      const ev = index.evidence(r.q);
      if (Array.isArray(ev)) return { lang: r.lang, fixed: ev.slice(0, 3).map((e) => e.code), ok };
      const ids = new Set([...ev.scores.keys()]);
      entries.forEach((e, id) => ev.memory.has(e.code) && ids.add(id));
      const cands = [...ids].map((id) => ({ id, code: entries[id].code, base: ev.scores.get(id) ?? 0, kw: KIND_WEIGHT[entries[id].kind], f: ev.memory.get(entries[id].code) ?? MEMORY_FEATURES.map(() => 0) }));
      return { lang: r.lang, ok, cands };
    });
  }
}

function answer(c, w) {
  if (c.fixed) return c.fixed;
  return c.cands
    .map((x) => [x, x.base + x.kw * memoryPoints(x.f, w)])
    .sort((a, b) => b[1] - a[1] || a[0].id - b[0].id)
    .slice(0, 3)
    .map(([x]) => x.code);
}
function measure(list, w) {
  let t1 = 0, t3 = 0;
  for (const c of list) {
    const got = answer(c, w);
    if (c.ok.includes(got[0])) t1++;
    if (got.some((x) => c.ok.includes(x))) t3++;
  }
  return { t1, t3, n: list.length };
}
const GRID = [0, 0.1, 0.2, 0.3, 0.45, 0.6, 0.8, 1.1, 1.5, 2, 3];
// Coordinate ascent over the grid: each weight in turn set to its best value with the others held, until no
// weight moves (the full grid, 9^4 points for each fold, takes minutes for the same answer within a hit or two).
function best(near, names, lang) {
  const list = names.flatMap((n) => cases[near][n]).filter((c) => c.lang === lang);
  const w = MEMORY_FEATURES.map(() => 0);
  const score = (m) => m.t1 + m.t3;
  let top = { m: measure(list, w), w: [...w] };
  for (let round = 0, moved = true; moved && round < 6; round++) {
    moved = false;
    for (let i = 0; i < w.length; i++) {
      for (const v of GRID) {
        const trial = [...top.w];
        trial[i] = v;
        const m = measure(list, trial);
        if (score(m) > score(top.m)) [top, moved] = [{ m, w: trial }, true];
      }
    }
  }
  return { score: score(top.m), w: top.w, m: top.m };
}

console.log(`evidence read in ${((Date.now() - started) / 1000).toFixed(0)} s`);
const names = sets.map((s) => s.name);
const fmt = (m) => `${(m.t1 / m.n).toFixed(3)} / ${(m.t3 / m.n).toFixed(3)}`;
// Cross-validation: for each set, the weights (and number of examples read) chosen on the others.
const chosen = {};
for (const lang of ['en', 'zh']) {
  let near0 = NEAR[0], top0 = { score: -1 };
  for (const near of NEAR) {
    const t = best(near, names, lang);
    if (t.score > top0.score) [near0, top0] = [near, t];
  }
  chosen[lang] = { near: near0, w: top0.w };
  console.log(`\n${lang}: weights on all sets: near ${near0}, ${MEMORY_FEATURES.map((f, i) => `${f} ${top0.w[i]}`).join(', ')}`);
  for (const held of names) {
    const others = names.filter((n) => n !== held);
    let near1 = NEAR[0], top1 = { score: -1 };
    for (const near of NEAR) {
      const t = best(near, others, lang);
      if (t.score > top1.score) [near1, top1] = [near, t];
    }
    const list = cases[near1][held].filter((c) => c.lang === lang);
    const none = measure(list, MEMORY_FEATURES.map(() => 0));
    console.log(`  ${held}: without memory ${fmt(none)}; held out (weights from the others: ${top1.w.join(' ')}, near ${near1}) ${fmt(measure(list, top1.w))}`);
  }
}
const ranker = { en: { near: chosen.en.near, weights: chosen.en.w }, zh: { near: chosen.zh.near, weights: chosen.zh.w } };
if (!dryRun) {
  fs.writeFileSync(rankerFile, JSON.stringify(ranker) + '\n');
  fs.writeFileSync(examplesFile, JSON.stringify(sections) + '\n');
  console.log(`\nwrote ${path.relative(root, rankerFile)} and ${path.relative(root, examplesFile)}`);
}
