// The per-file mutation scores of one or more StrykerJS JSON reports, as the Markdown table the README shows:
//   node scripts/mutation-table.mjs reports/mutation/mutation.json [more reports...]
// A file in several reports takes its figures from the last report that has it (run the whole core once,
// then single files again as their tests grow). Score = killed and timed-out mutants over all that were
// tested or left uncovered (Stryker's "mutation score"); files with no mutants are left out.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const reports = process.argv.slice(2);
if (!reports.length) {
  console.error('usage: node scripts/mutation-table.mjs <report.json> [...]');
  process.exit(2);
}
const byFile = new Map();
for (const report of reports) {
  const data = JSON.parse(fs.readFileSync(path.resolve(report), 'utf8'));
  for (const [file, result] of Object.entries(data.files)) {
    const count = (...states) => result.mutants.filter((m) => states.includes(m.status)).length;
    const detected = count('Killed', 'Timeout');
    const missed = count('Survived', 'NoCoverage');
    if (detected + missed === 0) continue;
    byFile.set(path.relative(root, path.resolve(root, file)), { detected, missed });
  }
}
const rows = [...byFile].sort(([a], [b]) => a.localeCompare(b));
let detectedAll = 0;
let missedAll = 0;
console.log('| File | Score | Killed | Survived or not covered |');
console.log('| --- | --- | --- | --- |');
for (const [file, { detected, missed }] of rows) {
  detectedAll += detected;
  missedAll += missed;
  const score = (100 * detected) / (detected + missed);
  console.log(`| \`${file}\` | ${score.toFixed(1)}%${score >= 80 ? '' : ' (below 80%)'} | ${detected} | ${missed} |`);
}
console.log(`| all | ${((100 * detectedAll) / (detectedAll + missedAll)).toFixed(1)}% | ${detectedAll} | ${missedAll} |`);
