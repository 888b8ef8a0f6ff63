// A real Chromium driven by playwright-core (never `playwright`, whose install downloads a browser
// build). The browser is the system's: Debian's `chromium` package.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { SetupError } from './code-server.mjs';

const require = createRequire(import.meta.url);

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome-stable', '/usr/bin/google-chrome'];

// The flags a headless Chromium needs on a CI machine without a sandbox, GPU or network.
const FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

/** Path of the Chromium to drive: $STATUS_LENS_CHROMIUM, else the first system one found. */
export function findChromium() {
  const fromEnv = process.env.STATUS_LENS_CHROMIUM;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new SetupError(`STATUS_LENS_CHROMIUM=${fromEnv} does not exist.`);
    return fromEnv;
  }
  const found = CANDIDATES.find((p) => existsSync(p));
  if (!found) throw new SetupError('No Chromium found; install it with: apt-get install -y chromium');
  return found;
}

function loadPlaywright() {
  try {
    return require('playwright-core');
  } catch {
    throw new SetupError('playwright-core is not installed; run `npm ci` (it is a devDependency).');
  }
}

/** Throws SetupError when the browser or its driver is missing. */
export function checkBrowser() {
  findChromium();
  loadPlaywright();
}

/**
 * Launches headless Chromium.
 * @param {object} [options]
 * @param {Record<string, string>} [options.env] environment (give it a throwaway HOME etc.)
 * @returns {Promise<import('playwright-core').Browser>}
 */
export async function launchChromium({ env = {} } = {}) {
  const { chromium } = loadPlaywright();
  return chromium.launch({
    executablePath: findChromium(),
    headless: true,
    args: FLAGS,
    env: { ...process.env, ...env },
    timeout: 60_000,
  });
}
