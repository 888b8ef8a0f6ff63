// `npm test`: builds once, then runs the tiers in order (unit, perf, integration, e2e) or the ones named on
// the command line. Each tier ends with its own closing line "<tier>: N passed, M failed" (", P pending" when
// tests were skipped); the exit code
// is non-zero when any tier fails or cannot run.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import fs from 'node:fs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const all = ['unit', 'perf', 'integration', 'e2e'];
const asked = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const tiers = asked.length ? asked : all;
for (const t of tiers) {
  if (!all.includes(t)) {
    console.error(`Unknown tier "${t}". Tiers: ${all.join(', ')}.`);
    process.exit(2);
  }
}

function run(cmd, args, env = {}) {
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  return r.status ?? 1;
}

// The test build starts from an empty out/: a test file deleted from the sources must not keep running.
fs.rmSync(path.join(root, 'out'), { recursive: true, force: true });
// The sources are type-checked as they are built for the editor (without Node's types), not only as the tests
// compile them (with Node's): the core must not lean on Node.
if (run('node', ['esbuild.mjs']) !== 0 || run('npx', ['tsc', '--noEmit', '-p', '.']) !== 0 || run('npx', ['tsc', '-p', 'test/tsconfig.json']) !== 0) {
  console.error('Build failed; no tier ran.');
  for (const t of tiers) console.log(`${t}: 0 passed, 1 failed`);
  process.exit(1);
}

const runners = {
  unit: () =>
    run('npx', ['mocha', '--reporter', './out/test/support/reporter.js', 'out/test/unit/**/*.test.js'], {
      STATUS_LENS_TIER: 'unit',
    }),
  // Wall-clock limits live here, apart from the unit tier, so that coverage and mutation runs of the unit
  // tier are never broken by an instrumented (slower) core.
  perf: () =>
    run('npx', ['mocha', '--reporter', './out/test/support/reporter.js', 'out/test/perf/**/*.perf.js'], {
      STATUS_LENS_TIER: 'perf',
    }),
  // Two passes in the real editor: a trusted workspace, then the same suite in Restricted Mode
  // (untrusted workspace), reported as one tier.
  integration: () => integrationPasses([{}, { STATUS_LENS_UNTRUSTED: '1' }]),
  e2e: () => run('node', ['scripts/run-e2e.mjs']),
};

/** Runs the integration runner once per environment, relays its output, and prints one closing line. */
function integrationPasses(envs) {
  let passed = 0;
  let failedCount = 0;
  let pending = 0;
  let status = 0;
  for (const env of envs) {
    const r = spawnSync('node', ['scripts/run-integration.mjs'], {
      cwd: root, env: { ...process.env, ...env }, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 64 * 1024 * 1024,
    });
    let counted = false;
    for (const line of (r.stdout ?? '').split('\n')) {
      const m = /^integration: (\d+) passed, (\d+) failed(?:, (\d+) pending)?$/.exec(line.trim());
      if (m) {
        passed += Number(m[1]);
        failedCount += Number(m[2]);
        pending += Number(m[3] ?? 0);
        counted = true;
      } else if (line) console.log(line);
    }
    if (!counted) failedCount++;
    if (r.status !== 0) status = 1;
  }
  console.log(`integration: ${passed} passed, ${failedCount} failed${pending ? `, ${pending} pending` : ''}`);
  return status || (failedCount ? 1 : 0);
}

let failed = false;
for (const t of tiers) {
  if (runners[t]() !== 0) failed = true;
}
process.exit(failed ? 1 : 0);
