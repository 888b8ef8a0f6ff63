// Entry point of the integration tier inside a real extension host. The same module serves both hosts:
// @vscode/test-electron (desktop VS Code) and code-server (scripts/run-integration.mjs) load it as the
// extensionTestsPath and call run(); a rejected promise makes the host exit with a failure.
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import Mocha = require('mocha');
import TierReporter = require('../support/reporter');

function testFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return testFiles(full);
    return entry.name.endsWith('.test.js') ? [full] : [];
  });
}

/** Runs every out/test/integration/**\/*.test.js with the tier reporter. */
export function run(): Promise<void> {
  const mocha = new Mocha({
    ui: 'bdd',
    reporter: TierReporter,
    reporterOptions: { tier: 'integration' },
    // The first answers of a fresh workbench (language servers starting) can take several seconds.
    timeout: 30_000,
    // Output is relayed as plain text (code-server host) or piped (electron host).
    color: false,
  });
  for (const file of testFiles(__dirname).sort()) mocha.addFile(file);
  // The code-server runner starts relaying the host's output at this line (see run-integration.mjs).
  console.log(
    `Running the integration suite in VS Code ${vscode.version} (${vscode.env.appName}), language ${vscode.env.language}` +
      (vscode.workspace.isTrusted ? '' : ', Restricted Mode'),
  );

  return new Promise((resolve, reject) => {
    try {
      const runner = mocha.run((failures) => {
        // The runner script prints the tier's closing line from this file, so that it is the
        // last line on the terminal whatever the host prints after the suite.
        const resultsFile = process.env.STATUS_LENS_RESULTS;
        if (resultsFile) {
          const { passes, failures: failed, pending } = runner.stats ?? { passes: 0, failures: failures, pending: 0 };
          fs.writeFileSync(resultsFile, JSON.stringify({ passed: passes, failed, pending }));
        }
        if (failures > 0) reject(new Error(`${failures} integration test(s) failed.`));
        else resolve();
      });
    } catch (err) {
      reject(err);
    }
  });
}
