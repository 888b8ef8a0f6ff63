import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as vm from 'node:vm';
import * as path from 'node:path';
import { builtinModules } from 'node:module';

const root = path.resolve(__dirname, '../../..');

describe('bundles: dist/ as built by npm run build', () => {
  it('the web bundle builds for the browser with no Node fallback and imports nothing but vscode', async function () {
    this.timeout(20000);
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const esbuild = require('esbuild') as typeof import('esbuild');
    const result = await esbuild.build({
      entryPoints: [path.join(root, 'src/extension.ts')],
      bundle: true, write: false, metafile: true, platform: 'browser', format: 'cjs',
      external: ['vscode'], logLevel: 'silent',
    });
    const imports = Object.values(result.metafile!.outputs).flatMap((o) => o.imports.map((i) => i.path));
    assert.deepEqual([...new Set(imports)], ['vscode']);
    const inputs = Object.keys(result.metafile!.inputs);
    for (const b of builtinModules) assert.ok(!inputs.some((i) => i === b || i === `node:${b}`), b);
  });
  it('the extension\'s bundles leave the memory of example searches out (it ships beside them); dist/core.js keeps it', () => {
    const memory = JSON.parse(fs.readFileSync(path.join(root, 'data/search-examples.json'), 'utf8')) as Record<string, Record<string, Record<string, string[]>>>;
    const catalogueText = fs.readFileSync(path.join(root, 'data/status-codes.json'), 'utf8');
    const samples = Object.values(memory.phrasings.en).flat().filter((q) => q.length > 24 && !catalogueText.includes(q)).slice(0, 50);
    assert.equal(samples.length, 50);
    for (const file of ['dist/extension.js', 'dist/web/extension.js']) {
      const text = fs.readFileSync(path.join(root, file), 'utf8');
      assert.deepEqual(samples.filter((q) => text.includes(JSON.stringify(q).slice(1, -1))), [], file);
    }
    const core = fs.readFileSync(path.join(root, 'dist/core.js'), 'utf8');
    assert.ok(samples.every((q) => core.includes(JSON.stringify(q).slice(1, -1))), 'the headless core holds the memory');
    assert.match(fs.readFileSync(path.join(root, '.vscodeignore'), 'utf8'), /^!data\/search-examples\.json$/m, 'the .vsix ships it');
  });

  it('without the memory bundled, the look-up reads it from its source once, and searches by the words alone when it cannot', async function () {
    this.timeout(30000);
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const esbuild = require('esbuild') as typeof import('esbuild');
    // The catalogue built as the extension's bundles build it, with the build's own plugin: the memory file
    // replaced by null.
    const { memoryBeside } = (await import(path.join(root, 'scripts/lib/bundle-plugins.mjs'))) as typeof import('../../scripts/lib/bundle-plugins.mjs');
    const result = await esbuild.build({
      entryPoints: [path.join(root, 'src/core/catalogue.ts')], bundle: true, write: false, platform: 'neutral', format: 'cjs', logLevel: 'silent',
      plugins: [memoryBeside],
    });
    const sandbox = { module: { exports: {} as Record<string, unknown> }, exports: {}, setTimeout };
    vm.runInNewContext(result.outputFiles[0].text, sandbox);
    type Cat = { search(q: string): Array<{ code: number }>; prepare(): Promise<void> };
    const lib = sandbox.module.exports as { StatusCatalogue: new (codes: unknown) => Cat; catalogueData: { codes: unknown }; setMemorySource(read?: () => Promise<unknown>): void };
    const fresh = () => new lib.StatusCatalogue(lib.catalogueData.codes);
    const first = (cat: Cat, q: string) => cat.search(q)[0]?.code;
    assert.equal(first(fresh(), 'coupon already redeemed'), 208, 'no memory: the catalogue\'s words alone');
    let reads = 0;
    lib.setMemorySource(async () => {
      reads++;
      return JSON.parse(fs.readFileSync(path.join(root, 'data/search-examples.json'), 'utf8'));
    });
    const searched = fresh();
    assert.equal(first(searched, 'coupon already redeemed'), 208, 'a search before the reading answers from the words');
    await searched.prepare();
    assert.equal(first(searched, 'coupon already redeemed'), 409, 'then the memory is read into that same index');
    const other = fresh();
    await other.prepare();
    assert.equal(first(other, 'coupon already redeemed'), 409);
    assert.equal(reads, 1, 'the file is read once');
    lib.setMemorySource(async () => { throw new Error('unreadable'); });
    const broken = fresh();
    await broken.prepare();
    assert.equal(first(broken, 'coupon already redeemed'), 208, 'an unreadable memory leaves the words');
    assert.equal(first(broken, 'teapot'), 418);
    lib.setMemorySource(async () => 'not a memory');
    const odd = fresh();
    await odd.prepare();
    assert.equal(first(odd, 'teapot'), 418, 'nor does a file of the wrong shape break the search');
    lib.setMemorySource(async () => ({ phrasings: { en: { 409: ['coupon already redeemed', 7, null, { q: 1 }] } } }));
    const mixed = fresh();
    await mixed.prepare();
    assert.equal(first(mixed, 'coupon already redeemed'), 409, 'what is an example in it is read, the rest left');
  });

  it('dist/core.js is the headless core of CONTRACT.md', () => {
    const core = require(path.join(root, 'dist/core.js'));
    for (const fn of ['statusAt', 'completionsAt', 'lookup', 'search']) assert.equal(typeof core[fn], 'function', fn);
    // Loaded and called in a sandbox that has no `require`: any import of vscode or a Node module throws.
    const sandbox = { module: { exports: {} as Record<string, (...a: unknown[]) => unknown> }, exports: {} };
    vm.runInNewContext(fs.readFileSync(path.join(root, 'dist/core.js'), 'utf8'), sandbox);
    const isolated = sandbox.module.exports;
    assert.equal((isolated.statusAt({ languageId: 'go', lineCount: 1, lineAt: () => ({ text: 'w.WriteHeader(503)' }) }, { line: 0, character: 15 }) as { code: number }).code, 503);
    assert.equal((isolated.search('teapot') as Array<{ code: number }>)[0].code, 418);
    // The memory of example searches is in the bundle, read on the first search: the catalogue's words alone find
    // nothing for these.
    assert.equal((isolated.search('手速太快了') as Array<{ code: number }>)[0].code, 429);
    assert.equal((isolated.search('smooth sailing') as Array<{ code: number }>)[0].code, 200);
    assert.equal(core.lookup(404)[0].phrase, 'Not Found');
    assert.equal(core.search('rate limit')[0].code, 429);
    assert.equal(core.search('限流')[0].code, 429);
    const doc = { languageId: 'javascript', lineCount: 1, lineAt: () => ({ text: 'res.status(404)' }) };
    assert.deepEqual(core.statusAt(doc, { line: 0, character: 12 }), { code: 404, line: 0, start: 11, end: 14 });
    assert.equal(core.completionsAt(doc, { line: 0, character: 11 })[0].code, 200);
  });
});
