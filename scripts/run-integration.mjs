// Integration tier: the mocha suite out/test/integration/index.js inside a real extension host.
//
// Two hosts run the same suite:
//   electron     @vscode/test-electron downloads desktop VS Code and runs it (needs its download host).
//   code-server  VS Code's server + browser workbench from npm, driven by a headless Chromium; for
//                machines that reach only the npm registry.
// STATUS_LENS_HOST=electron|code-server picks one; otherwise electron when its download host resolves.
// Other knobs: STATUS_LENS_LOCALE (e.g. zh-cn), STATUS_LENS_UNTRUSTED=1 (Restricted Mode),
// STATUS_LENS_TIMEOUT_MS (whole tier, default 10 min), STATUS_LENS_VSCODE_VERSION (electron host, default
// the version code-server ships), STATUS_LENS_VERBOSE=1 (code-server host: the whole workbench log).
//
// The last line printed is always "integration: N passed, M failed"; the exit code is the suite's.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import dns from 'node:dns/promises';
import path from 'node:path';
import { format } from 'node:util';
import { createRequire } from 'node:module';
import { repoRoot, SetupError, startCodeServer, makeScratch, copyFolder, writeUserSettings, registerDisplayLanguage } from './lib/code-server.mjs';
import { checkBrowser, launchChromium } from './lib/browser.mjs';

const TIER = 'integration';
const VSCODE_VERSION = process.env.STATUS_LENS_VSCODE_VERSION || '1.100.3';
const DOWNLOAD_HOST = 'update.code.visualstudio.com';
const timeoutMs = Number(process.env.STATUS_LENS_TIMEOUT_MS) || 10 * 60_000;
const locale = process.env.STATUS_LENS_LOCALE || undefined;
const untrusted = Boolean(process.env.STATUS_LENS_UNTRUSTED);
const suitePath = path.join(repoRoot, 'out', 'test', 'integration', 'index.js');
const fixtureFolder = path.join(repoRoot, 'test', 'fixtures', 'workspace');
const verbose = Boolean(process.env.STATUS_LENS_VERBOSE);
const closingLine = /^integration: (\d+) passed, (\d+) failed(?:, (\d+) pending)?$/;

function finish(counts, code) {
  console.log(`${TIER}: ${counts.passed} passed, ${counts.failed} failed${counts.pending ? `, ${counts.pending} pending` : ''}`);
  process.exit(code);
}

function failSetup(message) {
  console.error(`\n${TIER} tier cannot run: ${message}\n`);
  finish({ passed: 0, failed: 1 }, 1);
}

async function resolves(host, ms) {
  try {
    await Promise.race([dns.lookup(host), new Promise((_, reject) => setTimeout(() => reject(new Error('timeout')), ms))]);
    return true;
  } catch {
    return false;
  }
}

async function pickHost() {
  const asked = process.env.STATUS_LENS_HOST;
  if (asked) {
    if (asked !== 'electron' && asked !== 'code-server') failSetup(`STATUS_LENS_HOST must be electron or code-server, not "${asked}".`);
    return asked;
  }
  return (await resolves(DOWNLOAD_HOST, 3000)) ? 'electron' : 'code-server';
}

function readResults(file) {
  try {
    const { passed, failed, pending } = JSON.parse(readFileSync(file, 'utf8'));
    return { passed, failed, pending };
  } catch {
    return undefined;
  }
}

/** Desktop VS Code via @vscode/test-electron. */
async function runElectron(resultsFile, scratch) {
  if (process.platform === 'linux' && !process.env.DISPLAY) {
    // Electron needs a display; re-run this script under a virtual one when xvfb-run is there.
    if (!process.env.STATUS_LENS_UNDER_XVFB && spawnSync('sh', ['-c', 'command -v xvfb-run']).status === 0) {
      const r = spawnSync('xvfb-run', ['-a', process.execPath, ...process.argv.slice(1)], {
        stdio: 'inherit',
        env: { ...process.env, STATUS_LENS_UNDER_XVFB: '1' },
      });
      process.exit(r.status ?? 1);
    }
    throw new SetupError('The electron host needs a display: install xvfb (apt-get install -y xvfb) or set DISPLAY, or use STATUS_LENS_HOST=code-server.');
  }
  const require = createRequire(import.meta.url);
  const { runTests } = require('@vscode/test-electron');
  const userDataDir = path.join(scratch.dir, 'user-data');
  writeUserSettings(userDataDir, { untrusted });
  // Desktop VS Code reads <user-data>/languagepacks.json the same way (see registerDisplayLanguage).
  if (locale) registerDisplayLanguage(userDataDir, locale);
  const workspace = copyFolder(fixtureFolder, path.join(scratch.dir, 'workspace'));
  // runTests has no overall time limit; its own Ctrl+C handling closes VS Code (the second forcefully).
  const timer = setTimeout(() => {
    console.error(`\n${TIER}: no result within ${timeoutMs / 1000} s (STATUS_LENS_TIMEOUT_MS); closing VS Code.`);
    process.emit('SIGINT');
    setTimeout(() => process.emit('SIGINT'), 10_000).unref();
  }, timeoutMs);
  try {
    return await runTests({
      version: VSCODE_VERSION,
      extensionDevelopmentPath: repoRoot,
      extensionTestsPath: suitePath,
      launchArgs: [
        workspace,
        '--disable-extensions',
        '--skip-welcome',
        '--skip-release-notes',
        ...(untrusted ? [] : ['--disable-workspace-trust']),
        `--user-data-dir=${userDataDir}`,
        ...(locale ? ['--locale', locale] : []),
      ],
      extensionTestsEnv: { STATUS_LENS_RESULTS: resultsFile, STATUS_LENS_TIER: TIER },
    });
  } catch (err) {
    // A failed suite rejects with its exit code; a failed download with the network error.
    console.error(String(err?.message ?? err));
    if (!existsSync(resultsFile)) console.error('VS Code did not run the suite; STATUS_LENS_HOST=code-server needs only the npm registry.');
    return 1;
  } finally {
    clearTimeout(timer);
  }
}

