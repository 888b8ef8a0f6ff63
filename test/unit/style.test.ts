import * as assert from 'node:assert/strict';
import { mergeStyles, parseStyleFile, runsCheck, STYLE_FILES } from '../../src/core/style';

// The team's linter configuration, read into the style the constant quick fix follows (src/core/style.ts).
// Each row: a file name, its text, and the style it yields as "language prefer allow-list (source)";
// look-alikes that must yield nothing sit beside the rows that yield a style.

function brief(name: string, text: string): string[] {
  const style = parseStyleFile(name, text);
  return Object.entries(style).map(([lang, s]) => `${lang} ${s.prefer}${s.allow ? ` [${s.allow.join(',')}]` : ''} (${s.source})`);
}

const JS = (rest: string) => ['javascript', 'javascriptreact', 'typescript', 'typescriptreact'].map((l) => `${l} ${rest}`);

const ROWS: Array<[string, string, string[]]> = [
  // golangci-lint 1: usestdlibvars enabled (http-status-code defaults to true), or turned off.
  ['.golangci.yml', 'linters:\n  enable:\n    - usestdlibvars\n', ['go constant [] (.golangci.yml (usestdlibvars))']],
  ['.golangci.yml', 'linters:\n  enable:\n    - usestdlibvars\nlinters-settings:\n  usestdlibvars:\n    http-status-code: false\n', []],
  ['.golangci.yml', 'linters:\n  enable-all: true\n  disable:\n    - usestdlibvars\n    - stylecheck\n', []],
  ['.golangci.yml', 'linters:\n  enable-all: true\n  disable:\n    - usestdlibvars\n', ['go constant [200,400,404,500] (.golangci.yml (stylecheck ST1013))']],
  ['.golangci.yml', 'linters:\n  disable-all: true\n  enable: [govet]\n', []],
  // Version 1 runs no stylecheck unless asked; asked, ST1013 is in its default checks, with staticcheck's allow-list.
  ['.golangci.yml', 'linters:\n  enable: [govet, errcheck]\n', []],
  ['.golangci.yaml', 'linters:\n  enable: [stylecheck]\nlinters-settings:\n  stylecheck:\n    http-status-code-whitelist: ["200", "201"]\n', ['go constant [200,201] (.golangci.yaml (stylecheck ST1013))']],
  ['.golangci.yml', 'linters:\n  enable: [stylecheck]\nlinters-settings:\n  stylecheck:\n    checks: ["all", "-ST1013"]\n', []],
  ['.golangci.yml', 'linters:\n  enable: [stylecheck]\nlinters-settings:\n  stylecheck:\n    checks: ["ST1005"]\n', []],
  // golangci-lint 2: the standard set has staticcheck, which took in stylecheck's checks.
  ['.golangci.yml', 'version: "2"\n', ['go constant [200,400,404,500] (.golangci.yml (staticcheck ST1013))']],
  ['.golangci.yml', 'version: "2"\nlinters:\n  default: none\n  enable: [govet]\n', []],
  ['.golangci.yml', 'version: "2"\nlinters:\n  disable: [staticcheck]\n', []],
  ['.golangci.yml', 'version: "2"\nlinters:\n  settings:\n    staticcheck:\n      checks: ["all", "-ST*"]\n', []],
  ['.golangci.yml', 'version: "2"\nlinters:\n  settings:\n    staticcheck:\n      http-status-code-whitelist: []\n', ['go constant [] (.golangci.yml (staticcheck ST1013))']],
  ['.golangci.yml', 'version: "2"\nlinters:\n  default: none\n  enable: [usestdlibvars]\n', ['go constant [] (.golangci.yml (usestdlibvars))']],
  ['.golangci.toml', 'version = "2"\n[linters]\ndefault = "none"\nenable = ["usestdlibvars"]\n', ['go constant [] (.golangci.toml (usestdlibvars))']],
  ['.golangci.json', '{"linters": {"enable": ["usestdlibvars"]}}', ['go constant [] (.golangci.json (usestdlibvars))']],
  // staticcheck.conf: ST1013 runs by default, numbers on its allow-list stay.
  ['staticcheck.conf', 'checks = ["all"]\n', ['go constant [200,400,404,500] (staticcheck.conf (ST1013))']],
  ['staticcheck.conf', 'checks = ["inherit", "-ST1013"]\n', []],
  ['staticcheck.conf', 'checks = ["SA*"]\n', []],
  ['staticcheck.conf', 'http_status_code_whitelist = ["200", "204"]\n', ['go constant [200,204] (staticcheck.conf (ST1013))']],
  ['staticcheck.conf', 'http_status_code_whitelist = []\n', ['go constant [] (staticcheck.conf (ST1013))']],
  // RuboCop: Rails/HttpStatus comes with rubocop-rails, symbolic unless told numeric.
  ['.rubocop.yml', 'plugins:\n  - rubocop-rails\n', ['ruby constant (.rubocop.yml (Rails/HttpStatus, symbolic))']],
  ['.rubocop.yml', 'require: rubocop-rails\nRails/HttpStatus:\n  EnforcedStyle: numeric\n', ['ruby numeric (.rubocop.yml (Rails/HttpStatus, numeric))']],
  ['.rubocop.yml', 'plugins:\n  - rubocop-rails:\n      require_path: rubocop-rails\n', ['ruby constant (.rubocop.yml (Rails/HttpStatus, symbolic))']],
  ['.rubocop.yml', 'plugins:\n  - rubocop-rails\nRails/HttpStatus:\n  Enabled: false\n', []],
  ['.rubocop.yml', 'require:\n  - rubocop-rspec\nRails/HttpStatus:\n  EnforcedStyle: numeric\n', []],
  // Rector: the rule alone, or the Symfony code-quality set; a skip list that names the rule.
  ['rector.php', "<?php\nreturn RectorConfig::configure()\n    ->withRules([ResponseStatusCodeRector::class]);\n", ['php constant (rector.php (ResponseStatusCodeRector))']],
  ['rector.php', "<?php\nreturn RectorConfig::configure()\n    ->withSets([SymfonySetList::SYMFONY_CODE_QUALITY]);\n", ['php constant (rector.php (ResponseStatusCodeRector))']],
  ['rector.php', "<?php\nreturn RectorConfig::configure()\n    ->withPreparedSets(symfonyCodeQuality: true);\n", ['php constant (rector.php (ResponseStatusCodeRector))']],
  ['rector.php', "<?php\nreturn RectorConfig::configure()\n    ->withSets([SymfonySetList::SYMFONY_CODE_QUALITY])\n    ->withSkip([ResponseStatusCodeRector::class]);\n", []],
  ['rector.php', "<?php\nreturn RectorConfig::configure()\n    // ->withRules([ResponseStatusCodeRector::class])\n    ->withPreparedSets(deadCode: true);\n", []],
  ['rector.php', "<?php\nreturn RectorConfig::configure()\n    ->withPreparedSets(symfonyCodeQuality: false);\n", []],
  // ESLint: no-magic-numbers on, and the numbers it ignores.
  ['.eslintrc.json', '{\n  // our rules\n  "rules": { "no-magic-numbers": ["warn", { "ignore": [0, 1, 200, 404] }], },\n}', JS('constant [200,404] (.eslintrc.json (no-magic-numbers))')],
  ['.eslintrc.json', '{ "rules": { "no-magic-numbers": "off" } }', []],
  ['.eslintrc.json', '{ "rules": { "@typescript-eslint/no-magic-numbers": 2 } }', JS('constant [] (.eslintrc.json (@typescript-eslint/no-magic-numbers))')],
  ['.eslintrc.yml', 'rules:\n  no-magic-numbers:\n    - error\n    - ignore: [404]\n', JS('constant [404] (.eslintrc.yml (no-magic-numbers))')],
  ['.eslintrc', 'rules:\n  no-magic-numbers: error\n', JS('constant [] (.eslintrc (no-magic-numbers))')],
  ['eslint.config.js', "export default [\n  {\n    rules: {\n      'no-magic-numbers': ['error', { ignore: [200, 201], enforceConst: true }],\n      'no-console': 'warn',\n    },\n  },\n];\n", JS('constant [200,201] (eslint.config.js (no-magic-numbers))')],
  ['eslint.config.mjs', "export default [{ rules: { 'no-magic-numbers': 'off', 'no-unused-vars': ['error', { ignore: [404] }] } }];\n", []],
  ['eslint.config.mjs', "export default [{ rules: { 'no-magic-numbers': 'warn', 'no-unused-vars': ['error', { ignore: [404] }] } }];\n", JS('constant [] (eslint.config.mjs (no-magic-numbers))')],
  ['.eslintrc.js', "module.exports = {\n  rules: {\n    // 'no-magic-numbers': 'error',\n  },\n};\n", []],
  // More of each file's forms (rows that pin the reading, not only the outcome).
  ['.golangci.yml', 'run:\n  timeout: 5m\n', []],
  ['.golangci.yml', 'version: 2\nrun:\n  timeout: 5m\n', ['go constant [200,400,404,500] (.golangci.yml (staticcheck ST1013))']],
  ['.golangci.yml', 'version: "2"\nlinters:\n  default: fast\n', []],
  ['.golangci.yml', 'version: "2"\nlinters:\n  default: all\n  disable: [staticcheck]\n', ['go constant [] (.golangci.yml (usestdlibvars))']],
  ['.golangci.yml', 'version: "2"\nlinters:\n  default: standard\n  enable: [usestdlibvars]\n  settings:\n    usestdlibvars:\n      http-status-code: false\n', ['go constant [200,400,404,500] (.golangci.yml (staticcheck ST1013))']],
  ['.golangci.yml', 'linters:\n  disable-all: true\n  enable: [usestdlibvars, 3]\n', ['go constant [] (.golangci.yml (usestdlibvars))']],
  ['.golangci.yml', 'linters:\n  enable-all: false\n  enable: [stylecheck]\nlinters-settings:\n  stylecheck:\n    http-status-code-whitelist: ["99", "100", "599", "600", "abc", 200.5]\n', ['go constant [100,599] (.golangci.yml (stylecheck ST1013))']],
  ['.golangci.yml', '- linters\n- usestdlibvars\n', []],
  ['.golangci.json', '{\n  // the team\'s linters\n  "linters": { "enable": ["usestdlibvars",], },\n}', ['go constant [] (.golangci.json (usestdlibvars))']],
  ['.golangci.yml', 'version: "2"\nlinters:\n  enable: [usestdlibvars]\n', ['go constant [] (.golangci.yml (usestdlibvars))']],
  ['.golangci.yml', 'linters-settings:\n  usestdlibvars:\n    http-status-code: true\n', []],
  ['staticcheck.conf', 'checks = ["ST1.13"]\n', []],
  ['staticcheck.conf', 'checks = ["T1013"]\n', []],
  ['staticcheck.conf', 'http_status_code_whitelist = ["inherit", "201"]\n', ['go constant [200,400,404,500,201] (staticcheck.conf (ST1013))']],
  ['staticcheck.conf', 'http_status_code_whitelist = ["inherit"]\n', ['go constant [200,400,404,500] (staticcheck.conf (ST1013))']],
  ['.rubocop.yml', '- rubocop-rails\n', []],
  ['.rubocop.yml', 'require:\n  - rubocop-performance\nplugins:\n  - rubocop-rails\n', ['ruby constant (.rubocop.yml (Rails/HttpStatus, symbolic))']],
  ['.rubocop.yml', 'plugins: rubocop-rails\nRails/HttpStatus: true\n', ['ruby constant (.rubocop.yml (Rails/HttpStatus, symbolic))']],
  ['.rubocop.yml', 'plugins:\n  - 7\n', []],
  ['rector.php', "<?php\nreturn RectorConfig::configure()\n    ->withSets([SymfonySetList::SYMFONY_CODE_QUALITY])\n    ->withSkip([\n        ResponseStatusCodeRector::class,\n    ]);\n", []],
  ['rector.php', "<?php\nreturn static function (RectorConfig $rectorConfig): void {\n    $rectorConfig->rule(ResponseStatusCodeRector::class);\n    $rectorConfig->skip([ ResponseStatusCodeRector::class ]);\n};\n", []],
  ['rector.php', "<?php\nreturn RectorConfig::configure()\n    ->withSkip([__DIR__ . '/legacy'])\n    ->withRules([ResponseStatusCodeRector::class]);\n", ['php constant (rector.php (ResponseStatusCodeRector))']],
  ['rector.php', "<?php\n/* ->withRules([ResponseStatusCodeRector::class]) */\nreturn RectorConfig::configure();\n", []],
  ['rector.php', "<?php\n# SymfonySetList::SYMFONY_CODE_QUALITY later\nreturn RectorConfig::configure();\n", []],
  ['rector.php', "<?php\nreturn RectorConfig::configure()->withPreparedSets(symfonyCodeQuality : true);\n", ['php constant (rector.php (ResponseStatusCodeRector))']],
  ['.eslintrc', '{ "rules": { "no-magic-numbers": ["error", { "ignore": [404] }] } }', JS('constant [404] (.eslintrc (no-magic-numbers))')],
  ['.eslintrc.json', '{ "rules": { "no-magic-numbers": 1 } }', JS('constant [] (.eslintrc.json (no-magic-numbers))')],
  ['.eslintrc.json', '{ "rules": { "no-magic-numbers": 0, "@typescript-eslint/no-magic-numbers": ["warn"] } }', JS('constant [] (.eslintrc.json (@typescript-eslint/no-magic-numbers))')],
  ['.eslintrc.json', '{ "extends": ["standard"] }', []],
  ['.eslintrc.json', '[1, 2]', []],
  ['eslint.config.js', "/* 'no-magic-numbers': 'error', */\nexport default [];\n", []],
  ['eslint.config.js', "const docs = 'https://eslint.org'; export default [{ rules: { 'no-magic-numbers': 'error' } }];\n", JS('constant [] (eslint.config.js (no-magic-numbers))')],
  ['eslint.config.js', "export default [{ rules: { \"no-magic-numbers\": [ 2, { ignoreArrayIndexes: true } ], other: ['error', { ignore: [404] }] } }];\n", JS('constant [] (eslint.config.js (no-magic-numbers))')],
  ['eslint.config.ts', "export default [{ rules: { 'no-magic-numbers': [\n  'warn',\n  { ignore: [ 200,\n    404 ] },\n] } }];\n", JS('constant [200,404] (eslint.config.ts (no-magic-numbers))')],
  ['eslint.config.cjs', "module.exports = [{ rules: { 'no-magic-numbers': 'warn' } }];\n", JS('constant [] (eslint.config.cjs (no-magic-numbers))')],
  ['.eslintrc.cjs', "module.exports = { rules: { '@typescript-eslint/no-magic-numbers': ['error', { ignore: [500] }] } };\n", JS('constant [500] (.eslintrc.cjs (@typescript-eslint/no-magic-numbers))')],
  ['eslint.config.js', "export default [{ rules: { 'no-magic-numbers': 'warning' } }];\n", []],
  ['x.golangci.yml', 'linters:\n  enable:\n    - usestdlibvars\n', []],
  ['.golangci.yml.bak', 'linters:\n  enable:\n    - usestdlibvars\n', []],
  ['my.eslintrc.json', '{ "rules": { "no-magic-numbers": 1 } }', []],
  ['.eslintrc.json5', '{ "rules": { "no-magic-numbers": 1 } }', []],
  ['x-eslint.config.js', "export default [{ rules: { 'no-magic-numbers': 'warn' } }];\n", []],
  ['eslint.config.jsx', "export default [{ rules: { 'no-magic-numbers': 'warn' } }];\n", []],
  ['.eslintrc.js', "module.exports = { rules: { 'no-magic-numbers': [1, { ignore: [418] }] } };\n", JS('constant [418] (.eslintrc.js (no-magic-numbers))')],
  ['.eslintrc.yaml', 'rules:\n  no-magic-numbers: [warn, {ignore: [201]}]\n', JS('constant [201] (.eslintrc.yaml (no-magic-numbers))')],
  ['.eslintrc.mjs', "export default { rules: { 'no-magic-numbers': 'warn' } };\n", []],
  // Files that are not configuration, or that cannot be read.
  ['.golangci.yml', 'linters: [unclosed\n', []],
  ['staticcheck.conf', 'checks = [\n', []],
  ['.rubocop.yml', '', []],
  ['package.json', '{"eslintConfig": {"rules": {"no-magic-numbers": "error"}}}', []],
  ['src/.golangci.yml', 'linters:\n  enable:\n    - usestdlibvars\n', ['go constant [] (.golangci.yml (usestdlibvars))']],
];

