// One build script, three outputs (see CONTRACT.md and STYLE.md):
//   dist/extension.js      the extension for desktop VS Code (Node extension host)
//   dist/web/extension.js  the same extension for the web worker host (vscode.dev, code-server web)
//   dist/core.js           the pure headless core as a CommonJS library
import * as esbuild from 'esbuild';
import { readFile, rm } from 'node:fs/promises';
// memoryBeside: the extension's bundles leave the memory of example searches out (it ships beside them).
import { memoryBeside } from './scripts/lib/bundle-plugins.mjs';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

// data/constants.json carries, per family and per version, where each fact was read (source) and the
// naming history in prose: for reviewers of the data, never read at run time. The bundles leave them out.
const DOC_ONLY = ['source', 'history'];
const leanConstants = {
  name: 'lean-constants',
  setup(build) {
    build.onLoad({ filter: /[\\/]data[\\/]constants\.json$/ }, async (args) => {
      const data = JSON.parse(await readFile(args.path, 'utf8'));
      const strip = (o) => {
        for (const k of DOC_ONLY) delete o[k];
      };
      for (const family of data.families) {
        strip(family);
        for (const v of family.versions ?? []) strip(v);
      }
      return { contents: JSON.stringify(data), loader: 'json' };
    });
  },
};

const common = {
  plugins: [leanConstants],
  bundle: true,
  minify: production,
  sourcemap: !production,
  sourcesContent: false,
  target: 'es2022',
  logLevel: 'warning',
  legalComments: 'none',
};

const builds = [
  {
    ...common,
    plugins: [leanConstants, memoryBeside],
    entryPoints: ['src/extension.ts'],
    outfile: 'dist/extension.js',
    platform: 'node',
    format: 'cjs',
    // ES modules first: jsonc-parser's "main" is a UMD build whose inner requires a bundler cannot follow.
    mainFields: ['module', 'main'],
    external: ['vscode'],
  },
  {
    ...common,
    plugins: [leanConstants, memoryBeside],
    entryPoints: ['src/extension.ts'],
    outfile: 'dist/web/extension.js',
    // 'browser' with no Node fallbacks: any import of a Node built-in fails this build.
    platform: 'browser',
    format: 'cjs',
    mainFields: ['browser', 'module', 'main'],
    external: ['vscode'],
  },
  {
    ...common,
    entryPoints: ['src/core/index.ts'],
    outfile: 'dist/core.js',
    platform: 'neutral',
    format: 'cjs',
    mainFields: ['module', 'main'],
  },
];

if (watch) {
  const contexts = await Promise.all(builds.map((b) => esbuild.context(b)));
  await Promise.all(contexts.map((c) => c.watch()));
  console.log('[watch] watching src/ and data/ for changes');
} else {
  // A production build starts from an empty dist/: no source map of an earlier build is left to ship.
  if (production) await rm('dist', { recursive: true, force: true });
  await Promise.all(builds.map((b) => esbuild.build(b)));
}
