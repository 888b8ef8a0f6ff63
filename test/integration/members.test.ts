// Completion after a constant family's qualifier, in a real VS Code: the family's members, labelled with
// their code and phrase, beside whatever the language's own server offers.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { openFixture } from './helpers';

interface Member { label: string; detail: string; insert: string; tags: readonly vscode.CompletionItemTag[] }

/** Appends `line` to the file, asks for completion at its end, and returns every item (ours and others'). */
async function itemsAfter(file: string, line: string): Promise<{ ours: Member[]; others: Member[] }> {
  const doc = await openFixture(file);
  const editor = vscode.window.activeTextEditor!;
  await editor.edit((b) => b.insert(new vscode.Position(doc.lineCount, 0), `\n${line}`));
  const pos = new vscode.Position(doc.lineCount - 1, line.length);
  const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', doc.uri, pos);
  const all = (list?.items ?? []).map((i) => ({
    label: typeof i.label === 'string' ? i.label : i.label.label,
    detail: typeof i.label === 'string' ? '' : i.label.detail ?? '',
    insert: typeof i.insertText === 'string' ? i.insertText : i.insertText?.value ?? (typeof i.label === 'string' ? i.label : i.label.label),
    tags: i.tags ?? [],
  }));
  // Ours carry the code and the phrase: beside a member's name (`NOT_FOUND  404 Not Found`), or as the
  // label itself where the inserted text is a symbol (`404 Not Found`, inserting `:not_found`).
  const ours = all.filter((i) => /^\s+[1-5]\d\d /.test(i.detail) || /^[1-5]\d\d /.test(i.label));
  return { ours, others: all.filter((i) => !ours.includes(i)) };
}

describe('completion of a family\'s members after its qualifier', function () {
  this.timeout(60_000);
  // Each test appends a line to its fixture: undone here, pass or fail.
  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  const families: Array<[string, string, string, string]> = [
    ['OrderController.java', '        var s = HttpStatus.', 'NOT_FOUND', 'Spring HttpStatus'],
    ['main.go', '\tcode := http.Status', 'StatusNotFound', 'Go net/http'],
    ['status_views.py', 'EXPECTED = status.', 'HTTP_404_NOT_FOUND', 'Django REST framework'],
    ['app.py', 'EXPECTED = HTTPStatus.', 'NOT_FOUND', 'Python HTTPStatus'],
    ['UsersController.cs', '        var s = StatusCodes.', 'Status404NotFound', 'ASP.NET Core StatusCodes'],
    ['client.ts', 'const s = HttpStatusCode.', 'NotFound', 'Angular HttpStatusCode'],
    ['invoices.php', '$s = Response::', 'HTTP_NOT_FOUND', 'Symfony Response'],
    ['users_controller.rb', '    head :', 'not_found', 'Rack symbols'],
  ];
  for (const [file, line, member, family] of families) {
    it(`${family}: ${line.trim()} lists ${member} as "404 Not Found", filterable by number and name`, async () => {
      const { ours } = await itemsAfter(file, line);
      const item = ours.find((i) => i.label === member || i.insert === `:${member}`);
      assert.ok(item, `our members: ${ours.slice(0, 6).map((i) => `${i.label} (${i.insert})`).join(', ')}`);
      assert.match(`${item.label} ${item.detail}`, /404 Not Found/);
      assert.ok(ours.length >= 20, `${ours.length} members`);
      assert.ok(item.insert.endsWith(member), item.insert);
    });
  }

  it('marks a former name deprecated and names its successor (Spring PAYLOAD_TOO_LARGE)', async () => {
    const { ours } = await itemsAfter('OrderController.java', '        var s = HttpStatus.');
    const former = ours.find((i) => i.label === 'PAYLOAD_TOO_LARGE');
    assert.ok(former, 'the former name is listed');
    assert.ok(former.tags.includes(vscode.CompletionItemTag.Deprecated));
    assert.match(former.detail, /413 Content Too Large/);
  });

  it('beside the TypeScript server\'s own members of http-status-codes, ours stand apart by their code and phrase', async () => {
    // The TypeScript server needs a moment for the project; ask until its members arrive.
    let result = await itemsAfter('orders.ts', 'const s = StatusCodes.');
    for (let i = 0; i < 20 && !result.others.some((o) => o.label === 'NOT_FOUND'); i++) {
      await vscode.commands.executeCommand('workbench.action.files.revert');
      await new Promise((r) => setTimeout(r, 1000));
      result = await itemsAfter('orders.ts', 'const s = StatusCodes.');
    }
    const theirs = result.others.find((o) => o.label === 'NOT_FOUND');
    const mine = result.ours.find((o) => o.label === 'NOT_FOUND');
    assert.ok(theirs, `the TypeScript server's items: ${result.others.slice(0, 8).map((o) => o.label).join(', ')}`);
    assert.ok(mine, 'ours');
    assert.match(mine.detail, /404 Not Found/);
    assert.doesNotMatch(theirs.detail, /404 Not Found/);
  });
});
