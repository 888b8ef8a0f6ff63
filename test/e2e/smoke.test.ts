// The e2e tier's own smoke test: the workbench loads in a real browser with the extension under
// development, and opening a file of the demo workspace shows its text in the editor.
import * as assert from 'assert';
import { Workbench } from './workbench';

describe('workbench', function () {
  let wb: Workbench | undefined;

  before(async function () {
    wb = await Workbench.open();
  });

  after(async function () {
    await wb?.close();
  });

  it('opens the Express demo file and shows its text', async function () {
    await wb!.openFile('javascript/express-server.js');
    const text = await wb!.editorText();
    assert.match(text, /res\.status\(404\)/);
    assert.match(text, /app\.listen\(PORT/);
    const shot = await wb!.screenshot('smoke-express-server');
    console.log(`      screenshot: ${shot}`);
  });
});
