// `npm run bench`: latency of hover (detection + card), completion and search on three documents, each
// beside a naive baseline measured in the same run; activation time; bundle and .vsix sizes; memory
// growth over 100,000 hovers. Prints a table and one JSON line. Run with the project's own Node.
import * as esbuild from 'esbuild';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import v8 from 'node:v8';
import vm from 'node:vm';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'status-lens-bench-'));
const benchFile = path.join(tmp, 'bench.js');
await esbuild.build({ entryPoints: [path.join(root, 'bench/entry.ts')], bundle: true, platform: 'node', format: 'cjs', outfile: benchFile, logLevel: 'warning' });
const core = require(benchFile);
if (!fs.existsSync(path.join(root, 'dist/extension.js'))) {
  await import(path.join(root, 'esbuild.mjs'));
}

function docOf(lines, languageId = 'javascript') {
  return { languageId, lineCount: lines.length, lineAt: (i) => ({ text: lines[i] }), version: 1, uri: { toString: () => `bench:${languageId}:${lines.length}` } };
}

// Three documents, the same hovered token in each.
const typicalLine = "  if (!user) return res.status(404).json({ error: 'not found' });";
// A typical line sits in a typical file: a 40-line Express router.
const router = [];
for (let i = 0; i < 40; i++) router.push(i === 20 ? typicalLine : i % 5 === 0 ? `app.get('/r${i}', async (req, res) => {` : `  const x${i} = await load(req.params.id, { limit: ${100 + i} });`);
const docs = {
  'typical line': { doc: docOf(router), line: 20 },
  '50,000-line file': (() => {
    const lines = [];
    for (let i = 0; i < 50_000; i++) lines.push(i % 7 === 0 ? typicalLine : `  const v${i} = compute(${i % 500}, "x${i}");`);
    return { doc: docOf(lines), line: 25_004 - (25_004 % 7) };
  })(),
  '1 MB minified line': (() => {
    const filler = 'a=b+c;d(e,f);'.repeat(40_000);
    return { doc: docOf([filler + typicalLine.trim() + filler]), line: 0 };
  })(),
};
for (const d of Object.values(docs)) {
  const text = d.doc.lineAt(d.line).text;
  d.pos = { line: d.line, character: text.indexOf('404') + 1 };
}

// What the competing extensions do: a 3-digit word at the position and a Map get.
const phraseMap = new Map(core.defaultCatalogue().entries.map((e) => [e.code, `**${e.code} ${e.phrase}**`]));
function naiveHover(doc, pos) {
  const text = doc.lineAt(pos.line).text;
  const re = /\b[1-5]\d\d\b/g;
  let m;
  while ((m = re.exec(text))) {
    if (m.index <= pos.character && pos.character <= m.index + 3) return phraseMap.get(Number(m[0]));
  }
  return undefined;
}

// The full hover: detection, then the card from the per-(code, locale) cache as the extension keeps it.
const cards = new Map();
function fullHover(doc, pos) {
  const hit = core.detectStatus(doc, pos);
  if (!hit) return undefined;
  const key = `${hit.code}|en|${hit.member ?? ''}|${hit.classOf ?? ''}`;
  let card = cards.get(key);
  if (card === undefined) {
    card = core.renderCard(core.defaultCatalogue().lookup(hit.code), { locale: 'en', unofficial: true, member: hit.member });
    cards.set(key, card);
  }
  return card;
}

/**
 * Median and p99 in microseconds per call. Calls are timed in batches of `batch` (a single sub-microsecond
 * call is below the timer's resolution), so p99 is that of batch averages.
 */
function measure(fn, iterations, batch = 50) {
  for (let i = 0; i < Math.min(2000, iterations); i++) fn();
  const rounds = Math.max(20, Math.floor(iterations / batch));
  const samples = new Float64Array(rounds);
  for (let r = 0; r < rounds; r++) {
    const t0 = process.hrtime.bigint();
    for (let i = 0; i < batch; i++) fn();
    samples[r] = Number(process.hrtime.bigint() - t0) / 1000 / batch;
  }
  samples.sort();
  return { median: samples[Math.floor(rounds / 2)], p99: samples[Math.floor(rounds * 0.99)] };
}

