// code-server as a real VS Code for machines that cannot download VS Code itself.
//
// code-server@4.100.3 from npm is VS Code 1.100.3 (server + browser workbench); it is the newest release
// that installs on Node 20. It is never a package dependency: it is installed on demand into the
// git-ignored cache .vscode-test/code-server and reused from there.
//
// Loaded with require() from the compiled e2e helper (Node >= 20.19 can require ES modules), so this
// module must not use top-level await.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, cpSync, openSync, closeSync, realpathSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const CODE_SERVER_VERSION = '4.100.3';
export const cacheDir = path.join(repoRoot, '.vscode-test', 'code-server');
const entryPath = path.join(cacheDir, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
const vscodeDir = path.join(cacheDir, 'node_modules', 'code-server', 'lib', 'vscode');
const markerPath = path.join(cacheDir, '.installed');
const installLog = path.join(cacheDir, 'install.log');

// Dependencies of code-server's own postinstall (a nested `npm install` in lib/vscode and
// lib/vscode/extensions) whose install scripts must run: native modules and the ripgrep binary.
// npm 11 blocks dependency install scripts unless allowed; an allow-list in the environment or on
// the command line is exported to the nested installs, which reject it (EALLOWSCRIPTS), so the list
// goes into a project .npmrc of each nested folder instead.
const NESTED_ALLOW_SCRIPTS = [
  '@parcel/watcher',
  '@vscode/deviceid',
  '@vscode/ripgrep',
  '@vscode/spdlog',
  'kerberos',
  'native-watchdog',
  'node-pty',
  'esbuild',
];

// @vscode/ripgrep (pinned by code-server's shrinkwrap) downloads rg from GitHub unless a tarball is
// already in its cache folder under TMPDIR; we build that tarball from the system's rg.
const RIPGREP_PACKAGE_VERSION = '1.15.11';
const RIPGREP_BINARY_VERSION = 'v13.0.0-10';

/** Thrown when something the machine needs is missing; the message says what to install. */
export class SetupError extends Error {}

function which(cmd) {
  const r = spawnSync('sh', ['-c', `command -v "${cmd}"`], { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : undefined;
}

/** True when a complete install of the pinned version is in the cache. */
export function isCodeServerInstalled() {
  return existsSync(entryPath) && existsSync(markerPath) && readFileSync(markerPath, 'utf8').trim() === CODE_SERVER_VERSION;
}

function preflight() {
  const problems = [];
  const nodeMajor = Number(process.versions.node.split('.')[0]);
  if (nodeMajor !== 20) {
    problems.push(`code-server ${CODE_SERVER_VERSION} installs only on Node 20 (this is Node ${process.versions.node}).`);
  }
  const apt = [];
  if (!which('rg')) apt.push('ripgrep');
  if (!existsSync('/usr/include/gssapi/gssapi.h') && !which('krb5-config')) apt.push('libkrb5-dev');
  if (!which('make') || !(which('g++') || which('c++'))) apt.push('build-essential');
  if (!which('python3')) apt.push('python3');
  if (apt.length) problems.push(`Missing system packages; install them with: apt-get install -y ${apt.join(' ')}`);
  if (problems.length) {
    throw new SetupError(`Cannot install code-server ${CODE_SERVER_VERSION}:\n  ${problems.join('\n  ')}`);
  }
}

function ripgrepTarget() {
  const arch = process.env.npm_config_arch || os.arch();
  if (arch === 'x64') return 'x86_64-unknown-linux-musl';
  if (arch === 'arm64') return 'aarch64-unknown-linux-musl';
  throw new SetupError(`No ripgrep tarball name known for architecture ${arch}.`);
}

function run(cmd, args, options, logFd) {
  const r = spawnSync(cmd, args, { ...options, stdio: ['ignore', logFd, logFd] });
  if (r.error) throw r.error;
  return r.status;
}

/**
 * Makes sure code-server is installed in the cache and returns the path of its entry script.
 * Installs it (about a minute or two, once) when missing; throws SetupError with what to install
 * when that cannot work.
 */
export function ensureCodeServer({ log = (m) => console.error(m) } = {}) {
  if (process.platform !== 'linux') {
    throw new SetupError('The code-server host is set up for Linux only; use STATUS_LENS_HOST=electron elsewhere.');
  }
  if (isCodeServerInstalled()) return entryPath;
  preflight();

  log(`Installing code-server ${CODE_SERVER_VERSION} into ${path.relative(repoRoot, cacheDir)} (once; about 1-2 minutes)...`);
  const started = Date.now();
  rmSync(cacheDir, { recursive: true, force: true });
  mkdirSync(cacheDir, { recursive: true });
  writeFileSync(
    path.join(cacheDir, 'package.json'),
    JSON.stringify(
      {
        private: true,
        description: 'Cache of the code-server host for the integration and e2e tests (made by scripts/lib/code-server.mjs).',
        dependencies: { 'code-server': CODE_SERVER_VERSION },
        // Read by `npm rebuild` below; these two are the only install scripts at this level.
        allowScripts: { 'code-server': true, argon2: true },
      },
      null,
      2,
    ) + '\n',
  );

  const scratch = mkdtempSync(path.join(os.tmpdir(), 'status-lens-cs-install-'));
  const env = {
    ...process.env,
    TMPDIR: scratch,
    // node-pty's postinstall runs `npx node-gyp`, which must not stop to ask.
    npm_config_yes: 'true',
    // code-server's postinstall refuses to run as root without it (npm 11 warns, but passes it on).
    npm_config_unsafe_perm: 'true',
    npm_config_audit: 'false',
    npm_config_fund: 'false',
    npm_config_update_notifier: 'false',
  };
  // node-gyp would download Node's headers; use the ones installed with this Node when present.
  const nodePrefix = path.resolve(path.dirname(process.execPath), '..');
  if (!env.npm_config_nodedir && existsSync(path.join(nodePrefix, 'include', 'node', 'node.h'))) {
    env.npm_config_nodedir = nodePrefix;
  }

  const fd = openSync(installLog, 'w');
  try {
    // 1. Fetch the package tree without running anything.
    if (run('npm', ['install', '--ignore-scripts', '--no-save'], { cwd: cacheDir, env }, fd) !== 0) {
      throw new SetupError('`npm install code-server` failed (is the npm registry reachable?).');
    }
    // 2. Allow the nested installs' native modules, and feed @vscode/ripgrep the system rg.
    for (const dir of [vscodeDir, path.join(vscodeDir, 'extensions')]) {
      writeFileSync(path.join(dir, '.npmrc'), `allow-scripts=${NESTED_ALLOW_SCRIPTS.join(',')}\n`);
    }
    const rg = realpathSync(which('rg'));
    const rgCache = path.join(scratch, `vscode-ripgrep-cache-${RIPGREP_PACKAGE_VERSION}`);
    mkdirSync(rgCache, { recursive: true });
    const tarball = path.join(rgCache, `ripgrep-${RIPGREP_BINARY_VERSION}-${ripgrepTarget()}.tar.gz`);
    if (run('tar', ['-czf', tarball, '--transform', 's,.*,rg,', '-C', path.dirname(rg), path.basename(rg)], {}, fd) !== 0) {
      throw new SetupError('Could not pack the system ripgrep for @vscode/ripgrep.');
    }
    // 3. Run the allowed install scripts: argon2's build and code-server's postinstall.
    if (run('npm', ['rebuild', '--foreground-scripts'], { cwd: cacheDir, env }, fd) !== 0) {
      throw new SetupError('code-server\'s install scripts failed (native modules).');
    }
  } catch (err) {
    closeSync(fd);
    const tail = readFileSync(installLog, 'utf8').split('\n').slice(-40).join('\n');
    const hint =
      'Needs: Node 20, the npm registry, and apt-get install -y libkrb5-dev ripgrep build-essential python3.';
    throw new SetupError(`${err.message}\n${hint}\nLast lines of ${installLog}:\n${tail}`);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  closeSync(fd);

  const needed = [
    path.join(vscodeDir, 'node_modules', 'node-pty', 'build', 'Release', 'pty.node'),
    path.join(vscodeDir, 'node_modules', '@vscode', 'ripgrep', 'bin', 'rg'),
    path.join(vscodeDir, 'node_modules.asar'),
  ];
  const missing = needed.filter((p) => !existsSync(p));
  if (missing.length) {
    throw new SetupError(`code-server install is incomplete (missing ${missing.join(', ')}); see ${installLog}.`);
  }
  writeFileSync(markerPath, CODE_SERVER_VERSION + '\n');
  log(`code-server ${CODE_SERVER_VERSION} installed in ${Math.round((Date.now() - started) / 1000)} s.`);
  return entryPath;
}

/** A port that was free a moment ago on 127.0.0.1. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

/**
 * User settings for a test profile: nothing that changes files behind the test's back, no network
 * look-ups, no start-up editors or prompts.
 */
export function userSettings({ untrusted = false, settings = {} } = {}) {
  return {
    'files.autoSave': 'off',
    'typescript.disableAutomaticTypeAcquisition': true,
    'security.workspace.trust.enabled': untrusted,
    ...(untrusted ? { 'security.workspace.trust.startupPrompt': 'never', 'security.workspace.trust.untrustedFiles': 'open' } : {}),
    'telemetry.telemetryLevel': 'off',
    'workbench.startupEditor': 'none',
    'workbench.tips.enabled': false,
    'workbench.enableExperiments': false,
    'update.mode': 'none',
    'extensions.autoCheckUpdates': false,
    'extensions.autoUpdate': false,
    'git.enabled': false,
    ...settings,
  };
}

/** Writes `<userDataDir>/User/settings.json`. */
export function writeUserSettings(userDataDir, options) {
  mkdirSync(path.join(userDataDir, 'User'), { recursive: true });
  writeFileSync(path.join(userDataDir, 'User', 'settings.json'), JSON.stringify(userSettings(options), null, 2) + '\n');
}

/**
 * A throwaway root with home/, config/, cache/, tmp/ and the environment variables pointing there,
 * so neither code-server nor the browser reads or writes the real user's profile.
 */
export function makeScratch(prefix = 'status-lens-') {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
  const env = {
    HOME: path.join(dir, 'home'),
    XDG_CONFIG_HOME: path.join(dir, 'config'),
    XDG_CACHE_HOME: path.join(dir, 'cache'),
    XDG_DATA_HOME: path.join(dir, 'data'),
    TMPDIR: path.join(dir, 'tmp'),
  };
  for (const d of Object.values(env)) mkdirSync(d, { recursive: true });
  return { dir, env, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Copies a folder into `parent/<its name>` (so the window title shows the same name). */
export function copyFolder(source, parent) {
  const target = path.join(parent, path.basename(source));
  cpSync(source, target, { recursive: true });
  return target;
}

/**
 * Makes `locale` an installed display language without a language pack (there is no marketplace).
 *
 * `--locale zh-cn` alone changes nothing: the server falls back to English unless a language pack for
 * the locale is listed in <user-data>/languagepacks.json, and the workbench then reports 'en' to the
 * extension host. Listing a pack whose translation file is empty makes the whole chain use the locale
 * (vscode.env.language is 'zh-cn', extension manifests use package.nls.zh-cn.json, vscode.l10n loads
 * l10n/bundle.l10n.zh-cn.json) while VS Code's own UI text stays English.
 */
export function registerDisplayLanguage(userDataDir, locale) {
  if (locale.toLowerCase().startsWith('en')) return;
  const translations = path.join(userDataDir, 'empty.i18n.json');
  writeFileSync(translations, JSON.stringify({ contents: {} }));
  const pack = {
    hash: `status-lens-${locale}`,
    // The workbench reads the id of the pack's extension; none is installed under it.
    extensions: [{ extensionIdentifier: { id: `status-lens.language-${locale}` }, version: '0.0.0' }],
    translations: { vscode: translations },
    label: locale,
  };
  writeFileSync(path.join(userDataDir, 'languagepacks.json'), JSON.stringify({ [locale]: pack }));
}

function delay(ms) {
  return new Promise((r) => setTimeout(r, ms));
}

/** Resolves `promise`, or `fallback` after `ms`, without a timer keeping the process alive after. */
function within(promise, ms, fallback) {
  let timer;
  const timeout = new Promise((r) => (timer = setTimeout(() => r(fallback), ms)));
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

async function waitForHealth(origin, child, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) return false;
    try {
      const res = await fetch(`${origin}/healthz`, { signal: AbortSignal.timeout(2000) });
      if (res.ok) return true;
    } catch {
      // not listening yet
    }
    await delay(200);
  }
  return false;
}

// Servers still running when this process ends (normally, by an uncaught error, or by SIGINT/SIGTERM,
// e.g. a runner's time-out): their process groups are killed and their throwaway folders removed, so
// no code-server (nor its file watcher) outlives the test run.
const live = new Map();
function cleanUpLive() {
  for (const [pid, removeScratch] of live) {
    try {
      process.kill(-pid, 'SIGKILL');
    } catch {
      // already gone
    }
    removeScratch();
  }
  live.clear();
}
let exitHooked = false;
function hookExit() {
  if (exitHooked) return;
  exitHooked = true;
  process.on('exit', cleanUpLive);
  for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143]]) {
    // Without a handler these signals end Node without running 'exit' handlers. A script with its
    // own handler (start.mjs stops gracefully) keeps control.
    process.once(signal, () => {
      if (process.listenerCount(signal) === 0) process.exit(code);
    });
  }
}

/**
 * Starts code-server on a free port of 127.0.0.1 with a throwaway profile.
 *
 * @param {object} options
 * @param {string} options.folder       folder to open (copied first unless copy is false)
 * @param {boolean} [options.copy=true] open a throwaway copy, so tests cannot change the original
 * @param {string} [options.locale]     display language, e.g. 'zh-cn' (sets vscode.env.language)
 * @param {boolean} [options.untrusted] leave workspace trust on (the folder then opens untrusted)
 * @param {object} [options.settings]   extra user settings
 * @param {object} [options.env]        extra environment for the server and its extension host
 * @param {(line: string) => void} [options.log]
 */
export async function startCodeServer(options) {
  const { folder, copy = true, locale, untrusted = false, settings = {}, env = {}, log = (m) => console.error(m) } = options;
  const entry = ensureCodeServer({ log });
  const scratch = makeScratch('status-lens-cs-');
  const userDataDir = path.join(scratch.dir, 'user-data');
  const extensionsDir = path.join(scratch.dir, 'extensions');
  mkdirSync(extensionsDir, { recursive: true });
  writeUserSettings(userDataDir, { untrusted, settings });
  if (locale) registerDisplayLanguage(userDataDir, locale);
  const workspace = copy ? copyFolder(folder, path.join(scratch.dir, 'workspace')) : path.resolve(folder);
  const logFile = path.join(scratch.dir, 'code-server.log');

  let lastError = 'unknown';
  // A freshly probed port can be taken before code-server binds it; try a few.
  for (let attempt = 0; attempt < 3; attempt++) {
    const port = await freePort();
    const origin = `http://127.0.0.1:${port}`;
    const args = [
      entry,
      '--bind-addr', `127.0.0.1:${port}`,
      '--auth', 'none',
      '--disable-telemetry',
      '--disable-update-check',
      '--disable-getting-started-override',
      '--ignore-last-opened',
      '--user-data-dir', userDataDir,
      '--extensions-dir', extensionsDir,
      ...(locale ? ['--locale', locale] : []),
      workspace,
    ];
    const out = openSync(logFile, 'a');
    // detached: the server leads its own process group (setsid), so stop() can end its helpers too.
    const child = spawn(process.execPath, args, {
      detached: true,
      stdio: ['ignore', out, out],
      // EXTENSIONS_GALLERY={}: no extension marketplace (there is no network to reach one anyway).
      env: { ...process.env, ...scratch.env, EXTENSIONS_GALLERY: '{}', ...env },
    });
    closeSync(out);
    hookExit();
    live.set(child.pid, () => {
      if (!process.env.STATUS_LENS_KEEP_TMP) scratch.remove();
    });
    const exited = new Promise((resolve) => child.once('exit', resolve));

    if (await waitForHealth(origin, child, 60_000)) {
      let stopped;
      const server = {
        port,
        origin,
        workspace,
        userDataDir,
        logFile,
        scratchDir: scratch.dir,
        pid: child.pid,
        /**
         * The workbench URL, as an Extension Development Host of `extensionDevelopmentPath`; `openFile` (a path
         * inside the workspace) opens that file in the editor as the workbench starts.
         */
        workbenchUrl({ extensionDevelopmentPath = repoRoot, extensionTestsPath, openFile } = {}) {
          const remote = (p) => `vscode-remote://127.0.0.1:${port}${path.resolve(p)}`;
          const payload = [
            ['extensionDevelopmentPath', remote(extensionDevelopmentPath)],
            ...(extensionTestsPath ? [['extensionTestsPath', remote(extensionTestsPath)]] : []),
            ...(openFile ? [['openFile', remote(path.join(workspace, openFile))]] : []),
            ['skipWelcome', 'true'],
            ['skipReleaseNotes', 'true'],
          ];
          return `${origin}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
        },
        /** Stops the whole process group and removes the throwaway profile and workspace copy. */
        stop() {
          stopped ??= (async () => {
            try {
              process.kill(-child.pid, 'SIGTERM');
            } catch {
              // already gone
            }
            const timedOut = await within(exited.then(() => false), 5000, true);
            try {
              // SIGTERM ends the server, but helpers of the group may linger: end them all.
              process.kill(-child.pid, 'SIGKILL');
            } catch {
              // the group is empty
            }
            if (timedOut) await within(exited, 2000);
            live.delete(child.pid);
            if (!process.env.STATUS_LENS_KEEP_TMP) scratch.remove();
          })();
          return stopped;
        },
      };
      return server;
    }

    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {
      // already gone
    }
    live.delete(child.pid);
    lastError = readFileSync(logFile, 'utf8').split('\n').slice(-15).join('\n');
    if (!/EADDRINUSE/.test(lastError)) break;
  }
  scratch.remove();
  throw new SetupError(`code-server did not start:\n${lastError}`);
}
