// The mutants no test noticed, from the last `npm run test:mutation` report (reports/mutation/mutation.json):
//   node scripts/survivors.mjs [file filter] [--report reports/mutation/other.json]
// One line each: file:line:column, the mutator, and the code it put in place.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const at = args.indexOf('--report');
const reportPath = at >= 0 ? path.resolve(args.splice(at, 2)[1]) : path.join(root, 'reports/mutation/mutation.json');
const report = JSON.parse(fs.readFileSync(reportPath, 'utf8'));
const filter = args[0] ?? '';
for (const [file, result] of Object.entries(report.files)) {
  if (!file.includes(filter)) continue;
  const lines = result.source.split('\n');
  for (const m of result.mutants) {
    if (m.status !== 'Survived' && m.status !== 'NoCoverage') continue;
    const { line, column } = m.location.start;
    const original = lines[line - 1].trim().slice(0, 90);
    console.log(`${path.relative(root, file)}:${line}:${column} ${m.status === 'NoCoverage' ? '[no coverage] ' : ''}${m.mutatorName}: ${String(m.replacement ?? '').replace(/\s+/g, ' ').slice(0, 80)}\n    ${original}`);
  }
}