const results = { hover: {}, hoverFirst: {}, naive: {}, completion: {}, search: {} };
const rows = [];
for (const [name, d] of Object.entries(docs)) {
  if (!fullHover(d.doc, d.pos)) throw new Error(`the benchmark token is not detected in the ${name}`);
  // As the editor asks: again and again while the mouse rests on or moves within the token.
  results.hover[name] = measure(() => fullHover(d.doc, d.pos), 20_000);
  // The first question about a token: the same document without a uri, so nothing is cached.
  const fresh = { ...d.doc, uri: undefined, version: undefined };
  results.hoverFirst[name] = measure(() => fullHover(fresh, d.pos), 20_000, 10);
  results.naive[name] = measure(() => naiveHover(d.doc, d.pos), name.startsWith('1 MB') ? 400 : 20_000, name.startsWith('1 MB') ? 5 : 50);
  rows.push([`hover: ${name}`, results.hover[name], results.naive[name]]);
  rows.push([`  first hover on the token`, results.hoverFirst[name], null]);
}
const slotDoc = docOf(['import { Router } from "express";', '', '  res.status(']);
const slotPos = { line: 2, character: 13 };
if (!core.completeStatus(slotDoc, slotPos)) throw new Error('completion slot not found');
results.completion['res.status('] = measure(() => core.completeStatus(slotDoc, slotPos), 20_000);
rows.push(['completion: res.status(', results.completion['res.status('], null]);
// A family's members after its qualifier (Spring's HttpStatus, about 70 members).
const memberLine = '        return ResponseEntity.status(HttpStatus.';
const memberDoc = docOf(['import org.springframework.http.HttpStatus;', '', memberLine], 'java');
const memberPos = { line: 2, character: memberLine.length };
if (!core.completeStatus(memberDoc, memberPos)?.some((s) => s.member === 'NOT_FOUND')) throw new Error('member completion not found');
results.completion['HttpStatus. members'] = measure(() => core.completeStatus(memberDoc, memberPos), 20_000);
rows.push(['completion: HttpStatus. members', results.completion['HttpStatus. members'], null]);
const noSlot = docOf(['  setTimeout(fn, ']);
results.completion['no slot'] = measure(() => core.completeStatus(noSlot, { line: 0, character: 17 }), 20_000);
rows.push(['completion: no slot', results.completion['no slot'], null]);
// Where no slot rule fires, a stand-in status is judged as the hover would: after `compute(` on the line below
// the token in the 40-line and the 50,000-line file, and inside the minified line (too long to be judged).
for (const name of ['typical line', '50,000-line file', '1 MB minified line']) {
  const d = docs[name];
  const text = d.doc.lineAt(d.line).text;
  const at = name.startsWith('1 MB') ? { line: d.line, character: 40_000 * 13 + 2 } : { line: d.line + 1, character: d.doc.lineAt(d.line + 1).text.indexOf('(') + 1 };
  if (!at.character) throw new Error(`no call on the line after the token in the ${name}`);
  if (!text) throw new Error('bench document missing');
  const key = `judged, ${name}`;
  results.completion[key] = measure(() => core.completeStatus(d.doc, at), 2_000, 10);
  rows.push([`completion: ${key}`, results.completion[key], null]);
}
for (const q of ['404', 'rate limit', '限流', 'payload too large', 'the upload is too big for nginx', '上传文件太大被拦了']) {
  results.search[q] = measure(() => core.defaultCatalogue().search(q), 2000);
  rows.push([`search: ${q}`, results.search[q], null]);
}
// The search index (the catalogue's words and the memory of example searches), built once, when the look-up opens.
const builds = [];
for (let i = 0; i < 5; i++) {
  const t0 = process.hrtime.bigint();
  new core.StatusCatalogue(core.catalogueData.codes).search('');
  builds.push(Number(process.hrtime.bigint() - t0) / 1e6);
}
builds.sort((a, b) => a - b);
results.searchIndexMs = builds[2];
// The look-up reads the memory in slices (StatusCatalogue.prepare): the longest the host is held at once, and
// the whole reading, pauses included.
const holds = [];
const wholes = [];
for (let i = 0; i < 3; i++) {
  const started = performance.now();
  let from = started;
  let longest = 0;
  await new core.StatusCatalogue(core.catalogueData.codes).prepare(() => {
    longest = Math.max(longest, performance.now() - from);
    return new Promise((resolve) => setTimeout(() => { from = performance.now(); resolve(); }, 0));
  });
  holds.push(Math.max(longest, performance.now() - from));
  wholes.push(performance.now() - started);
}
results.searchIndexLongestHoldMs = holds.sort((a, b) => a - b)[1];
results.searchIndexPreparedMs = wholes.sort((a, b) => a - b)[1];

