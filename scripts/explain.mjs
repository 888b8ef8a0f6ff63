// Why the detector said what it said about one labelled token of a corpus file (contributors' tool):
//   node scripts/explain.mjs test/fixtures/corpus/go/x.go:44        every number on line 44
//   node scripts/explain.mjs test/fixtures/corpus/go/x.go:44:409    only 409 on that line
// Prints each piece of evidence that spoke, its weight and the score against the threshold.
// Needs a build of the tests first (`npx tsc -p test/tsconfig.json`).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const { parseLabels, docOf, languageOfFile } = require(path.join(root, 'out/test/support/labels.js'));
const { explainNumber } = require(path.join(root, 'out/src/core/detect.js'));
const weights = JSON.parse(fs.readFileSync(path.join(root, 'src/core/evidence/weights.json'), 'utf8'));

for (const arg of process.argv.slice(2)) {
  const [file, lineText, only] = arg.split(':');
  const lang = languageOfFile(file);
  const { text } = parseLabels(fs.readFileSync(file, 'utf8'));
  const doc = docOf(text, lang);
  const line = Number(lineText) - 1;
  const src = text.split('\n')[line];
  console.log(`${file}:${line + 1} (${lang}): ${src.trim()}`);
  for (const m of src.matchAll(/(?<![\w.])\d{3}(?!\d)/g)) {
    if (only && m[0] !== only) continue;
    const j = explainNumber(doc, { line, character: m.index });
    if (!j) { console.log(`  ${m[0]}@${m.index}: not judged (vetoed or not a plain integer)`); continue; }
    const parts = Object.entries(j.features).filter(([, v]) => v).map(([k, v]) => `${k}=${(+v).toFixed(2)}(w ${(weights.weights?.[k] ?? 0).toFixed(2)})`);
    console.log(`  ${m[0]}@${m.index}: score ${j.score?.toFixed(2)} ${j.status ? 'STATUS' : 'silent'}  ${parts.join(' ') || '(no evidence)'}`);
  }
}