describe('style: the linter configuration the constant quick fix follows', () => {
  for (const [name, text, expected] of ROWS) {
    it(`${name}: ${expected.length ? expected[0] : 'no style'} ← ${JSON.stringify(text.length > 60 ? text.slice(0, 60) + '…' : text)}`, () => {
      assert.deepEqual(brief(name, text), expected);
    });
  }

  it('names every file it can read in STYLE_FILES (the editor searches the workspace for these)', () => {
    // Every file that yields a style somewhere in the rows; the look-alike names (x.golangci.yml) yield none.
    const read = new Set(ROWS.filter(([, , out]) => out.length).map(([n]) => n.split('/').pop()!));
    for (const name of read) assert.ok(STYLE_FILES.includes(name), name);
    for (const name of STYLE_FILES) assert.ok(read.has(name), `${name} has a row`);
    assert.ok(!STYLE_FILES.includes('package.json'));
  });

  it('reads staticcheck selectors the way staticcheck does: the last one that names a check wins', () => {
    assert.equal(runsCheck(['all'], 'ST1013'), true);
    assert.equal(runsCheck(['*'], 'ST1013'), true);
    assert.equal(runsCheck(['ST*'], 'ST1013'), true);
    assert.equal(runsCheck(['SA*'], 'ST1013'), false);
    assert.equal(runsCheck(['all', '-ST1013'], 'ST1013'), false);
    assert.equal(runsCheck(['-ST1013', 'all'], 'ST1013'), true);
    assert.equal(runsCheck(['ST101'], 'ST1013'), false);
    assert.equal(runsCheck(['ST1013'], 'ST10134'), false);
    assert.equal(runsCheck(['inherit'], 'ST1013'), true);
    assert.equal(runsCheck(['inherit'], 'ST1000'), false);
    assert.equal(runsCheck([], 'ST1013'), false);
  });

  it('keeps, for each language, the style of the first file that speaks for it', () => {
    const merged = mergeStyles([
      parseStyleFile('.rubocop.yml', 'plugins: [rubocop-rails]\nRails/HttpStatus:\n  EnforcedStyle: numeric\n'),
      parseStyleFile('staticcheck.conf', 'checks = ["all"]'),
      parseStyleFile('.golangci.yml', 'linters:\n  enable: [usestdlibvars]\n'),
    ]);
    assert.deepEqual(Object.keys(merged).sort(), ['go', 'ruby']);
    assert.equal(merged.ruby.prefer, 'numeric');
    assert.equal(merged.go.source, 'staticcheck.conf (ST1013)');
  });
});