// Activation: evaluate the Node bundle in a fresh context with a stub `vscode`, then call activate().
// The providers it registers are kept, so that the whole hover path (settings snapshot, detection, card,
// Hover object) is measured too, beside a naive provider built the same way.
const captured = {};
function activationMs() {
  const code = fs.readFileSync(path.join(root, 'dist/extension.js'), 'utf8');
  const disposable = { dispose() {} };
  class Stub { constructor() {} dispose() {} }
  // A plain object: esbuild's interop copies own properties, so a Proxy would look empty.
  const stub = {
    Disposable: class extends Stub { static from() { return disposable; } },
    ThemeIcon: Stub, CompletionItem: Stub, CompletionList: Stub, Hover: Stub, MarkdownString: Stub, Range: Stub, Uri: { from: () => ({}), parse: () => ({}), joinPath: () => ({}) },
    CompletionItemKind: { Constant: 20 }, QuickPickItemKind: { Separator: -1 }, ConfigurationTarget: { Global: 1 },
    CodeActionKind: { QuickFix: {}, RefactorRewrite: {} }, DiagnosticSeverity: { Information: 2 },
    EventEmitter: class { constructor() { this.event = () => disposable; } fire() {} dispose() {} },
    InlayHint: Stub, CodeAction: Stub, WorkspaceEdit: Stub, Diagnostic: Stub, Position: Stub, TerminalLink: Stub, SnippetString: Stub,
    SnippetTextEdit: Stub, RelativePattern: Stub, CompletionItemTag: { Deprecated: 1 }, CompletionTriggerKind: { Invoke: 0, TriggerCharacter: 1 },
    workspace: {
      getConfiguration: () => ({ get: () => undefined, inspect: () => undefined }), onDidChangeConfiguration: () => disposable, registerTextDocumentContentProvider: () => disposable,
      textDocuments: [], onDidOpenTextDocument: () => disposable, onDidChangeTextDocument: () => disposable, onDidCloseTextDocument: () => disposable,
      createFileSystemWatcher: () => ({ onDidChange: () => disposable, onDidCreate: () => disposable, onDidDelete: () => disposable, dispose() {} }),
      onDidChangeWorkspaceFolders: () => disposable, getWorkspaceFolder: () => undefined, findFiles: async () => [], fs: {},
      isTrusted: true, onDidGrantWorkspaceTrust: () => disposable,
    },
    languages: {
      registerHoverProvider: (_s, provider) => ((captured.hover = provider), disposable),
      registerCompletionItemProvider: (_s, provider) => ((captured.completion = provider), disposable), registerInlayHintsProvider: () => disposable,
      registerCodeActionsProvider: () => disposable, createDiagnosticCollection: () => ({ dispose() {}, set() {}, delete() {} }), getLanguages: async () => [],
    },
    commands: { registerCommand: () => disposable },
    window: { showWarningMessage: async () => undefined, setStatusBarMessage: () => disposable, registerTerminalLinkProvider: () => disposable }, l10n: { t: (s) => s }, env: { language: 'en' },
  };
  const t0 = process.hrtime.bigint();
  const module = { exports: {} };
  vm.runInThisContext(`(function (exports, require, module) {${code}\n})`)(module.exports, (id) => (id === 'vscode' ? stub : require(id)), module);
  module.exports.activate({ subscriptions: [], extensionUri: {} });
  return Number(process.hrtime.bigint() - t0) / 1e6;
}
const activation = [];
for (let i = 0; i < 5; i++) activation.push(activationMs());
activation.sort((a, b) => a - b);

