// esbuild plugins shared by the build (esbuild.mjs) and the unit test that builds the catalogue as the
// extension's bundles do (test/unit/bundle.test.ts).

// The extension's bundles leave the look-up's memory of example searches out: it ships beside them
// (data/search-examples.json in the .vsix) and is read on the first look-up (src/extension.ts). The headless
// core keeps it inside.
export const memoryBeside = {
  name: 'memory-beside',
  setup(build) {
    build.onLoad({ filter: /[\\/]data[\\/]search-examples\.json$/ }, () => ({ contents: 'null', loader: 'json' }));
  },
};
