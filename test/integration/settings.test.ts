// Settings that cannot break the extension: each invalid value is reported once, naming the setting and
// the default used, and the rest keeps working.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { checkLanguageIds, readSettings, settingWarnings } from '../../src/features/settings';
import { hoverTexts, openFixture, positionOf, resetSettings, setSetting, waitFor } from './helpers';

describe('settings', function () {
  this.timeout(30_000);
  afterEach(resetSettings);

  it('a wrong type or an unknown enum value is reported once and its default used', async () => {
    await setSetting('completion.insert', 'sometimes');
    await setSetting('hover.enabled', 3);
    await setSetting('languages', ['python', 42, 'go lang']);
    const s = readSettings();
    readSettings();
    assert.strictEqual(s.completionInsert, 'auto');
    assert.strictEqual(s.hoverEnabled, true);
    assert.deepStrictEqual(s.languages, ['python']);
    const warnings = settingWarnings();
    assert.strictEqual(warnings.filter((w) => w.includes('"statusLens.completion.insert"')).length, 1);
    assert.ok(warnings.some((w) => /"statusLens\.completion\.insert" has an invalid value \("sometimes"\); using "auto"/.test(w)));
    assert.ok(warnings.some((w) => /"statusLens\.hover\.enabled" has an invalid value \(3\); using true/.test(w)));
    assert.ok(warnings.some((w) => /"statusLens\.languages" has an invalid value/.test(w)));
  });

  it('an unknown language id is reported once and kept', async () => {
    await checkLanguageIds(['python', 'pyhton']);
    await checkLanguageIds(['pyhton']);
    const about = settingWarnings().filter((w) => w.includes('"pyhton"'));
    assert.strictEqual(about.length, 1);
    assert.match(about[0], /not a language VS Code knows/);
  });

  it('a per-language value turns the hover off in Python only, and JavaScript keeps its card', async () => {
    const py = await openFixture('app.py');
    const js = await openFixture('express.js');
    const card = async (doc: vscode.TextDocument, needle: string, offset: number) =>
      (await hoverTexts(doc, positionOf(doc, needle, offset))).some((t) => /\*\*404 Not Found\*\*/.test(t));
    assert.ok(await card(py, 'abort(404)', 7), 'the Python card opens before the override');
    const config = vscode.workspace.getConfiguration('statusLens', { languageId: 'python' });
    await config.update('hover.enabled', false, vscode.ConfigurationTarget.Global, true);
    try {
      await waitFor('no Python card', async () => !(await card(py, 'abort(404)', 7)));
      assert.ok(await card(js, 'status(404)', 8), 'the JavaScript card still opens');
    } finally {
      await config.update('hover.enabled', undefined, vscode.ConfigurationTarget.Global, true);
    }
  });

  it('after fixing a value the setting works again without a reload', async () => {
    await setSetting('completion.insert', 'sometimes');
    assert.strictEqual(readSettings().completionInsert, 'auto');
    await setSetting('completion.insert', 'number');
    assert.strictEqual(readSettings().completionInsert, 'number');
    assert.ok(vscode.workspace.getConfiguration('statusLens').get('completion.insert') === 'number');
  });
});