// The whole hover through the provider VS Code calls, against a naive provider that does what competing
// extensions do: a word lookup, a Map get, a MarkdownString and a Hover.
class StubMarkdown { constructor(value) { this.value = value; } }
class StubHover { constructor(contents, range) { this.contents = contents; this.range = range; } }
const token = { isCancellationRequested: false };
const providerDoc = { ...docs['typical line'].doc, uri: { toString: () => 'bench:provider' }, version: 1 };
const providerPos = docs['typical line'].pos;
if (!captured.hover?.provideHover(providerDoc, providerPos, token)) throw new Error('the hover provider gives no card on the benchmark token');
function naiveProvider(doc, pos) {
  const card = naiveHover(doc, pos);
  return card === undefined ? undefined : new StubHover(new StubMarkdown(card), undefined);
}
results.provider = {
  ours: measure(() => captured.hover.provideHover(providerDoc, providerPos, token), 20_000),
  naive: measure(() => naiveProvider(providerDoc, providerPos), 20_000),
};
rows.push(['hover provider, whole path (typical)', results.provider.ours, results.provider.naive]);

// Memory growth over 100,000 hovers on varied positions.
const mem = (() => {
  const d = docs['50,000-line file'];
  globalThis.gc?.();
  const before = v8.getHeapStatistics().used_heap_size;
  for (let i = 0; i < 100_000; i++) {
    const line = (i * 7) % 50_000;
    fullHover(d.doc, { line, character: 24 + (i % 5) });
  }
  globalThis.gc?.();
  const after = v8.getHeapStatistics().used_heap_size;
  return { beforeMiB: before / 2 ** 20, afterMiB: after / 2 ** 20, growthKiB: (after - before) / 1024, gcExposed: !!globalThis.gc };
})();

const size = (p) => (fs.existsSync(path.join(root, p)) ? fs.statSync(path.join(root, p)).size : null);
const sizes = { 'dist/extension.js': size('dist/extension.js'), 'dist/web/extension.js': size('dist/web/extension.js'), 'dist/core.js': size('dist/core.js'), 'http-status-lens.vsix': size('http-status-lens.vsix') };

const fmt = (x) => (x === null || x === undefined ? '—' : (x < 1 ? x.toFixed(2) : x.toFixed(1)).padStart(8));
console.log('\nHTTP Status Lens benchmark (microseconds per call, timed in batches; lower is better)\n');
console.log('what'.padEnd(34) + 'median'.padStart(8) + '     p99' + '  naive median' + '  naive p99');
for (const [name, r, n] of rows) console.log(name.padEnd(34) + fmt(r.median) + fmt(r.p99) + '      ' + fmt(n?.median) + '  ' + fmt(n?.p99));
console.log(`\nactivation (load bundle + activate, catalogue included): median ${activation[2].toFixed(2)} ms`);
console.log(`search index (catalogue and memory), built at once: median ${results.searchIndexMs.toFixed(0)} ms`);
console.log(`search index as the look-up builds it, in slices: ${results.searchIndexPreparedMs.toFixed(0)} ms in all, the host held ${results.searchIndexLongestHoldMs.toFixed(0)} ms at most`);
console.log(`memory over 100,000 hovers: ${mem.growthKiB.toFixed(0)} KiB growth (heap ${mem.beforeMiB.toFixed(1)} -> ${mem.afterMiB.toFixed(1)} MiB${mem.gcExposed ? '' : ', run with --expose-gc for exact figures'})`);
for (const [k, v] of Object.entries(sizes)) console.log(`${k}: ${v === null ? 'not built' : (v / 1024).toFixed(1) + ' KiB'}`);
const hoverMedians = Object.values(results.hover).map((r) => r.median);
const firstMedians = Object.values(results.hoverFirst).map((r) => r.median);
const goals = {
  hoverNoSlowerThanNaive: Object.keys(docs).every((k) => results.hover[k].median <= results.naive[k].median * 1.1 + 0.1),
  providerNoSlowerThanNaive: results.provider.ours.median <= results.provider.naive.median * 1.1 + 0.1,
  hoverFlatWithin2x: Math.max(...hoverMedians) <= 2 * Math.min(...hoverMedians) + 1,
  firstHoverFlatWithin2x: Math.max(...firstMedians) <= 2 * Math.min(...firstMedians),
  completionP99Under1ms: Object.values(results.completion).every((r) => r.p99 < 1000),
  activationUnder5ms: activation[2] < 5,
  memoryGrowthUnder1MiB: mem.growthKiB < 1024,
};
console.log('\ngoals: ' + Object.entries(goals).map(([k, v]) => `${k}=${v ? 'met' : 'MISSED'}`).join(', '));
console.log(JSON.stringify({ node: process.version, results, activationMs: activation[2], memory: mem, sizes, goals }));
fs.rmSync(tmp, { recursive: true, force: true });
