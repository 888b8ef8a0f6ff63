// A real VS Code workbench (code-server) in a real browser (Chromium via playwright-core), with the
// extension loaded from this repository as an Extension Development Host. E2E tests drive it the way
// a person does: keyboard, mouse, what is visible on screen.
import * as fs from 'fs';
import * as path from 'path';
import type { Browser, Locator, Page } from 'playwright-core';
import type { CodeServer } from '../../scripts/lib/code-server.mjs';

type CodeServerLib = typeof import('../../scripts/lib/code-server.mjs');
type BrowserLib = typeof import('../../scripts/lib/browser.mjs');

/** The repository root (this file runs as out/test/e2e/workbench.js). */
export const repoRoot = path.resolve(__dirname, '..', '..', '..');
export const screenshotDir = path.join(repoRoot, 'test-results', 'screenshots');

// The launcher library is shared with the scripts, which are ES modules; Node >= 20.19 require()s them.
function lib<T>(name: string): Promise<T> {
  return import(path.join(repoRoot, 'scripts', 'lib', name)) as Promise<T>;
}

export interface WorkbenchOptions {
  /** Folder to open, relative to the repository (a throwaway copy is opened). Default: demo. */
  folder?: string;
  /** Display language, e.g. 'zh-cn': vscode.env.language and the extension's texts follow it. */
  locale?: string;
  /** Extra user settings, e.g. { 'statusLens.hover.enabled': false }. */
  settings?: Record<string, unknown>;
  /** Open the folder in Restricted Mode (workspace trust on, folder not trusted). */
  untrusted?: boolean;
  viewport?: { width: number; height: number };
}

export interface HoverOptions {
  /** Which occurrence of the text in the file (0 = first). */
  occurrence?: number;
  /** Characters into the text where the mouse goes (default: its middle). */
  offset?: number;
  timeoutMs?: number;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** One workbench: a code-server process group, a browser and a page. Always close() it. */
export class Workbench {
  /** Messages the page logged (console and page errors): attach them to a failure report. */
  readonly log: string[] = [];
  private currentFile: string | undefined;

  private constructor(
    readonly page: Page,
    private readonly browser: Browser,
    private readonly server: CodeServer,
  ) {}

