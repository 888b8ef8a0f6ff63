// Completion in a real VS Code: through vscode.executeCompletionItemProvider.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { openFixture, positionOf, resetSettings, setSetting } from './helpers';

interface Found { label: string; insert: string }

/** Our items (labelled "404 Not Found" and the like) at the end of the first `needle`. */
async function ours(file: string, needle: string): Promise<Found[]> {
  const doc = await openFixture(file);
  // The last occurrence: the fixtures end with the open slots.
  const pos = doc.positionAt(doc.getText().lastIndexOf(needle) + needle.length);
  const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', doc.uri, pos);
  return (list?.items ?? [])
    .map((i) => ({ label: typeof i.label === 'string' ? i.label : i.label.label, insert: typeof i.insertText === 'string' ? i.insertText : i.insertText?.value ?? '' }))
    .filter((i) => /^[1-5]\d\d [A-Z(]/.test(i.label));
}

describe('completion', function () {
  this.timeout(30_000);
  afterEach(resetSettings);

  const slots: Array<[string, string, string]> = [
    ['express.js', 'res.status(', '404'],
    ['status_views.py', 'return Response(status=', 'status.HTTP_404_NOT_FOUND'],
    ['OrderController.java', 'ResponseEntity.status(', 'HttpStatus.NOT_FOUND'],
    ['users_controller.rb', 'render json: @user.errors, status: ', ':not_found'],
    ['client.ts', 'if (res.status === ', 'HttpStatusCode.NotFound'],
    ['main.go', 'w.WriteHeader(', 'http.StatusNotFound'],
    ['UsersController.cs', 'return StatusCode(', 'StatusCodes.Status404NotFound'],
  ];
  for (const [file, needle, insert] of slots) {
    it(`offers "404 Not Found" after ${needle} in ${file}, inserting ${insert}`, async () => {
      const items = await ours(file, needle);
      const item = items.find((i) => i.label === '404 Not Found');
      assert.ok(item, `labels: ${items.slice(0, 5).map((i) => i.label).join(', ')}`);
      assert.strictEqual(item.insert, insert);
      assert.strictEqual(items[0].label, '200 OK', 'common codes first');
    });
  }

  const noSlots: Array<[string, string]> = [
    ['express.js', 'app.listen('],
    ['express.js', 'const PORT = '],
    ['app.py', 'app.run(port='],
    ['styles.css', 'width: '],
    ['status_views.py', 'PAGE_SIZE = '],
    ['main.go', 'ReadTimeout: '],
  ];
  for (const [file, needle] of noSlots) {
    it(`offers nothing of ours after ${needle} in ${file}`, async () => {
      assert.deepStrictEqual(await ours(file, needle), []);
    });
  }

  it('inserts numbers with statusLens.completion.insert: number, at once', async () => {
    await setSetting('completion.insert', 'number');
    const item = (await ours('status_views.py', 'return Response(status=')).find((i) => i.label === '404 Not Found');
    assert.strictEqual(item?.insert, '404');
  });

  it('inserts a constant with statusLens.completion.insert: constant even where the file writes none', async () => {
    await setSetting('completion.insert', 'constant');
    const item = (await ours('app.py', 'abort(')).find((i) => i.label === '404 Not Found');
    assert.strictEqual(item?.insert, 'HTTPStatus.NOT_FOUND');
  });

  it('stops with statusLens.completion.enabled: false', async () => {
    await setSetting('completion.enabled', false);
    assert.deepStrictEqual(await ours('express.js', 'res.status('), []);
  });

  it('leaves unofficial codes out with statusLens.unofficialCodes: hide', async () => {
    assert.ok((await ours('express.js', 'res.status(')).some((i) => i.label.startsWith('499 ')));
    await setSetting('unofficialCodes', 'hide');
    assert.ok(!(await ours('express.js', 'res.status(')).some((i) => i.label.startsWith('499 ')));
  });

  it('filters by digits and by words in both languages through filterText', async () => {
    const doc = await openFixture('express.js');
    const pos = doc.positionAt(doc.getText().lastIndexOf('res.status(') + 'res.status('.length);
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', doc.uri, pos);
    const filter = (label: string) => list.items.find((i) => typeof i.label !== 'string' && i.label.label === label)?.filterText ?? '';
    assert.match(filter('404 Not Found'), /^404 .*notfound/);
    assert.match(filter('418 (Unused)'), /teapot/);
    assert.match(filter('409 Conflict'), /conflict/);
    assert.match(filter('429 Too Many Requests'), /限流/);
  });

  it('fills the full card as documentation when an item is resolved', async () => {
    const doc = await openFixture('express.js');
    const pos = positionOf(doc, 'res.status(', 'res.status('.length);
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', doc.uri, pos, undefined, 200);
    const item = list.items.find((i) => typeof i.label !== 'string' && i.label.label === '405 Method Not Allowed');
    assert.ok(item);
    const docs = item.documentation;
    const text = typeof docs === 'string' ? docs : docs?.value ?? '';
    assert.match(text, /`Allow` \*\*MUST\*\*/);
  });
});
