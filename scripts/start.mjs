// `npm start`: build, then open demo/ in a real VS Code with the extension under development.
//   - desktop VS Code when a `code` command is on PATH: `code --extensionDevelopmentPath=<repo> demo`;
//   - otherwise code-server (installed into .vscode-test/ on first use) on 127.0.0.1, with the URL to
//     open printed; it runs until Ctrl+C, which stops its whole process group.
// STATUS_LENS_HOST=code-server uses code-server even where `code` exists; STATUS_LENS_LOCALE=zh-cn
// shows it in Chinese (the extension's texts; VS Code's own stay English without a language pack).
// Rebuild with `npm run watch` in another terminal and reload the window (F1, "Reload Window").
import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import { repoRoot, startCodeServer, SetupError } from './lib/code-server.mjs';

const demo = path.join(repoRoot, 'demo');
// The file the editor opens first, so that a new user sees where to hover; demo/README.md lists the others.
const FIRST_FILE = 'javascript/express-server.js';
const locale = process.env.STATUS_LENS_LOCALE || undefined;

console.log('Building the extension (dist/)...');
const build = spawnSync(process.execPath, ['esbuild.mjs'], { cwd: repoRoot, stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

const hasCode = spawnSync('sh', ['-c', 'command -v code'], { stdio: 'ignore' }).status === 0;
if (hasCode && process.env.STATUS_LENS_HOST !== 'code-server') {
  const args = [`--extensionDevelopmentPath=${repoRoot}`, ...(locale ? ['--locale', locale] : []), demo, path.join(demo, 'README.md'), path.join(demo, FIRST_FILE)];
  console.log(`code ${args.join(' ')}`);
  const child = spawn('code', args, { stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
} else {
  let server;
  try {
    // The real demo/ folder, not a copy: edits made in the browser are saved there, as on the desktop.
    server = await startCodeServer({ folder: demo, copy: false, locale });
  } catch (err) {
    console.error(err instanceof SetupError ? err.message : err);
    process.exit(1);
  }
  console.log(`\ncode-server is serving demo/ with HTTP Status Lens loaded from ${repoRoot}.`);
  console.log(`Open this URL in a browser on this machine:\n\n  ${server.workbenchUrl({ openFile: FIRST_FILE })}\n`);
  console.log(`It opens demo/${FIRST_FILE}: hover a status such as the 404 in res.status(404).`);
  console.log('demo/README.md (in the Explorer) says what to try in each of the other demo files.');
  console.log('Press Ctrl+C to stop.');
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    console.log('\nStopping code-server...');
    await server.stop();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
