// E2E tier: mocha in plain Node over out/test/e2e/**/*.test.js. Each test file opens real workbenches
// (test/e2e/workbench.ts: code-server + headless Chromium); this script checks first that they can
// start, installing code-server into its cache when needed.
//
// The last line printed is always "e2e: N passed, M failed"; the exit code is non-zero on any failure.
// STATUS_LENS_TIMEOUT_MS bounds the whole tier (default 15 min).
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { repoRoot, ensureCodeServer, SetupError } from './lib/code-server.mjs';
import { checkBrowser } from './lib/browser.mjs';

const TIER = 'e2e';
const timeoutMs = Number(process.env.STATUS_LENS_TIMEOUT_MS) || 15 * 60_000;

function failSetup(message) {
  console.error(`\n${TIER} tier cannot run: ${message}\n`);
  console.log(`${TIER}: 0 passed, 1 failed`);
  process.exit(1);
}

if (!existsSync(path.join(repoRoot, 'out', 'test', 'e2e'))) failSetup('out/test/e2e is missing; build first (npm test builds it).');
try {
  ensureCodeServer();
  checkBrowser();
} catch (err) {
  if (err instanceof SetupError) failSetup(err.message);
  throw err;
}

const mocha = path.join(repoRoot, 'node_modules', 'mocha', 'bin', 'mocha.js');
const child = spawn(
  process.execPath,
  [
    mocha,
    '--ui', 'bdd',
    '--reporter', './out/test/support/reporter.js',
    // One workbench start is ~5 s, the first hover ~10 s; a stuck test still ends.
    '--timeout', '120000',
    // No --exit: it would end the process before the reporter's closing line. Workbench.close()
    // releases everything; a test that leaks a workbench is ended by the tier's time-out below.
    // Output goes through this script (below); keep mocha's colours when a person is watching.
    ...(process.stdout.isTTY ? ['--color'] : []),
    'out/test/e2e/**/*.test.js',
  ],
  { cwd: repoRoot, stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, STATUS_LENS_TIER: TIER } },
);

// Relayed as it comes; the closing line is noted, so that a run cut short still gets exactly one.
const closingLine = new RegExp(`^${TIER}: \\d+ passed, \\d+ failed(?:, \\d+ pending)?$`);
let closed = false;
let partial = '';
child.stdout.on('data', (chunk) => {
  process.stdout.write(chunk);
  const lines = (partial + chunk.toString()).split('\n');
  partial = lines.pop();
  if (lines.some((l) => closingLine.test(l))) closed = true;
});

// A tier that overruns is stopped: SIGTERM lets the launcher library stop its servers first.
let timedOut = false;
const timer = setTimeout(() => {
  timedOut = true;
  console.error(`\n${TIER}: no result within ${timeoutMs / 1000} s (STATUS_LENS_TIMEOUT_MS); stopping.`);
  child.kill('SIGTERM');
  setTimeout(() => child.kill('SIGKILL'), 10_000).unref();
}, timeoutMs);

child.on('close', (code) => {
  clearTimeout(timer);
  if (closingLine.test(partial)) closed = true;
  if (!closed) console.log(`${TIER}: 0 passed, 1 failed`);
  process.exit(code === 0 && !timedOut ? 0 : 1);
});
