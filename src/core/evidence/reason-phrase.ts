/** The value followed by its own reason phrase: "404 Not Found", '200 OK', `503 - Service Unavailable`. */
import { phrasesOf } from '../catalogue';
import type { Candidate, Evidence, Examples, Finding } from './types';

/** Whether the text right of a value starts with the status's own reason phrase ("404 Not Found"). */
export function phraseFollows(right: string, phrases: readonly string[]): boolean {
  const m = /^\s*(?:[-–—:|(]\s*)?["'`*_]*([\p{L}'’ -]{2,60})/u.exec(right);
  if (!m) return false;
  const after = m[1].toLowerCase().replace(/’/g, "'");
  for (const p of phrases) {
    const lp = p.toLowerCase();
    if (!after.startsWith(lp)) continue;
    const next = after[lp.length];
    if (next !== undefined && /[\p{L}]/u.test(next)) continue;
    // One-word phrases that are everyday words need the spec's capitalisation: "201 Created", not "201 created rows".
    if (!lp.includes(' ') && lp !== 'ok') {
      const exact = /^\s*(?:[-–—:|(]\s*)?["'`*_]*(\S+)/u.exec(right)?.[1] ?? '';
      if (!exact.startsWith(p)) continue;
    }
    return true;
  }
  return false;
}

function phraseAt(c: Candidate): Finding | undefined {
  if (c.value === undefined) return undefined;
  // In bare code a phrase cannot follow a number; in strings, comments, docs and .http files it can.
  if (c.region === 'code' && c.lang !== 'http') return undefined;
  return phraseFollows(c.right, phrasesOf(c.value).filter((p) => !p.startsWith('('))) ? {} : undefined;
}

export const reasonPhrase: Evidence = {
  id: 'reason-phrase',
  direction: 'slot',
  view: 'prose',
  summary: 'the value is followed by its own reason phrase ("404 Not Found")',
  test: phraseAt,
};

/** Tokens each rule must fire on and, as many, look-alikes it must stay silent on (test/unit/evidence.test.ts). */
export const examples: Examples = {
  'reason-phrase': {
    fires: [
      { lang: 'python', text: "start_response('⟦200⟧ OK', headers)" },
      { lang: 'javascript', text: '// ⟦404⟧ Not Found when the id is unknown' },
      { lang: 'markdown', text: 'You get ⟦429⟧ Too Many Requests after the burst.' },
      { lang: 'go', text: 'log.Print("upstream said ⟦502⟧ - Bad Gateway")' },
    ],
    silent: [
      { lang: 'markdown', text: 'We imported ⟦201⟧ created rows.' },
      { lang: 'javascript', text: '// ⟦200⟧ OKish results only' },
      { lang: 'python', text: '# ⟦300⟧ Multiple runs in parallel' },
      { lang: 'markdown', text: 'Page ⟦404⟧ of the manual, Not Found in the index' },
    ],
  },
};