/** code-server's workbench in headless Chromium; the suite reports through VS Code's automation hooks. */
async function runCodeServer(resultsFile, scratch) {
  checkBrowser();
  const server = await startCodeServer({
    folder: fixtureFolder,
    locale,
    untrusted,
    env: { STATUS_LENS_RESULTS: resultsFile, STATUS_LENS_TIER: TIER },
  });
  let browser;
  try {
    browser = await launchChromium({ env: scratch.env });
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, ...(locale ? { locale } : {}) });
    const page = await context.newPage();

    let settle;
    const exited = new Promise((resolve) => (settle = resolve));
    // VS Code's own automation hooks (the ones @vscode/test-web uses): while extension tests run,
    // the window's log goes to codeAutomationLog, which includes the extension host's console; the
    // end of the suite calls codeAutomationExit(code).
    await page.exposeFunction('codeAutomationLog', (level, message) => relay(level, message));
    await page.exposeFunction('codeAutomationExit', (code) => settle({ code: Number(code) }));
    page.on('crash', () => settle({ code: 1, reason: 'the browser page crashed' }));
    page.on('pageerror', (err) => console.error(`[workbench] ${err.message}`));

    await page.goto(server.workbenchUrl({ extensionTestsPath: suitePath }), { waitUntil: 'domcontentloaded', timeout: 60_000 });
    const timer = setTimeout(() => settle({ code: 1, reason: `no result within ${timeoutMs / 1000} s (STATUS_LENS_TIMEOUT_MS)` }), timeoutMs);
    // A workbench that cannot start the suite (extension host failing) is known long before the end.
    const startTimer = setTimeout(() => {
      if (!suiteStarted) settle({ code: 1, reason: 'the suite did not start within 120 s' });
    }, Math.min(120_000, timeoutMs));
    const { code, reason } = await exited;
    clearTimeout(timer);
    clearTimeout(startTimer);
    if (reason) console.error(`\n${TIER}: ${reason}.`);
    if (!suiteStarted) {
      const serverLog = readFileSync(server.logFile, 'utf8').split('\n').slice(-30).join('\n');
      console.error(`The suite never started. Workbench log:\n${held.join('\n')}\ncode-server log:\n${serverLog}`);
    }
    return code;
  } finally {
    await browser?.close().catch(() => {});
    await server.stop();
  }
}

// While extension tests run, the window's log goes to codeAutomationLog as (level, args): the
// workbench's own start-up messages, then the extension host's console (the suite). The start-up
// noise (sockets, the unreachable extension gallery) is kept back and shown only when the suite never
// starts; the suite's closing line is held back too, because this script prints the tier's closing
// line last.
const suiteStart = /^Running the integration suite/;
// The workbench's complaints that it has no extension marketplace (we switch it off: no network), and the
// errors VS Code itself marks as expected (CodeExpectedError: a cancelled editor action, a reverted file),
// which it logs with a stack trace although nothing went wrong.
const workbenchNoise = /No extension gallery service configured|additional builtin extensions|^CodeExpectedError\b/;
const held = [];
let suiteStarted = false;
let relayedCounts;
function relay(level, args) {
  const message = Array.isArray(args) ? format(...args) : String(args);
  if (verbose) console.error(`[workbench ${level}] ${message}`);
  if (workbenchNoise.test(message)) return;
  if (!suiteStarted) {
    if (!suiteStart.test(message)) {
      held.push(message);
      return;
    }
    suiteStarted = true;
  }
  for (const line of message.split('\n')) {
    const match = line.trim().match(closingLine);
    if (match) {
      relayedCounts = { passed: Number(match[1]), failed: Number(match[2]), pending: Number(match[3] ?? 0) };
      continue;
    }
    if (level === 'error' || level === 'warn') console.error(line);
    else console.log(line);
  }
}

async function main() {
  if (!existsSync(suitePath)) failSetup(`${path.relative(repoRoot, suitePath)} is missing; build first (npm test builds it).`);
  const host = await pickHost();
  console.log(`Integration tier: running in ${host === 'electron' ? `desktop VS Code ${VSCODE_VERSION} (@vscode/test-electron)` : 'code-server (VS Code server + Chromium)'}${locale ? `, locale ${locale}` : ''}${untrusted ? ', untrusted workspace' : ''}`);
  const scratch = makeScratch('status-lens-it-');
  const resultsFile = path.join(scratch.dir, 'results.json');
  let code;
  try {
    code = host === 'electron' ? await runElectron(resultsFile, scratch) : await runCodeServer(resultsFile, scratch);
  } catch (err) {
    if (err instanceof SetupError) {
      scratch.remove();
      failSetup(err.message);
    }
    console.error(err);
    code = 1;
  }
  const counts = readResults(resultsFile) ?? relayedCounts ?? { passed: 0, failed: 1 };
  scratch.remove();
  // A suite that exits non-zero without a failed test (crash, time-out) still counts as a failure.
  if (code !== 0 && counts.failed === 0) counts.failed = 1;
  finish(counts, code === 0 ? 0 : 1);
}

main();
