// StrykerJS: `npm run test:mutation` changes the core's code one small mutation at a time and runs the unit
// tests against each change; a change no test notices is a "survivor". The JSON report goes to
// reports/mutation/mutation.json, a per-file table to the terminal. It takes a while (see README).
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  packageManager: 'npm',
  testRunner: 'mocha',
  // The unit tests run from their tsc build, compiled in the sandbox after the mutants are placed.
  buildCommand: 'npx tsc -p test/tsconfig.json',
  // Left out: the tests of the built bundles and of the manifest (they check build output, not the core's
  // logic), and the corpus measurements (a whole-corpus run per mutant would take hours; the rules are pinned
  // by their own examples and tables, which is what this score is meant to show). The corpus exactness test
  // (366 files) is left out by default too: it raises the scores of the evidence rules by up to 40 points
  // but runs every surviving mutant over every file. STRYKER_CORPUS=1 puts it back for a run on a few files.
  mochaOptions: {
    spec: ['out/test/unit/**/*.test.js'],
    ignore: [
      'out/test/unit/bundle.test.js', 'out/test/unit/manifest.test.js', 'out/test/unit/corpus.test.js', 'out/test/unit/early-stop.test.js',
      ...(process.env.STRYKER_CORPUS ? [] : ['out/test/unit/corpus-exact.test.js']),
    ],
  },
  mutate: ['src/core/**/*.ts'],
  checkers: [],
  coverageAnalysis: 'perTest',
  ignoreStatic: true,
  // Only the core's own sources are instrumented; the corpus fixtures are data, not code to type-check.
  disableTypeChecks: 'src/**/*.ts',
  concurrency: 2,
  timeoutMS: 20000,
  reporters: ['clear-text', 'progress', 'json'],
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  // The sandbox compiles the tests afresh: no earlier build output, editor downloads or reports are copied in.
  ignorePatterns: ['out', 'dist', '.vscode-test', 'reports', '*.vsix'],
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
};
