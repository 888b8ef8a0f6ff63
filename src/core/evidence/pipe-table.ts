/**
 * A cell of a pipe table under a Status or Code column: Markdown tables, Spock `where:` blocks
 * (`partySize || status`), Gherkin examples (`| path | status |`). The header is the first line of the
 * block of `|` lines above; `||` separates columns like `|`.
 */
import { contextLine } from '../scan';
import type { Candidate, Evidence, Examples, Finding } from './types';

const SEPARATOR_ROW = /^\s*\|?\s*:?-{3,}/;
const HEADER_WORD = /status|code|response|expect|http|状态|响应码/i;

/** Column separators in a text: `|` or `||`, not inside quotes or brackets. */
function columns(text: string): string[] {
  return text.replace(/"[^"]*"|'[^']*'|`[^`]*`|\[[^\]]*\]/g, (m) => m.replace(/\|/g, ' ')).split(/\|\|?/);
}

function cellAt(c: Candidate): Finding | undefined {
  if (!/\|/.test(c.left + c.right)) return undefined;
  // The value is a whole cell: `| 404 |`, `|| 422`, `` | `404` | ``.
  if (!/(?:^|\|)\s*[`*'"]*$/.test(c.left) || !/^[`*'"]*\s*(?:\||$|\/\/|#|--)/.test(c.right)) return undefined;
  const leading = /^\s*\|/.test(c.left) ? 1 : 0;
  const column = columns(c.left).length - 1 - leading;
  for (let l = c.line - 1, seen = 0; l >= 0 && seen < 60; l--, seen++) {
    const t = contextLine(c.doc, l);
    if (!t.includes('|')) return undefined;
    const above = contextLine(c.doc, l - 1);
    // The header: the line above a Markdown separator row, or the first line of the block (below Spock's
    // `where:` or Gherkin's `Examples:`, which have no `|`).
    if (SEPARATOR_ROW.test(t)) return header(above, column) ? {} : undefined;
    if (!above.includes('|')) return header(t, column) ? {} : undefined;
  }
  return undefined;
}

function header(line: string, column: number): boolean {
  const cells = columns(line);
  const name = cells[column + (/^\s*\|/.test(line) ? 1 : 0)] ?? '';
  return HEADER_WORD.test(name);
}

export const pipeTable: Evidence = {
  id: 'pipe-table',
  direction: 'slot',
  view: 'code',
  summary: 'a cell of a pipe table (Markdown, Spock, Gherkin) under a Status or Code column',
  test: cellAt,
};

/** Tokens each rule must fire on and, as many, look-alikes it must stay silent on (test/unit/evidence.test.ts). */
export const examples: Examples = {
  'pipe-table': {
    fires: [
      { lang: 'markdown', text: '| Status | Meaning |\n| --- | --- |\n| ⟦404⟧ | no such parcel |' },
      { lang: 'markdown', text: '| Case | Code |\n|---|---|\n| missing | `⟦404⟧` |' },
      { lang: 'groovy', text: 'where:\npartySize || status\n1         || ⟦201⟧' },
      { lang: 'markdown', text: '| 状态码 | 含义 |\n| --- | --- |\n| ⟦503⟧ | 维护中 |' },
      // Gherkin examples with several rows; cells with quotes or brackets that hold a pipe; no leading pipe.
      { lang: 'markdown', text: '    Examples:\n      | path       | status |\n      | /books     | 200    |\n      | /missing   | ⟦404⟧    |' },
      { lang: 'markdown', text: '| Query | Status |\n| --- | --- |\n| `a|b` | ⟦400⟧ |' },
      { lang: 'markdown', text: '| Input | Status |\n| --- | --- |\n| [x|y] | ⟦422⟧ |' },
      { lang: 'markdown', text: 'Case | Status\n--- | ---\nmissing | ⟦404⟧' },
      { lang: 'groovy', text: 'where:\ninput     || status\n"a || b"  || ⟦400⟧' },
    ],
    silent: [
      { lang: 'markdown', text: '| Plan | Requests per minute |\n| --- | --- |\n| free | ⟦100⟧ |' },
      { lang: 'markdown', text: '| Size | Pixels |\n| --- | --- |\n| small | ⟦320⟧ |' },
      { lang: 'groovy', text: 'where:\npartySize || tables\n⟦120⟧       || 12' },
      { lang: 'javascript', text: 'const n = a || ⟦200⟧;' },
      { lang: 'markdown', text: '    Examples:\n      | path       | limit |\n      | /books     | 200   |\n      | /missing   | ⟦404⟧   |' },
      { lang: 'markdown', text: '| Query | Rows |\n| --- | --- |\n| `status|code` | ⟦400⟧ |' },
      { lang: 'markdown', text: '| Status | Rows |\n| --- | --- |\n| [x|y] | ⟦422⟧ |' },
      { lang: 'markdown', text: 'Case | Rows\n--- | ---\nmissing | ⟦404⟧' },
      { lang: 'markdown', text: '| Status | Meaning |\n| --- | --- |\n| ⟦404⟧ ms | slow |' },
    ],
  },
};
