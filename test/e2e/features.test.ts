// What a person sees: the real workbench in a real browser, driven with mouse and keyboard.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { Workbench } from './workbench';

describe('hover, completion and look-up in the browser', function () {
  let wb: Workbench;

  before(async function () {
    wb = await Workbench.open();
    await wb.openFile('javascript/express-server.js');
  });
  after(async () => wb?.close());

  it('hovering 404 in an Express handler shows the card with its name, headers note and links', async () => {
    const text = await wb.hoverOver('res.status(404)', /404 Not Found/, { offset: 12 });
    assert.match(text, /4xx Client Error/);
    assert.match(text, /specification ties no response header field|Response headers/);
    assert.match(text, /RFC 9110 §15\.5\.5/);
    // Here the extension runs in the Node extension host (the control for the web worker pass below).
    assert.match(wb.nodeExtensionHostLog(), /_doActivateExtension status-lens\.http-status-lens/);
    await wb.screenshot('hover-404');
    await wb.dismissHover();
  });

  it('hovering 429 lists the Retry-After header with its keyword', async () => {
    const text = await wb.hoverOver('sendStatus(429)', /429 Too Many Requests/, { offset: 12 });
    assert.match(text, /Response headers/);
    assert.match(text, /Retry-After\s*MAY/);
    await wb.screenshot('hover');
    await wb.dismissHover();
  });

  it('hovering the port 8080 shows no card of ours (while 404 on the line above shows one)', async () => {
    // The control: the card does open in this editor right now, so its absence below is the extension's answer.
    await wb.hoverOver('res.status(404)', /404 Not Found/, { offset: 12 });
    await wb.dismissHover();
    await wb.hoverOver('PORT || 8080', /.*/, { offset: 10, timeoutMs: 4_000 }).catch(() => '');
    await new Promise((r) => setTimeout(r, 1500));
    assert.strictEqual(await wb.hoverWidget(/Client Error|Server Error|Successful|Look up/).count(), 0);
    await wb.dismissHover();
  });

  it('the look-up opens on the code under the cursor', async () => {
    await wb.placeCursorAfter('res.status(42');
    await wb.runCommand('HTTP Status: Look Up Status Code...');
    const input = wb.page.locator('.quick-input-widget input');
    await wb.page.locator('.quick-input-list .monaco-list-row', { hasText: '422' }).first().waitFor({ timeout: 10_000 });
    assert.strictEqual(await input.inputValue(), '422');
    assert.match((await wb.quickPickItems())[0], /^422 Unprocessable Content/);
    await wb.page.keyboard.press('Escape');
  });

  it('Ctrl+Space after res.status( lists 404 Not Found, and choosing it inserts 404', async () => {
    await wb.placeCursorAfter("app.use(express.json({ limit: '100kb' }));");
    await wb.page.keyboard.press('End');
    await wb.page.keyboard.press('Enter');
    await wb.type('const e2e = res.status(');
    const labels = await wb.triggerSuggest({ expected: /404 Not Found/ });
    assert.ok(labels.some((l) => /404 Not Found/.test(l)), labels.slice(0, 5).join(' | '));
    assert.match(labels[0], /200 OK/);
    await wb.screenshot('completion');
    await wb.type('notfound');
    await wb.page.locator('.suggest-widget.visible .monaco-list-row.focused', { hasText: '404 Not Found' }).waitFor({ timeout: 10_000 });
    await wb.page.keyboard.press('Enter');
    await wb.untilEditorText(/const e2e = res\.status\(404\)/);
  });

  it('the look-up finds "teapot" as 418 first, and Enter inserts it', async () => {
    await wb.page.keyboard.press('End');
    await wb.page.keyboard.press('Enter');
    await wb.type('const teapot = ');
    await wb.runCommand('HTTP Status: Look Up Status Code...');
    const input = wb.page.locator('.quick-input-widget input');
    await input.fill('teapot');
    await wb.page.locator('.quick-input-list .monaco-list-row', { hasText: '418' }).first().waitFor({ timeout: 10_000 });
    const items = await wb.quickPickItems();
    assert.match(items[0], /^418 /, items.slice(0, 3).join(' | '));
    await wb.screenshot('lookup');
    await wb.page.keyboard.press('Enter');
    await wb.untilEditorText(/const teapot = 418/);
    // The lines typed above are undone, so that later tests find the file as it is on disk.
    await wb.runCommand('File: Revert File');
    await wb.untilEditorText(/^(?![\s\S]*const teapot = 418)/);
  });

  it('the look-up answers words only the memory of example searches knows: "coupon already redeemed" is 409 first', async () => {
    // The catalogue's words alone put 208 first; the memory is read in slices after the look-up first opens, and
    // what was typed meanwhile is searched again once it is read.
    await wb.runCommand('HTTP Status: Look Up Status Code...');
    const input = wb.page.locator('.quick-input-widget input');
    await input.fill('coupon already redeemed');
    let items = await wb.quickPickItems();
    for (const until = Date.now() + 15_000; !/^409 /.test(items[0] ?? '') && Date.now() < until; items = await wb.quickPickItems()) await new Promise((r) => setTimeout(r, 250));
    assert.match(items[0], /^409 /, items.slice(0, 3).join(' | '));
    await wb.page.keyboard.press('Escape');
  });

  it('hovering width: 404px in CSS shows no card of ours (while 404 in the handler shows one)', async () => {
    await wb.openFile('javascript/express-server.js');
    await wb.hoverOver('res.status(404)', /404 Not Found/, { offset: 12 });
    await wb.dismissHover();
    await wb.openFile('css/styles.css');
    await wb.hoverOver('max-width: 404px', /.*/, { offset: 12, timeoutMs: 4_000 }).catch(() => '');
    await new Promise((r) => setTimeout(r, 1500));
    assert.strictEqual(await wb.hoverWidget(/Client Error|Look up/).count(), 0);
  });
});

