/**
 * A bound of a class range: `"200-299"` in a health-check matcher, `200..399` beside a status, Python's
 * `range(200, 300)`, a class pair `(500, 599)`. Both ends must look like class bounds (x00 and x99, or
 * x00 and the next hundred).
 */
import type { Candidate, Evidence, Examples, Finding } from './types';

function classPair(a: number, b: number): boolean {
  if (a % 100 !== 0 || a < 100 || b > 600) return false;
  return b === a + 99 || b === a + 100 || (b % 100 === 99 && b > a);
}

/** How two bounds are joined; `and` (SQL's `AND`) only after "between", a comma only in `range(` or a pair with an x99 bound. */
const JOIN = String.raw`[\`'"*]{0,2}\s*(?:-|–|\.\.[.<=]?|\bto\b|\buntil\b|\b(?:and|AND)\b|\bup\s+to\b|\bthrough\b|,|:)\s*[\`'"*]{0,2}`;
const AFTER = new RegExp(String.raw`^${JOIN}(\d{3})\b`);
const BEFORE = new RegExp(String.raw`(\d{3})${JOIN}$`);

function joinAllowed(join: string, leftOfLow: string, high: number): boolean {
  if (/\b(?:and|AND)\b/.test(join)) return /\bbetween\s+[`'"*]?$/i.test(leftOfLow);
  if (/,/.test(join)) return high % 100 === 99 || /\brange\s*\(\s*$/.test(leftOfLow);
  return true;
}

/** A check that a number is a status at all: n < 100 || n > 599, code >= 100 && code <= 599. */
function statusRangeCheck(c: Candidate): boolean {
  if (c.value !== 100 && c.value !== 599) return false;
  const m = /([\p{L}_$][\p{L}\p{N}_$.]*)\s*(?:<=?|>=?)\s*$/u.exec(c.left);
  if (!m) return false;
  const other = c.value === 100 ? '(?:599|600)' : '100';
  const name = m[1].replace(/[.$]/g, (ch) => '\\' + ch);
  return new RegExp(String.raw`(?<![\w$])${name}\s*[<>]=?\s*${other}\b`).test(c.left.slice(0, m.index) + ' ' + c.right);
}

function boundAt(c: Candidate): Finding | undefined {
  if (c.value === undefined) return undefined;
  if (statusRangeCheck(c)) return { classCheck: true };
  const after = AFTER.exec(c.right);
  if (after && classPair(c.value, Number(after[1])) && joinAllowed(after[0], c.left, Number(after[1]))) return { classCheck: true };
  const before = BEFORE.exec(c.left);
  if (before && classPair(Number(before[1]), c.value) && joinAllowed(before[0], c.left.slice(0, before.index), c.value)) return { classCheck: true };
  return undefined;
}

export const rangeBounds: Evidence = {
  id: 'range-bounds',
  direction: 'for',
  view: 'any',
  summary: 'a bound of a range that spans a status class (`200-299`, `range(200, 300)`)',
  test: boundAt,
};

/** Tokens each rule must fire on and, as many, look-alikes it must stay silent on (test/unit/evidence.test.ts). */
export const examples: Examples = {
  'range-bounds': {
    fires: [
      { lang: 'terraform', text: 'matcher = "200-⟦299⟧"' },
      { lang: 'python', text: 'if r.status_code in range(⟦200⟧, 300):' },
      { lang: 'kotlin', text: 'if (code !in 300..⟦399⟧) fail()' },
      { lang: 'yaml', text: 'success_codes: "⟦200⟧-399"' },
      { lang: 'python', text: 'cur.execute("SELECT count(*) FROM hits WHERE status BETWEEN 500 AND ⟦599⟧")' },
      { lang: 'markdown', text: 'Retries happen for statuses between 500 and ⟦599⟧.' },
      { lang: 'python', text: 'SERVER_ERRORS = range(⟦500⟧, 600)' },
      { lang: 'python', text: 'SERVER_ERRORS = (⟦500⟧, 599)' },
      { lang: 'kotlin', text: 'in 400..⟦499⟧ -> clientError()' },
      { lang: 'javascript', text: 'if (code < ⟦100⟧ || code > 599) throw new RangeError(code);' },
      { lang: 'javascript', text: 'const valid = res.status >= 100 && res.status <= ⟦599⟧;' },
      { lang: 'markdown', text: 'Codes 200 through ⟦299⟧ mean success.' },
      { lang: 'kotlin', text: 'if (response.code in 200 until ⟦300⟧) return body' },
    ],
    silent: [
      { lang: 'terraform', text: 'ports = "⟦100⟧-120"' },
      { lang: 'python', text: 'for i in range(⟦100⟧, 150):' },
      { lang: 'kotlin', text: 'val xs = 10..⟦250⟧' },
      { lang: 'yaml', text: 'size: "⟦256⟧-512"' },
      { lang: 'markdown', text: 'The limits are 500 and ⟦599⟧.' },
      { lang: 'python', text: 'SIZE = (⟦500⟧, 600)' },
      { lang: 'python', text: 'for n in range(⟦150⟧, 250):' },
      { lang: 'yaml', text: 'ports: "⟦500⟧-700"' },
      { lang: 'javascript', text: 'if (code < ⟦100⟧ || other > 599) throw new RangeError(code);' },
      { lang: 'javascript', text: 'if (count < ⟦100⟧) return;' },
      { lang: 'markdown', text: 'Batches of 300 to ⟦450⟧ rows.' },
      { lang: 'kotlin', text: 'for (row in 200 until ⟦250⟧) draw(row)' },
      { lang: 'javascript', text: 'if (width <= ⟦599⟧ && width >= 320) compact();' },
    ],
  },
};
