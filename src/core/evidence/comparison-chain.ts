/**
 * The same expression compared with other statuses on the line: `s >= 500 || s === 408`,
 * `s.as_u16() == 502 || s.as_u16() == 503`, `code == 301 or code == 308`. Whatever `s` is, a value
 * checked against it beside other statuses keeps their company.
 */
import { activeCatalogue } from '../catalogue';
import type { Candidate, Evidence, Examples, Finding } from './types';

const OP = String.raw`(?:===?|!==?|<=?|>=?|-(?:eq|ne|ge|gt|le|lt)\b)`;
const SUBJECT = String.raw`\$?[\p{L}_$][\p{L}\p{N}_$]*(?:(?:\.|->|::)[\p{L}_$][\p{L}\p{N}_$]*|\(\))*`;
const SUBJECT_BEFORE = new RegExp(String.raw`(?<![\p{L}\p{N}_$.>])(${SUBJECT})["']?\s*${OP}\s*$`, 'u');

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function chained(c: Candidate): Finding | undefined {
  if (c.value === undefined) return undefined;
  const m = SUBJECT_BEFORE.exec(c.left);
  if (!m || /^(?:if|and|or|not|return|while)$/.test(m[1])) return undefined;
  const subject = escape(m[1]);
  const others = new RegExp(String.raw`(?<![\p{L}\p{N}_$.>])${subject}["']?\s*${OP}\s*["']?(\d+)\b|\b(\d+)\s*${OP}\s*${subject}(?![\p{L}\p{N}_$(])`, 'gu');
  const line = c.left.slice(0, m.index) + ' ' + c.right;
  let statuses = 0;
  for (const o of line.matchAll(others)) {
    const n = Number(o[1] ?? o[2]);
    // A number with no meaning in the catalogue (a size, a count; custom codes included) breaks the company.
    if (!activeCatalogue().meanings(n).length) return undefined;
    statuses++;
  }
  return statuses > 0 ? {} : undefined;
}

export const comparisonChain: Evidence = {
  id: 'comparison-chain',
  direction: 'for',
  view: 'code',
  summary: 'the same expression is compared with other statuses on the line',
  test: chained,
};

/** Tokens each rule must fire on and, as many, look-alikes it must stay silent on (test/unit/evidence.test.ts). */
export const examples: Examples = {
  'comparison-chain': {
    fires: [
      { lang: 'typescript', text: 'return count < 2 && (s === undefined || s >= 500 || s === ⟦408⟧);' },
      { lang: 'rust', text: 's if s.as_u16() == 502 || s.as_u16() == ⟦503⟧ => retry(),' },
      { lang: 'python', text: 'if code == 301 or code == ⟦308⟧:' },
      { lang: 'shellscript', text: 'if [ "$c" -eq 502 ] || [ "$c" -eq ⟦504⟧ ]; then' },
      { lang: 'typescript', text: 'if (upstreamError === 502 || upstreamError === ⟦503⟧) {' },
      { lang: 'typescript', text: 'if (originStatus === 502 || originStatus === ⟦504⟧) {' },
    ],
    silent: [
      { lang: 'typescript', text: 'return n >= 1024 || n === ⟦512⟧;' },
      { lang: 'rust', text: 'w if w.width() == 640 || w.width() == ⟦480⟧ => small(),' },
      { lang: 'python', text: 'if size == ⟦300⟧:' },
      { lang: 'shellscript', text: 'if [ "$c" -eq 10 ] || [ "$c" -eq ⟦404⟧ ]; then' },
      { lang: 'typescript', text: 'if (upstreamError === 0 || upstreamError === ⟦503⟧) {' },
      { lang: 'typescript', text: 'if (retries === 3 || retries === ⟦500⟧) {' },
    ],
  },
};