describe('the web extension in the browser\'s web worker host (as on vscode.dev)', function () {
  let wb: Workbench;
  const ACTIVATED = /_doActivateExtension status-lens\.http-status-lens/;

  before(async function () {
    // Run as a web extension only: the workbench starts it in its web worker extension host, as vscode.dev does.
    wb = await Workbench.open({ settings: { 'remote.extensionKind': { 'status-lens.http-status-lens': ['web'] } } });
    await wb.openFile('javascript/express-server.js');
  });
  after(async () => wb?.close());

  it('hovering 404 shows the card, and the Node extension host never activated the extension', async () => {
    const text = await wb.hoverOver('res.status(404)', /404 Not Found/, { offset: 12 });
    assert.match(text, /4xx Client Error/);
    await wb.dismissHover();
    // The server's own extension host did start (it logs other extensions), but never ran ours.
    const log = wb.nodeExtensionHostLog();
    assert.match(log, /ExtensionService#_doActivateExtension/);
    assert.doesNotMatch(log, ACTIVATED);
  });

  it('completion after res.status( lists 404 Not Found', async () => {
    await wb.placeCursorAfter("app.use(express.json({ limit: '100kb' }));");
    await wb.page.keyboard.press('End');
    await wb.page.keyboard.press('Enter');
    await wb.type('const w = res.status(');
    const labels = await wb.triggerSuggest({ expected: /404 Not Found/ });
    assert.match(labels[0], /200 OK/);
    await wb.page.keyboard.press('Escape');
    await wb.runCommand('File: Revert File');
  });

  it('the look-up finds "teapot" as 418 first, and Show Details opens its page', async () => {
    await wb.runCommand('HTTP Status: Look Up Status Code...');
    await wb.page.locator('.quick-input-widget input').fill('teapot');
    await wb.page.locator('.quick-input-list .monaco-list-row', { hasText: '418' }).first().waitFor({ timeout: 10_000 });
    assert.match((await wb.quickPickItems())[0], /^418 /);
    // The memory of example searches is read in the web worker too (the catalogue's words alone put 208 first).
    await wb.page.locator('.quick-input-widget input').fill('coupon already redeemed');
    let items = await wb.quickPickItems();
    for (const until = Date.now() + 15_000; !/^409 /.test(items[0] ?? '') && Date.now() < until; items = await wb.quickPickItems()) await new Promise((r) => setTimeout(r, 250));
    assert.match(items[0], /^409 /, items.slice(0, 3).join(' | '));
    await wb.page.keyboard.press('Escape');
    await wb.runCommand('HTTP Status: Show Details');
    await wb.page.locator('.quick-input-widget input').fill('429');
    await wb.page.locator('.quick-input-list .monaco-list-row', { hasText: '429' }).first().waitFor({ timeout: 10_000 });
    await wb.page.keyboard.press('Enter');
    // The details page, rendered by the Markdown preview: the card, then each family's constant.
    const page = await wb.untilFrameText(/429 Too Many Requests/);
    assert.match(page, /Retry-After/);
    assert.match(page, /http\.StatusTooManyRequests/);
    await wb.screenshot('web-worker-details');
    assert.doesNotMatch(wb.nodeExtensionHostLog(), ACTIVATED);
  });
});

describe('the card in Chinese', function () {
  let wb: Workbench;

  before(async function () {
    wb = await Workbench.open({ locale: 'zh-cn' });
    await wb.openFile('javascript/express-server.js');
  });
  after(async () => wb?.close());

  it('with the display language zh-cn, the card is in Chinese', async () => {
    const text = await wb.hoverOver('res.status(404)', /未找到/, { offset: 12 });
    assert.match(text, /4xx 客户端错误/);
    assert.match(text, /查询…/);
    await wb.screenshot('hover-zh-cn');
  });
});

describe('inline names, the constant quick fix and header hints', function () {
  let wb: Workbench;

  before(async function () {
    wb = await Workbench.open({ settings: { 'statusLens.inlayHints.enabled': true, 'statusLens.headerHints.enabled': true } });
    await wb.openFile('go/main.go');
  });
  after(async () => wb?.close());

  it('shows the name after a status number and a hint where Allow is missing', async () => {
    await wb.page.locator('.view-lines', { hasText: 'Method Not Allowed' }).first().waitFor({ timeout: 20_000 });
    // Go indents with tabs: the keyboard puts the cursor on the exact character.
    // Wait for the hint itself, not only for the card (which mentions Allow on its own).
    const text = await wb.hoverAtCursor('WriteHeader(405)', /405: the response MUST carry the Allow header field/, { offset: 13 });
    assert.match(text, /405: the response MUST carry the Allow header field/);
    // The card joins the problem in the same hover once the providers have answered.
    await wb.hoverWidget(/405 Method Not Allowed/).waitFor({ state: 'visible', timeout: 10_000 });
    await wb.screenshot('header-hint');
    await wb.dismissHover();
  });

  it('offers "Replace 405 with http.StatusMethodNotAllowed" as a quick fix', async () => {
    await wb.goToLine(23, 17);
    await wb.chooseQuickFix('Replace 405 with http.StatusMethodNotAllowed', 'quick-fix');
    await wb.untilEditorText(/w\.WriteHeader\(http\.StatusMethodNotAllowed\)/);
  });

  it('sets the missing Allow header through its quick fix, above the status, in the handler\'s idiom', async () => {
    await wb.goToLine(23, 17);
    await wb.chooseQuickFix('Set the Allow header', 'allow-fix');
    // The editor's text shows Go's tabs as spaces: the indentation is matched, not spelled.
    await wb.untilEditorText(/\n(\s+)w\.Header\(\)\.Set\("Allow", "POST"\)\n\1w\.WriteHeader\(http\.StatusMethodNotAllowed\)/);
  });
});

describe('completing a family\'s members in the browser', function () {
  let wb: Workbench;

  before(async function () {
    wb = await Workbench.open();
  });
  after(async () => wb?.close());

  /** Types `text` on a new line under `anchor`, then filters the suggestions with `filter` and picks the focused one. */
  async function pick(file: string, anchor: string, text: string, filter: string, expected: RegExp, listShot?: string): Promise<string> {
    await wb.openFile(file);
    await wb.placeCursorAfter(anchor);
    await wb.page.keyboard.press('End');
    await wb.page.keyboard.press('Enter');
    await wb.type(text);
    // The members come labelled with their code and phrase: `NOT_FOUND  404 Not Found`.
    await wb.triggerSuggest({ expected: /404 Not Found/ });
    if (listShot) await wb.screenshot(listShot);
    await wb.type(filter);
    await wb.page.locator('.suggest-widget.visible .monaco-list-row.focused', { hasText: expected }).waitFor({ timeout: 10_000 });
    await wb.page.keyboard.press('Enter');
    return wb.editorText();
  }

  it('Java: HttpStatus. then "teapot" inserts HttpStatus.I_AM_A_TEAPOT', async () => {
    const deadline = Date.now() + 10_000;
    let text = await pick('java/OrderController.java', 'private final OrderService orders;', 'HttpStatus s = HttpStatus.', 'teapot', /I_AM_A_TEAPOT/, 'completion-members-list');
    while (!/HttpStatus s = HttpStatus\.I_AM_A_TEAPOT/.test(text)) {
      if (Date.now() > deadline) throw new Error(text.slice(0, 600));
      await new Promise((r) => setTimeout(r, 200));
      text = await wb.editorText();
    }
    await wb.screenshot('completion-members-java');
  });

  it('Go: http.Status then "404" inserts http.StatusNotFound', async () => {
    const deadline = Date.now() + 10_000;
    let text = await pick('go/main.go', 'func main() {', 'code := http.Status', '404', /StatusNotFound/);
    while (!/code := http\.StatusNotFound/.test(text)) {
      if (Date.now() > deadline) throw new Error(text.slice(0, 600));
      await new Promise((r) => setTimeout(r, 200));
      text = await wb.editorText();
    }
  });
});

describe('a card that fits: the first screen of each class\'s card on a 1366x768 window', function () {
  let wb: Workbench;

  before(async function () {
    wb = await Workbench.open({ viewport: { width: 1366, height: 768 } });
    await wb.openFile('http/status-lines.http');
  });
  after(async () => wb?.close());

  const cards: Array<[string, RegExp]> = [
    ['1.1 103', /103 Early Hints/],
    ['1.1 204', /204 No Content/],
    ['1.1 308', /308 Permanent Redirect/],
    ['1.1 405', /405 Method Not Allowed/],
    ['1.1 503', /503 Service Unavailable/],
  ];
  for (const [needle, title] of cards) {
    it(`${needle.slice(4)}: name, summary, facts, headers and links are all on the first screen`, async () => {
      await wb.hoverOver(needle, title, { offset: 5 });
      const widget = wb.hoverWidget(title);
      const box = await widget.boundingBox();
      assert.ok(box, 'the card is visible');
      // The links line closes the first part of the card: it must be inside the card's visible box, unscrolled.
      const link = widget.locator('a', { hasText: /RFC|MDN|Look up|draft/ }).first();
      const linkBox = await link.boundingBox();
      assert.ok(linkBox, 'the links line is rendered');
      assert.ok(linkBox.y + linkBox.height <= box.y + box.height + 1, `links at ${Math.round(linkBox.y + linkBox.height)}, card ends at ${Math.round(box.y + box.height)}`);
      const scrolled = await widget.evaluate((el) => (el.querySelector('.monaco-scrollable-element .monaco-hover-content, .hover-contents')?.closest('.monaco-scrollable-element') as HTMLElement | null)?.scrollTop ?? 0);
      assert.equal(scrolled, 0, 'nothing scrolled to get there');
      assert.ok(box.height <= 768 * 0.75, `the card is ${Math.round(box.height)} px tall`);
      const text = await widget.innerText();
      assert.match(text, /Cacheable|Cached only|Caches must not|Retry/, 'the facts line');
      await wb.screenshot(`card-${needle.slice(4)}`);
      await wb.dismissHover();
    });
  }
});

describe('content with a status that allows none, and statuses in the terminal', function () {
  let wb: Workbench;

  before(async function () {
    wb = await Workbench.open({ settings: {
      'statusLens.headerHints.enabled': true,
      // The DOM renderer draws the terminal's rows as text the test can find.
      'terminal.integrated.gpuAcceleration': 'off',
      // What is typed is what the file holds: no closing bracket or quote added on the way.
      'editor.autoClosingBrackets': 'never',
      'editor.autoClosingQuotes': 'never',
    } });
    await wb.openFile('javascript/express-server.js');
  });
  after(async () => wb?.close());

  it('hints a 204 sent with a body and sends no content through its quick fix', async () => {
    const lines = (await wb.editorText()).split('\n').length;
    await wb.goToLine(lines);
    await wb.page.keyboard.press('End');
    await wb.page.keyboard.press('Enter');
    const typed = "app.put('/drafts/:id', (req, res) => res.status(204).json({ saved: true }));";
    await wb.type(typed);
    // The line typed is not on disk: the cursor goes to its 204 by line and column.
    await wb.goToLine(lines + 1, typed.indexOf('status(204)') + 8);
    const problem = wb.hoverWidget(/A 204 response carries no content/);
    for (const deadline = Date.now() + 30_000; ;) {
      // A hover already open takes the keys as "focus the hover": close it first, and let the hint arrive.
      await wb.page.keyboard.press('Escape');
      await new Promise((r) => setTimeout(r, 1_000));
      await wb.page.keyboard.press('Control+K');
      await wb.page.keyboard.press('Control+I');
      try {
        await problem.waitFor({ state: 'visible', timeout: 3_000 });
        break;
      } catch {
        if (Date.now() > deadline) throw new Error('no hint on the 204 sent with a body');
      }
    }
    const text = await problem.innerText();
    assert.match(text, /RFC 9110 §15\.3\.5/);
    await wb.dismissHover();
    await wb.chooseQuickFix('Send no content', 'no-content-fix');
    await wb.untilEditorText(/=> res\.status\(204\)\.end\(\)\);/);
  });

  it('renames a former name where the locked Rack has the current one, hint and quick fix', async () => {
    // The workspace is a throwaway copy: a lock file naming Rack 3.1, as a Rails app's would.
    fs.writeFileSync(path.join(wb.workspace, 'Gemfile.lock'), 'GEM\n  remote: https://rubygems.org/\n  specs:\n    rack (3.1.8)\n    rails (8.0.1)\n');
    await wb.openFile('ruby/sessions_controller.rb');
    const text = await wb.hoverAtCursor(':unprocessable_entity', /unprocessable_entity is a former name for 422/, { offset: 3 });
    assert.match(text, /writes it unprocessable_content/);
    await wb.dismissHover();
    await wb.chooseQuickFix('Rename to unprocessable_content', 'former-name-fix');
    await wb.untilEditorText(/render json: current_user\.errors, status: :unprocessable_content/);
  });

  it('links the status of a status line printed in the terminal, with its meaning as the tooltip', async () => {
    await wb.runCommand('Terminal: Create New Terminal');
    const rows = wb.page.locator('.terminal-wrapper.active .xterm-rows');
    await rows.waitFor({ state: 'visible', timeout: 20_000 });
    const input = wb.page.locator('.terminal-wrapper.active .xterm-helper-textarea');
    await input.focus();
    // A short prompt, and a clear screen: the screenshot shows no path of this machine.
    await wb.page.keyboard.type("export PS1='$ '; clear", { delay: 10 });
    await wb.page.keyboard.press('Enter');
    await wb.page.keyboard.type("printf 'HTTP/1.1 429 Too Many Requests\\r\\nContent-Length: 512\\r\\n'", { delay: 10 });
    await wb.page.keyboard.press('Enter');
    // The printed line (not the command line, which holds the same text in quotes).
    const line = rows.locator(':scope > div', { hasText: /^HTTP\/1\.1 429 Too Many Requests\s*$/ }).first();
    await line.waitFor({ state: 'visible', timeout: 20_000 });
    // The terminal writes the tooltip with non-breaking spaces: \s matches both.
    const hover = wb.page.locator('.workbench-hover, .monaco-hover', { hasText: /429\sToo\sMany\sRequests:\sThis\sclient\shas\smade\smore\srequests/ }).first();
    for (const deadline = Date.now() + 40_000; ;) {
      // The row spans the terminal's width; its first span holds the text, one cell per character. Measured
      // each time: the panel may still be settling.
      const span = line.locator('span').first();
      const box = await span.boundingBox();
      // The terminal may redraw the row between finding it and measuring it (the span is then gone): measure
      // again.
      if (!box) {
        if (Date.now() > deadline) throw new Error('the status line was never laid out');
        await wb.page.waitForTimeout(250);
        continue;
      }
      const cell = box.width / (await span.innerText()).length;
      // The pointer comes onto the middle of "429" (characters 9 to 11) from the left, as a hand would.
      const y = box.y + box.height / 2;
      await wb.page.mouse.move(box.x + cell * 2, y);
      await wb.page.mouse.move(box.x + cell * 10.5, y, { steps: 6 });
      try {
        await hover.waitFor({ state: 'visible', timeout: 10_000 });
        break;
      } catch {
        if (Date.now() > deadline) {
          await wb.screenshot('terminal-link-failed');
          throw new Error('no tooltip on the terminal link');
        }
      }
    }
    await wb.screenshot('terminal-link');
    assert.match(await hover.innerText(), /429\sToo\sMany\sRequests:\sThis\sclient\shas\smade\smore\srequests/);
  });
});