  /**
   * What the server-side (Node) extension host logged: the remoteexthost.log files under the profile's logs.
   * VS Code writes `ExtensionService#_doActivateExtension <id>` there when it activates an extension in Node.
   */
  nodeExtensionHostLog(): string {
    const logs = path.join(this.server.userDataDir, 'logs');
    const walk = (dir: string): string[] =>
      fs.existsSync(dir) ? fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)])) : [];
    return walk(logs).filter((f) => path.basename(f) === 'remoteexthost.log').map((f) => fs.readFileSync(f, 'utf8')).join('\n');
  }

  /**
   * Waits until some inner frame of the page (a webview, such as the Markdown preview, renders in nested
   * iframes; the workbench itself is left out) shows text matching `expected`, and returns that frame's text.
   */
  async untilFrameText(expected: RegExp, timeoutMs = 20_000): Promise<string> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      for (const frame of this.page.frames()) {
        if (frame === this.page.mainFrame()) continue;
        const text = await frame.evaluate(() => document.body?.innerText ?? '').catch(() => '');
        if (expected.test(text)) return text;
      }
      if (Date.now() > deadline) throw new Error(`No frame shows ${String(expected)} within ${timeoutMs} ms`);
      await new Promise((r) => setTimeout(r, 250));
    }
  }

  /** Starts code-server on a copy of the folder, opens the workbench and waits until it is usable. */
  static async open(options: WorkbenchOptions = {}): Promise<Workbench> {
    const { startCodeServer, makeScratch } = await lib<CodeServerLib>('code-server.mjs');
    const { launchChromium } = await lib<BrowserLib>('browser.mjs');
    const server = await startCodeServer({
      folder: path.join(repoRoot, options.folder ?? 'demo'),
      locale: options.locale,
      settings: options.settings,
      untrusted: options.untrusted,
    });
    const scratch = makeScratch('status-lens-browser-');
    let browser: Browser | undefined;
    try {
      browser = await launchChromium({ env: scratch.env });
      browser.on('disconnected', () => scratch.remove());
      const context = await browser.newContext({
        viewport: options.viewport ?? { width: 1400, height: 900 },
        ...(options.locale ? { locale: options.locale } : {}),
      });
      const page = await context.newPage();
      const wb = new Workbench(page, browser, server);
      page.on('console', (m) => wb.log.push(`[${m.type()}] ${m.text()}`));
      page.on('pageerror', (e) => wb.log.push(`[pageerror] ${e.message}`));
      await page.goto(server.workbenchUrl(), { waitUntil: 'domcontentloaded', timeout: 60_000 });
      await wb.waitUntilReady();
      return wb;
    } catch (err) {
      await browser?.close().catch(() => {});
      scratch.remove();
      await server.stop();
      throw err;
    }
  }

  /** The throwaway copy of the opened folder on disk. */
  get workspace(): string {
    return this.server.workspace;
  }

  private async waitUntilReady(): Promise<void> {
    // The explorer lists the folder once the workbench is restored and connected to the server.
    await this.page.locator('.monaco-workbench').waitFor({ state: 'visible', timeout: 60_000 });
    await this.page.locator('.explorer-folders-view .monaco-list-row').first().waitFor({ state: 'visible', timeout: 60_000 });
  }

  /** Opens a file through Quick Open (Ctrl+P), as a person would; `name` is a path relative to the folder. */
  async openFile(name: string): Promise<void> {
    const base = path.basename(name);
    await this.page.keyboard.press('Control+P');
    const input = this.page.locator('.quick-input-widget input');
    await input.waitFor({ state: 'visible', timeout: 10_000 });
    await input.fill(name);
    await this.page
      .locator('.quick-input-list .monaco-list-row', { hasText: base })
      .first()
      .waitFor({ state: 'visible', timeout: 15_000 });
    await this.page.keyboard.press('Enter');
    await this.page
      .locator('.tabs-container .tab.active', { hasText: base })
      .waitFor({ state: 'visible', timeout: 15_000 });
    await this.editor().locator('.view-lines').waitFor({ state: 'visible', timeout: 15_000 });
    this.currentFile = name;
  }

  /** The active text editor. */
  editor(): Locator {
    return this.page.locator('.editor-group-container.active .monaco-editor[data-uri]').first();
  }

  /** Text of the lines the active editor shows, top to bottom. */
  async editorText(): Promise<string> {
    const lines = await this.editor()
      .locator('.view-lines .view-line')
      .evaluateAll((els) =>
        els
          .map((el) => ({ top: parseFloat((el as HTMLElement).style.top) || 0, text: (el.textContent ?? '').replace(/\u00a0/g, ' ') }))
          .sort((a, b) => a.top - b.top)
          .map((l) => l.text),
      );
    return lines.join('\n');
  }

  /** Moves the cursor to a line with Go to Line (Ctrl+G), which also scrolls it into view. */
  async goToLine(line: number, column?: number): Promise<void> {
    await this.page.keyboard.press('Control+G');
    const input = this.page.locator('.quick-input-widget input');
    await input.waitFor({ state: 'visible', timeout: 10_000 });
    await input.fill(column === undefined ? `:${line}` : `:${line}:${column}`);
    await this.page.keyboard.press('Enter');
    await input.waitFor({ state: 'hidden', timeout: 10_000 });
  }

  /**
   * Scrolls the `occurrence`-th `text` of the current file (as saved on disk) into view and returns
   * where it is: 1-based line, 0-based column.
   */
  private async reveal(text: string, occurrence: number): Promise<{ line: number; column: number }> {
    if (!this.currentFile) throw new Error('Open a file first (openFile).');
    const content = fs.readFileSync(path.join(this.workspace, this.currentFile), 'utf8');
    let index = -1;
    for (let i = 0; i <= occurrence; i++) {
      index = content.indexOf(text, index + 1);
      if (index < 0) throw new Error(`"${text}" (occurrence ${occurrence}) is not in ${this.currentFile}`);
    }
    const before = content.slice(0, index).split('\n');
    const where = { line: before.length, column: before[before.length - 1].length };
    await this.goToLine(where.line);
    return where;
  }

  /** Screen point (centre) of the character at 1-based `line`, 0-based `column` of the active editor. */
  private async pointAt(line: number, column: number): Promise<{ x: number; y: number }> {
    const point = await this.editor().evaluate(
      (editor, { line, column }) => {
        // Monaco renders only the visible lines, each as absolutely placed spans of tokens; a line's
        // number sits in the margin at the same `top`.
        const number = Array.from(editor.querySelectorAll('.margin-view-overlays .line-numbers')).find(
          (el) => el.textContent?.trim() === String(line),
        );
        const top = (number?.parentElement as HTMLElement | null)?.style.top;
        if (top === undefined) return null;
        const row = Array.from(editor.querySelectorAll<HTMLElement>('.view-lines .view-line')).find((el) => el.style.top === top);
        if (!row) return null;
        const walker = document.createTreeWalker(row, NodeFilter.SHOW_TEXT);
        let pos = 0;
        while (walker.nextNode()) {
          const node = walker.currentNode as Text;
          if (column < pos + node.data.length) {
            const range = document.createRange();
            range.setStart(node, column - pos);
            range.setEnd(node, column - pos + 1);
            const r = range.getBoundingClientRect();
            return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
          }
          pos += node.data.length;
        }
        return null;
      },
      { line, column },
    );
    if (!point) throw new Error(`Line ${line}, column ${column} is not visible in the editor`);
    return point;
  }

  /** The visible hover widget whose text contains `expected`. */
  hoverWidget(expected?: string | RegExp): Locator {
    // The first .monaco-hover in the DOM is a hidden one kept for reuse; only a visible one counts.
    const hovers = this.page.locator('.monaco-hover:not(.hidden)');
    return (expected === undefined ? hovers : hovers.filter({ hasText: expected })).first();
  }

  /**
   * Repeats `attempt` (which should make a hover appear) until a visible hover containing `expected`
   * shows, and returns its text. The first hover of a fresh workbench can take ~10 s (language servers
   * start), hence the retries until `timeoutMs`.
   */
  private async untilHover(what: string, expected: string | RegExp, timeoutMs: number, attempt: () => Promise<void>): Promise<string> {
    const deadline = Date.now() + timeoutMs;
    const widget = this.hoverWidget(expected);
    for (;;) {
      await attempt();
      try {
        await widget.waitFor({ state: 'visible', timeout: 3_000 });
        return await widget.innerText();
      } catch {
        await this.page.keyboard.press('Escape');
        if (Date.now() > deadline) {
          const shown = await this.hoverWidget().innerText({ timeout: 500 }).catch(() => '(no hover)');
          throw new Error(`No hover containing ${String(expected)} ${what} within ${timeoutMs} ms; visible hover: ${shown}`);
        }
      }
    }
  }

  /** Hovers the mouse over `text` in the current file until a hover containing `expected` shows. */
  async hoverOver(text: string, expected: string | RegExp, options: HoverOptions = {}): Promise<string> {
    const { occurrence = 0, offset = Math.floor(text.length / 2), timeoutMs = 30_000 } = options;
    const { line, column } = await this.reveal(text, occurrence);
    return this.untilHover(`over "${text}"`, expected, timeoutMs, async () => {
      // Recomputed each round: the editor may still scroll or re-render.
      const { x, y } = await this.pointAt(line, column + offset);
      await this.page.mouse.move(x, y - 40);
      await this.page.mouse.move(x, y, { steps: 4 });
    });
  }

  /** Keyboard alternative to hoverOver: click into `text`, then Show Hover (Ctrl+K Ctrl+I). */
  async hoverWithKeyboard(text: string, expected: string | RegExp, options: HoverOptions = {}): Promise<string> {
    const { occurrence = 0, offset = Math.floor(text.length / 2), timeoutMs = 30_000 } = options;
    const { line, column } = await this.reveal(text, occurrence);
    return this.untilHover(`at "${text}"`, expected, timeoutMs, async () => {
      const { x, y } = await this.pointAt(line, column + offset);
      await this.page.mouse.click(x, y);
      await this.page.keyboard.press('Control+K');
      await this.page.keyboard.press('Control+I');
    });
  }

  /**
   * Shows the hover at `text` + `offset` with the keyboard only: Go to Line with a column (exact
   * whatever the tabs or inline hints), then Show Hover (Ctrl+K Ctrl+I).
   */
  async hoverAtCursor(text: string, expected: string | RegExp, options: HoverOptions = {}): Promise<string> {
    const { occurrence = 0, offset = Math.floor(text.length / 2), timeoutMs = 30_000 } = options;
    const { line, column } = await this.reveal(text, occurrence);
    return this.untilHover(`at "${text}"`, expected, timeoutMs, async () => {
      await this.goToLine(line, column + offset + 1);
      await this.page.keyboard.press('Control+K');
      await this.page.keyboard.press('Control+I');
    });
  }

  /** Moves the mouse away and closes any hover. */
  async dismissHover(): Promise<void> {
    await this.page.mouse.move(5, 5);
    await this.page.keyboard.press('Escape');
  }

  /** Puts the cursor right after the `occurrence`-th `text` of the current file. */
  async placeCursorAfter(text: string, occurrence = 0): Promise<void> {
    const { line, column } = await this.reveal(text, occurrence);
    const { x, y } = await this.pointAt(line, column + text.length - 1);
    // Clicking the right half of the last character puts the cursor after it.
    await this.page.mouse.click(x + 3, y);
  }

  /** Types text into the editor at the cursor (files.autoSave is off: nothing is written to disk). */
  async type(text: string): Promise<void> {
    await this.page.keyboard.type(text, { delay: 20 });
  }

  /** Triggers suggestions (Ctrl+Space) and returns the visible rows' labels (their aria-labels). */
  async triggerSuggest(options: { expected?: string | RegExp; timeoutMs?: number } = {}): Promise<string[]> {
    const { expected, timeoutMs = 30_000 } = options;
    const rows = this.page.locator('.suggest-widget.visible .monaco-list-row');
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      await this.page.keyboard.press('Control+Space');
      try {
        const wanted = expected === undefined ? rows.first() : rows.filter({ hasText: expected }).first();
        await wanted.waitFor({ state: 'visible', timeout: 3_000 });
        return await rows.evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') ?? e.textContent ?? ''));
      } catch {
        await this.page.keyboard.press('Escape');
        if (Date.now() > deadline) throw new Error(`No suggestion ${expected ? `matching ${String(expected)} ` : ''}within ${timeoutMs} ms`);
      }
    }
  }

  /** Waits until the editor's text matches `expected` and returns it; fails with the text it has. */
  async untilEditorText(expected: RegExp, timeoutMs = 10_000): Promise<string> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const text = await this.editorText();
      if (expected.test(text)) return text;
      if (Date.now() > deadline) throw new Error(`The editor never showed ${String(expected)}:\n${text.slice(0, 2000)}`);
      await new Promise((r) => setTimeout(r, 200));
    }
  }

  /**
   * Opens the lightbulb menu at the cursor (Ctrl+.) and runs the action titled `title`, with a screenshot of
   * the open menu named `shot` if given. The menu is keyboard-driven: the arrows walk to the item, Enter runs it.
   */
  async chooseQuickFix(title: string, shot?: string): Promise<void> {
    const item = this.page.locator('.action-widget .monaco-list-row', { hasText: title }).first();
    // The menu lists the actions known when it opens: right after an edit the hints may not be computed yet, so
    // a menu without the action is closed and asked for again, within the same 15 seconds.
    for (const until = Date.now() + 15_000; ; ) {
      await this.page.keyboard.press('Control+.');
      const left = until - Date.now();
      const shown = await item.waitFor({ state: 'visible', timeout: Math.max(1, Math.min(3_000, left)) }).then(() => true, () => false);
      if (shown) break;
      if (Date.now() >= until) await item.waitFor({ state: 'visible', timeout: 1 });
      await this.page.keyboard.press('Escape');
    }
    if (shot) await this.screenshot(shot);
    for (let i = 0; i < 12; i++) {
      const focused = await this.page.locator('.action-widget .monaco-list-row.focused').first().innerText().catch(() => '');
      if (focused.includes(title)) break;
      await this.page.keyboard.press('ArrowDown');
    }
    await this.page.keyboard.press('Enter');
  }

  /** Runs a command by its title from the Command Palette (F1, type, Enter). */
  async runCommand(title: string): Promise<void> {
    await this.page.keyboard.press('F1');
    const input = this.page.locator('.quick-input-widget input');
    await input.waitFor({ state: 'visible', timeout: 10_000 });
    await input.fill(`>${title}`);
    await this.page
      .locator('.quick-input-list .monaco-list-row', { hasText: new RegExp(escapeRegExp(title), 'i') })
      .first()
      .waitFor({ state: 'visible', timeout: 15_000 });
    await this.page.keyboard.press('Enter');
  }

  /** Labels of the rows a quick pick or the Command Palette shows. */
  async quickPickItems(): Promise<string[]> {
    const rows = this.page.locator('.quick-input-widget .quick-input-list .monaco-list-row');
    await rows.first().waitFor({ state: 'visible', timeout: 15_000 });
    return rows.evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') ?? e.textContent ?? ''));
  }

  /** Saves a PNG of the page to test-results/screenshots/<name>.png and returns its path. */
  async screenshot(name: string): Promise<string> {
    fs.mkdirSync(screenshotDir, { recursive: true });
    const file = path.join(screenshotDir, `${name.replace(/[^\w.-]+/g, '-')}.png`);
    await this.page.screenshot({ path: file });
    return file;
  }

  /** Closes the browser and stops code-server's whole process group; safe to call twice. */
  async close(): Promise<void> {
    await this.browser.close().catch(() => {});
    await this.server.stop();
  }
}
