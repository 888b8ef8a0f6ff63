// The README's tables that restate data: the constant families (data/constants.json) and the languages
// enabled by default (src/ids.ts, package.json). `node scripts/tables.mjs` rewrites them between their
// markers; `node scripts/tables.mjs --check` fails when the README has drifted from the data (the unit tier
// runs the same check).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Language ids as people name them. */
const NAMES = {
  javascript: 'JavaScript', javascriptreact: 'JavaScript React', typescript: 'TypeScript', typescriptreact: 'TypeScript React',
  vue: 'Vue', svelte: 'Svelte', astro: 'Astro', html: 'HTML', python: 'Python', go: 'Go', java: 'Java', kotlin: 'Kotlin',
  scala: 'Scala', groovy: 'Groovy', csharp: 'C#', fsharp: 'F#', php: 'PHP', ruby: 'Ruby', rust: 'Rust', dart: 'Dart',
  swift: 'Swift', elixir: 'Elixir', erlang: 'Erlang', clojure: 'Clojure', haskell: 'Haskell', ocaml: 'OCaml', c: 'C',
  cpp: 'C++', perl: 'Perl', lua: 'Lua', r: 'R', julia: 'Julia', powershell: 'PowerShell', shellscript: 'Shell',
  dockerfile: 'Dockerfile', yaml: 'YAML', json: 'JSON', jsonc: 'JSON with comments', toml: 'TOML', terraform: 'Terraform / HCL',
  http: '.http / .rest', nginx: 'nginx', apacheconf: 'Apache', markdown: 'Markdown',
};

export function familyTable() {
  const { families } = JSON.parse(fs.readFileSync(path.join(root, 'data/constants.json'), 'utf8'));
  const byLanguage = new Map();
  for (const f of families) {
    const lang = f.languages[0];
    if (!byLanguage.has(lang)) byLanguage.set(lang, []);
    byLanguage.get(lang).push(f.name.replace(/\|/g, '\\|'));
  }
  const rows = [...byLanguage].map(([lang, names]) => `| ${NAMES[lang] ?? lang} | ${names.length} | ${names.join('; ')} |`);
  return [`${families.length} families, each read from the framework's or library's own source:`, '', '| Language | Families | Names |', '| --- | --- | --- |', ...rows].join('\n');
}

export function languageTable() {
  const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
  const ids = pkg.contributes.configuration.properties['statusLens.languages'].default;
  const contributed = new Set(pkg.contributes.languages.map((l) => l.id));
  const stock = ids.filter((id) => !contributed.has(id)).map((id) => NAMES[id] ?? id);
  const ours = ids.filter((id) => contributed.has(id)).map((id) => `${NAMES[id] ?? id} (\`${id}\`)`);
  return [
    `${ids.length} language ids by default (setting \`statusLens.languages\`):`,
    '',
    `- known to VS Code itself: ${stock.join(', ')};`,
    `- given a minimal definition by this extension where VS Code has none (file associations, comments, brackets; under the ids the popular extensions use, so that theirs merge with ours): ${ours.join(', ')}.`,
  ].join('\n');
}

const TABLES = { families: familyTable, languages: languageTable };

export function readmeWithTables(readme) {
  let out = readme;
  for (const [name, make] of Object.entries(TABLES)) {
    const re = new RegExp(`(<!-- ${name}:start -->)[\\s\\S]*?(<!-- ${name}:end -->)`);
    if (!re.test(out)) throw new Error(`README.md has no <!-- ${name}:start --> ... <!-- ${name}:end --> markers`);
    out = out.replace(re, (_m, a, b) => `${a}\n${make()}\n${b}`);
  }
  return out;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const file = path.join(root, 'README.md');
  const readme = fs.readFileSync(file, 'utf8');
  const fresh = readmeWithTables(readme);
  if (process.argv.includes('--check')) {
    if (fresh !== readme) {
      console.error('README.md tables differ from the data; run node scripts/tables.mjs');
      process.exit(1);
    }
  } else fs.writeFileSync(file, fresh);
}
