// Statuses in terminal output as links, in a real VS Code terminal.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { StatusTerminalLinks } from '../../src/features/terminal';
import { resetSettings, setSetting, waitFor } from './helpers';

describe('terminal links', function () {
  this.timeout(30_000);
  let terminal: vscode.Terminal | undefined;
  afterEach(async () => {
    terminal?.dispose();
    await resetSettings();
  });

  /** A real terminal whose output is curl -i's status line and an access-log line. */
  async function curlTerminal(): Promise<vscode.Terminal> {
    const written = new vscode.EventEmitter<string>();
    const t = vscode.window.createTerminal({
      name: 'curl -i',
      pty: { onDidWrite: written.event, open: () => written.fire('HTTP/1.1 429 Too Many Requests\r\nRetry-After: 120\r\n'), close: () => {} },
    });
    t.show();
    await waitFor('the terminal', () => vscode.window.terminals.includes(t));
    return t;
  }

  it('links the status of a status line, with its meaning as the tooltip, and nothing else', async () => {
    terminal = await curlTerminal();
    const links = new StatusTerminalLinks().provideTerminalLinks({ line: 'HTTP/1.1 429 Too Many Requests', terminal });
    assert.deepStrictEqual(links.map((l) => [l.startIndex, l.length, l.code]), [[9, 3, 429]]);
    assert.match(links[0].tooltip ?? '', /^429 Too Many Requests: /);
    assert.deepStrictEqual(new StatusTerminalLinks().provideTerminalLinks({ line: 'Retry-After: 120', terminal }), []);
    const log = new StatusTerminalLinks().provideTerminalLinks({ line: '10.0.0.7 - - [06/Dec/2026:10:01:02 +0000] "GET /items HTTP/1.1" 404 512', terminal });
    assert.deepStrictEqual(log.map((l) => l.code), [404]);
  });

  it('opens Show Details for the code on click, and links nothing when turned off', async () => {
    terminal = await curlTerminal();
    const provider = new StatusTerminalLinks();
    const [link] = provider.provideTerminalLinks({ line: '< HTTP/2 503 ', terminal });
    provider.handleTerminalLink(link);
    const doc = await waitFor('the details document', () => vscode.workspace.textDocuments.find((d) => d.uri.scheme === 'http-status' && d.uri.path === '/503.md'));
    assert.match(doc.getText(), /\*\*503 Service Unavailable\*\*/);
    await setSetting('terminalLinks.enabled', false);
    assert.deepStrictEqual(provider.provideTerminalLinks({ line: 'HTTP/1.1 429 Too Many Requests', terminal }), []);
  });
});
