/**
 * The numbers listed with the value: in the same list, tuple, row or case (`[502, 502, 200]`,
 * `{"ok", 200, 1}`, `case 200, 204:`). Statuses keep company with statuses; sizes with sizes.
 */
import { activeCatalogue } from '../catalogue';
import { contextLine, scanBackward } from '../scan';
import type { Candidate, Evidence, Examples } from './types';
import { UNIT_AFTER } from './prose';

interface Company {
  statuses: number;
  others: number;
}

/** The numbers of the innermost bracket group around the value (or its line when none), the value aside. */
export function company(c: Candidate): Company {
  const memo = c.memo.company as Company | undefined;
  if (memo) return memo;
  let left = c.left;
  let right = c.right;
  // In prose, the company is the sentence's own: a string ends at its quote.
  if (c.region !== 'code') {
    const q = /["'`][^"'`]*$/.exec(left);
    if (q) left = left.slice(q.index + 1);
    const e = /["'`]/.exec(right);
    if (e) right = right.slice(0, e.index);
  }
  // A Lua key (`[403] = "x"`): its brackets are part of the key; the table around is the group.
  const luaKey = /\[\s*$/.test(left) && /^\s*\]\s*=(?!=)/.test(right);
  if (luaKey) {
    left = left.replace(/\[\s*$/, '');
    right = right.replace(/^\s*\]/, '');
  }
  const open = scanBackward(left, (ch) => ch === '(' || ch === '[' || ch === '{');
  let from = open === undefined || open < 0 ? left : left.slice(open + 1);
  let depth = 0;
  let end = right.length;
  for (let i = 0; i < right.length; i++) {
    const ch = right[i];
    if (ch === '(' || ch === '[' || ch === '{') depth++;
    else if (ch === ')' || ch === ']' || ch === '}') {
      if (depth === 0) { end = i; break; }
      depth--;
    }
  }
  let to = right.slice(0, end);
  // One element a line (`    500,`): the neighbouring lines of the same shape are the company.
  if (/^\s*["']?$/.test(left) && /^["']?\s*,?\s*(?:(?:\/\/|#).*)?$/.test(right)) {
    for (const l of [c.line - 2, c.line - 1, c.line + 1, c.line + 2]) {
      const t = contextLine(c.doc, l);
      if (/^\s*["']?\d+["']?\s*,?\s*(?:(?:\/\/|#).*)?$/.test(t)) to += ' ' + t.replace(/(?:\/\/|#).*$/, '');
    }
  }
  // A map key keeps company with the other keys, not with the values: { "404": 60, "410": 86400 }.
  const isKey = luaKey || /^["']?\s*(?::(?!:)|=>)/.test(right);
  // One key a line (`  423 => 'in maintenance',`): the keys of the neighbouring lines are the company.
  if (isKey && /^\s*["']?$/.test(left)) {
    for (const l of [c.line - 3, c.line - 2, c.line - 1, c.line + 1, c.line + 2, c.line + 3]) {
      const k = /^\s*\[?\s*["']?(\d+)["']?\s*\]?\s*(?::(?!:)|=>|=(?!=))/.exec(contextLine(c.doc, l));
      if (k) to += ` ${k[1]}:`;
    }
  }
  if (isKey) {
    // Keys as JSON, Ruby and Perl write them (`"404":`, `404 =>`) and as Lua does (`[404] =`).
    const keys = (t: string) => [...t.matchAll(/["']?(\d+)["']?\s*(?::(?!:)|=>|\]\s*=(?!=))/g)].map((m) => m[1]).join(' ');
    from = keys(from);
    to = keys(to);
  }
  const text = from + ' # ' + to;
  const result: Company = { statuses: 0, others: 0 };
  for (const m of text.matchAll(/(?<![\p{L}\p{N}_$.#-])\d+(?:\.\d+)?(?![\p{L}\p{N}_.])/gu)) {
    const n = Number(m[0]);
    if (!Number.isInteger(n) || n >= 1000) { result.others++; continue; }
    // "404 mm", "500 ms": a number with a unit after it is a quantity, whatever its value.
    if (UNIT_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 16)) && /^\s/.test(text.slice(m.index + m[0].length))) { result.others++; continue; }
    if (n < 100) continue;
    // 1xx and 300 are rarely sent, while 100, 200, 300, 400 in a row are a numbering.
    if (n >= 200 && n <= 599 && n !== 300 && activeCatalogue().meanings(n).length > 0) result.statuses++;
    else result.others++;
  }
  c.memo.company = result;
  return result;
}

export const statusCompany: Evidence = {
  id: 'status-company',
  direction: 'for',
  view: 'any',
  summary: 'the value is listed with other statuses and with no other large number',
  test: (c) => {
    const k = company(c);
    return k.statuses > 0 && k.others === 0 ? { strength: Math.min(1, k.statuses / 2) } : undefined;
  },
};

export const statusCrowd: Evidence = {
  id: 'status-crowd',
  direction: 'for',
  view: 'any',
  summary: 'the value is listed with four or more statuses and no other large number',
  test: (c) => {
    const k = company(c);
    return k.statuses >= 4 && k.others === 0 ? {} : undefined;
  },
};

export const quantityCompany: Evidence = {
  id: 'quantity-company',
  direction: 'against',
  view: 'any',
  summary: 'the value is listed with numbers that are not statuses (1024, 0.5, 256)',
  test: (c) => (company(c).others > 0 ? { strength: Math.min(1, company(c).others / 2) } : undefined),
};

/** Tokens each rule must fire on and, as many, look-alikes it must stay silent on (test/unit/evidence.test.ts). */
export const examples: Examples = {
  'status-company': {
    fires: [
      { lang: 'go', text: '{"retries bad gateway", []int{502, 502, 200}, ⟦200⟧, 3},' },
      { lang: 'javascript', text: "const attempts = [502, 502, ⟦200⟧];" },
      { lang: 'python', text: 'CODES = (⟦500⟧, 502, 503)' },
      { lang: 'groovy', text: "'missing name' | 400 || ⟦422⟧" },
    ],
    silent: [
      { lang: 'go', text: 'sizes := []int{⟦256⟧, 512, 1024}' },
      { lang: 'javascript', text: 'ctx.fillRect(⟦200⟧, 120, 640, 480);' },
      { lang: 'python', text: 'x = ⟦500⟧' },
      { lang: 'groovy', text: "'wide' | 1920 || ⟦200⟧" },
    ],
  },
  'status-crowd': {
    fires: [
      { lang: 'python', text: 'TRANSIENT = frozenset({⟦408⟧, 425, 429, 500, 502, 503, 504})' },
      { lang: 'javascript', text: 'const RETRY_ON = [⟦423⟧, 429, 502, 503, 504];' },
      { lang: 'perl', text: "my %why = (\n  404 => 'no gauge',\n  410 => 'retired',\n  ⟦423⟧ => 'in maintenance',\n  429 => 'slow down',\n  503 => 'down',\n);" },
      { lang: 'go', text: 'var retryable = map[int]bool{⟦425⟧: true, 429: true, 502: true, 503: true, 504: true}' },
    ],
    silent: [
      { lang: 'python', text: 'SIZES = (⟦200⟧, 400, 800, 1600)' },
      { lang: 'javascript', text: 'const steps = [⟦100⟧, 200, 300, 400, 500, 600];' },
      { lang: 'python', text: 'CODES = (⟦500⟧, 502, 503)' },
      { lang: 'go', text: 'widths := []int{⟦320⟧, 480, 640, 960}' },
    ],
  },
  'quantity-company': {
    fires: [
      { lang: 'go', text: 'sizes := []int{⟦256⟧, 512, 1024}' },
      { lang: 'javascript', text: 'ctx.fillRect(⟦200⟧, 120, 640, 480);' },
      { lang: 'python', text: 'scale = (⟦100⟧, 0.5)' },
      { lang: 'css', text: 'color: rgb(⟦100⟧, 150, 250);' },
    ],
    silent: [
      { lang: 'go', text: 'codes := []int{⟦500⟧, 502, 503}' },
      { lang: 'javascript', text: 'res.status(⟦404⟧);' },
      { lang: 'python', text: 'return body, ⟦201⟧' },
      { lang: 'css', text: 'z-index: ⟦200⟧;' },
    ],
  },
};
