import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { COMMANDS, DEFAULT_LANGUAGES } from '../../src/ids';
import { syntaxOf } from '../../src/core/scan';
import { activateBuilt, type Activated } from '../support/vscode-stub';

const root = path.resolve(__dirname, '../../..');
const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
const nls = JSON.parse(fs.readFileSync(path.join(root, 'package.nls.json'), 'utf8'));
const nlsZh = JSON.parse(fs.readFileSync(path.join(root, 'package.nls.zh-cn.json'), 'utf8'));
const l10nZh = JSON.parse(fs.readFileSync(path.join(root, 'l10n/bundle.l10n.zh-cn.json'), 'utf8'));
const srcFiles = (dir: string): string[] =>
  fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? srcFiles(path.join(dir, d.name)) : [path.join(dir, d.name)]));
const source = srcFiles(path.join(root, 'src')).map((f) => fs.readFileSync(f, 'utf8')).join('\n');
let built: Activated | undefined;
/** dist/extension.js activated once against the recording stand-in for vscode. */
const activated = (): Activated => (built ??= activateBuilt(path.join(root, 'dist/extension.js')));

describe('manifest: package.json, package.nls and the code agree', () => {
  it('names, engine and entry points', () => {
    assert.equal(pkg.name, 'http-status-lens');
    assert.equal(pkg.displayName, 'HTTP Status Lens');
    // A semantic version, with its own section in the changelog.
    assert.match(pkg.version, /^\d+\.\d+\.\d+$/);
    assert.ok(fs.readFileSync(path.join(root, 'CHANGELOG.md'), 'utf8').includes(`## [${pkg.version}]`), 'CHANGELOG section for the version');
    assert.equal(pkg.main, './dist/extension.js');
    assert.equal(pkg.browser, './dist/web/extension.js');
    assert.ok(fs.existsSync(path.join(root, pkg.icon)), 'icon exists');
    const engine = /^\^(\d+)\.(\d+)\./.exec(pkg.engines.vscode)!;
    assert.ok(Number(engine[2]) <= 100 && engine[1] === '1', 'engine accepts VS Code 1.100');
    const types = /(\d+)\.(\d+)/.exec(pkg.devDependencies['@types/vscode'])!;
    assert.ok(Number(types[2]) <= Number(engine[2]), '@types/vscode no newer than the engine');
    assert.ok(pkg.keywords.some((k: string) => /[\u4e00-\u9fff]/.test(k)), 'Chinese keywords');
  });
  it('activates on exactly the default languages (and its commands), never on * or startup', () => {
    const events: string[] = pkg.activationEvents;
    assert.ok(!events.includes('*') && !events.includes('onStartupFinished'));
    const langs = events.filter((e) => e.startsWith('onLanguage:')).map((e) => e.slice('onLanguage:'.length));
    assert.deepEqual(langs, DEFAULT_LANGUAGES);
    assert.deepEqual(pkg.contributes.configuration.properties['statusLens.languages'].default, DEFAULT_LANGUAGES);
  });
  it('every contributed command has a category and is registered when the built extension activates, and no other', () => {
    const contributed = pkg.contributes.commands.map((c: { command: string }) => c.command).sort();
    assert.deepEqual(contributed, Object.values(COMMANDS).sort());
    for (const c of pkg.contributes.commands) assert.equal(c.category, '%command.category%');
    assert.deepEqual([...activated().commands].sort(), contributed);
  });
  it('every setting has a type, a default and a markdownDescription; enums describe their values', () => {
    for (const [key, s] of Object.entries<Record<string, unknown>>(pkg.contributes.configuration.properties)) {
      assert.ok(key.startsWith('statusLens.'));
      assert.ok(s.type && 'default' in s && s.markdownDescription, key);
      if (s.enum) assert.equal((s.enumDescriptions as unknown[])?.length, (s.enum as unknown[]).length, key);
    }
  });
  it('every contributed setting is read once the extension has answered a hover and a completion, and no other', () => {
    const ext = activated();
    const doc = { uri: { toString: () => 'untitled:manifest', scheme: 'untitled' }, languageId: 'javascript', version: 1, lineCount: 1, lineAt: () => ({ text: 'res.status(404)' }) };
    const token = { isCancellationRequested: false, onCancellationRequested: () => ({ dispose() {} }) };
    ext.hover?.provideHover(doc, { line: 0, character: 12 }, token);
    ext.completion?.provideCompletionItems(doc, { line: 0, character: 11 }, token, { triggerKind: 0 });
    const ours = [...ext.settingsRead].filter((k) => k.startsWith('statusLens.')).sort();
    assert.deepEqual([...new Set(ours)], Object.keys(pkg.contributes.configuration.properties).sort());
  });
  it('every %key% of the manifest is in package.nls.json and package.nls.zh-cn.json', () => {
    const keys = [...JSON.stringify(pkg).matchAll(/"%([^%"]+)%"/g)].map((m) => m[1]);
    assert.ok(keys.length > 10);
    for (const k of keys) {
      assert.ok(nls[k], `en: ${k}`);
      assert.ok(nlsZh[k], `zh-cn: ${k}`);
    }
    assert.deepEqual(Object.keys(nlsZh).sort(), Object.keys(nls).sort());
  });
  it('every vscode.l10n.t string of the code has a zh-cn translation', () => {
    const strings = [...source.matchAll(/l10n\.t\(\s*'((?:[^'\\]|\\.)*)'/g)].map((m) => m[1].replace(/\\'/g, "'"));
    assert.ok(strings.length > 5);
    for (const s of strings) assert.ok(l10nZh[s], `missing zh-cn: ${s}`);
  });
  it('every default language is known to a stock VS Code or contributed by the extension', () => {
    // The language ids the built-in extensions of VS Code 1.100 contribute (read from its extensions folder).
    const stock = new Set(['bat', 'bibtex', 'c', 'clojure', 'coffeescript', 'cpp', 'csharp', 'css', 'cuda-cpp', 'dart', 'diff',
      'dockercompose', 'dockerfile', 'fsharp', 'git-commit', 'git-rebase', 'go', 'groovy', 'handlebars', 'hlsl', 'html', 'ignore',
      'ini', 'jade', 'java', 'javascript', 'javascriptreact', 'json', 'jsonc', 'jsonl', 'julia', 'latex', 'less', 'log', 'lua',
      'makefile', 'markdown', 'objective-c', 'objective-cpp', 'perl', 'php', 'powershell', 'properties', 'python', 'r', 'raku',
      'razor', 'restructuredtext', 'ruby', 'rust', 'scss', 'shaderlab', 'shellscript', 'sql', 'swift', 'tex', 'typescript',
      'typescriptreact', 'vb', 'xml', 'xsl', 'yaml']);
    const contributed = new Set<string>(pkg.contributes.languages.map((l: { id: string }) => l.id));
    for (const id of DEFAULT_LANGUAGES) assert.ok(stock.has(id) || contributed.has(id), `${id} has no definition in a stock VS Code`);
    for (const id of contributed) {
      assert.ok(!stock.has(id), `${id} is built in; no need to contribute it`);
      assert.ok(DEFAULT_LANGUAGES.includes(id), `${id} is contributed but not enabled`);
    }
  });
  it('each contributed language comments the way the lexer reads it', () => {
    for (const lang of pkg.contributes.languages as Array<{ id: string; configuration: string; extensions?: string[]; filenames?: string[] }>) {
      assert.ok((lang.extensions?.length ?? 0) + (lang.filenames?.length ?? 0) > 0, `${lang.id} names its files`);
      const conf = JSON.parse(fs.readFileSync(path.join(root, lang.configuration), 'utf8'));
      const syn = syntaxOf(lang.id);
      if (conf.comments.lineComment) assert.ok(syn.line.includes(conf.comments.lineComment), `${lang.id}: ${conf.comments.lineComment}`);
      if (conf.comments.blockComment) {
        const [open, close] = conf.comments.blockComment;
        assert.ok(syn.blocks.some(([o, c]) => o === open && c === close), `${lang.id}: ${open} ${close}`);
      }
    }
  });
  it('works in Restricted Mode except for a workspace\'s own custom codes, and in virtual workspaces', () => {
    assert.equal(pkg.capabilities.untrustedWorkspaces.supported, 'limited');
    assert.deepEqual(pkg.capabilities.untrustedWorkspaces.restrictedConfigurations, ['statusLens.customCodes']);
    assert.ok(nls[pkg.capabilities.untrustedWorkspaces.description.replace(/%/g, '')], 'the limitation is explained');
    assert.equal(pkg.capabilities.virtualWorkspaces, true);
  });
  it('the README tables of families and languages say what the data says', () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { spawnSync } = require('node:child_process') as typeof import('node:child_process');
    const r = spawnSync(process.execPath, [path.join(root, 'scripts/tables.mjs'), '--check'], { encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
  });
});
