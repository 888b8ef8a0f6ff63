/**
 * The same number stands a few lines away where a status goes: `abort(410)` above the docstring that says
 * "410 for a week", `return 401 '{"code":401}'`, a test that asserts 422 under a comment naming 422. A file
 * that sends or checks a code talks about that code.
 */
import { contextLine, factsOwner, regionAt, viewAt } from '../scan';
import type { TextSource } from '../types';
import type { Candidate, Evidence, Examples, Finding } from './types';
import { codeSlot } from './index';

/** Lines looked at on each side. */
const ECHO_LINES = 30;

const cache = new WeakMap<TextSource, { version: number | undefined; slots: Map<string, boolean> }>();

/** Whether the number at (line, col) of the document stands where a status goes, read as code. */
function slotAt(doc: TextSource, line: number, col: number, value: number): boolean {
  doc = factsOwner(doc);
  let c = cache.get(doc);
  if (!c || c.version !== doc.version) {
    c = { version: doc.version, slots: new Map() };
    cache.set(doc, c);
  }
  const key = `${line}:${col}`;
  const known = c.slots.get(key);
  if (known !== undefined) return known;
  let found = false;
  const view = viewAt(doc, line, col);
  if (view) {
    const region = regionAt(doc, line, view, view.col);
    const left = view.text.slice(0, view.col);
    const right = view.text.slice(view.col + 3);
    // A value alone in its quotes ("404", '404') is read as code, quotes and all: the key and call rules
    // take a quote before and after the value.
    const quote = left.slice(-1);
    const quoted = region.region === 'string' && (quote === '"' || quote === "'") && right[0] === quote;
    if (region.region === 'code' || quoted) {
      found = !!codeSlot({ doc, lang: doc.languageId, line, left, right, region: 'code', value, completion: false, memo: {} });
    }
  }
  if (c.slots.size > 2048) c.slots.clear();
  c.slots.set(key, found);
  return found;
}

function echoAt(c: Candidate): Finding | undefined {
  if (c.value === undefined || c.completion) return undefined;
  const digits = String(c.value);
  const number = new RegExp(String.raw`(?<![\w.$#-])${digits}(?![\w.])`, 'g');
  for (let d = 1; d <= ECHO_LINES; d++) {
    for (const l of [c.line - d, c.line + d]) {
      const text = contextLine(c.doc, l);
      if (!text.includes(digits)) continue;
      for (const m of text.matchAll(number)) if (slotAt(c.doc, l, m.index, c.value)) return {};
    }
  }
  return undefined;
}

export const valueEcho: Evidence = {
  id: 'value-echo',
  direction: 'for',
  view: 'prose',
  summary: 'the same number stands where a status goes within a few lines',
  test: echoAt,
};

/** Tokens each rule must fire on and, as many, look-alikes it must stay silent on (test/unit/evidence.test.ts). */
export const examples: Examples = {
  'value-echo': {
    fires: [
      { lang: 'python', text: 'def gone(feed):\n    """Retired feeds answer ⟦410⟧ for a week."""\n    abort(410)' },
      { lang: 'go', text: '// they want ⟦409⟧ here\nw.WriteHeader(409)' },
      { lang: 'javascript', text: "expect(res.status).toBe(422);\n// the upstream sends ⟦422⟧ on bad dates" },
      { lang: 'ruby', text: "head 503\n# keep ⟦503⟧ until the mirror is back" },
      // The echo a quoted value where a status goes (data files), and up to thirty lines away.
      { lang: 'yaml', text: '# the mock answers ⟦404⟧ for unknown ids\nstatus: "404"' },
      { lang: 'yaml', text: "# ⟦410⟧ means the link expired\nstatus: '410'" },
      { lang: 'javascript', text: '// the gateway sends ⟦502⟧ when the pool is empty' + '\n'.repeat(30) + 'res.status(502);' },
    ],
    silent: [
      { lang: 'python', text: 'def page(feed):\n    """Pages hold ⟦410⟧ rows."""\n    abort(404)' },
      { lang: 'go', text: '// batches of ⟦409⟧\nw.WriteHeader(400)' },
      { lang: 'javascript', text: "const width = 422;\n// ⟦422⟧ pixels wide" },
      { lang: 'ruby', text: "sleep 503\n# wait ⟦503⟧ seconds" },
      { lang: 'yaml', text: '# the mock answers ⟦404⟧ for unknown ids\nmessage: "got 404 back"' },
      { lang: 'yaml', text: "# ⟦410⟧ means the link expired\nstatus: '410\"" },
      { lang: 'javascript', text: '// the gateway sends ⟦502⟧ when the pool is empty' + '\n'.repeat(31) + 'res.status(502);' },
    ],
  },
};
