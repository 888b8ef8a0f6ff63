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
