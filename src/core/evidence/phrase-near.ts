/**
 * The value's reason phrase or its constant-style name stands on the same line, not right after it:
 * `NOT_FOUND(404, "Not Found")`, `[404, 'Not Found']`, `{ code: 404, message: 'not found' }`,
 * `case 429: return "too many requests"`.
 */
import { phrasesOf } from '../catalogue';
import { compact } from '../text';
import type { Candidate, Evidence, Examples, Finding } from './types';

function phraseOnLine(c: Candidate): boolean {
  if (c.value === undefined) return false;
  const line = compact(c.left.slice(-120) + c.right.slice(0, 120));
  return phrasesOf(c.value).some((p) => {
    const k = compact(p);
    // Short one-word phrases ("ok", "gone") are everyday words; demand a longer match.
    return k.length >= 6 && line.includes(k);
  });
}

export const phraseNear: Evidence = {
  id: 'phrase-near',
  direction: 'for',
  view: 'any',
  summary: "the value's reason phrase or constant name stands on the same line",
  test: (c): Finding | undefined => (phraseOnLine(c) ? {} : undefined),
};

/** Tokens each rule must fire on and, as many, look-alikes it must stay silent on (test/unit/evidence.test.ts). */
export const examples: Examples = {
  'phrase-near': {
    fires: [
      { lang: 'java', text: 'NOT_FOUND(⟦404⟧, "Not Found"),' },
      { lang: 'javascript', text: "const row = [⟦429⟧, 'Too Many Requests'];" },
      { lang: 'python', text: "errors = {'code': ⟦409⟧, 'message': 'conflict with the current state'}" },
      { lang: 'go', text: 'case ⟦503⟧: return "service unavailable"' },
      { lang: 'php', text: "    'Not Found' => ⟦404⟧," },
      { lang: 'javascript', text: "const row = [⟦423⟧, 'Locked'];" },
      { lang: 'kotlin', text: '    ⟦409⟧ -> "Conflict"' },
    ],
    silent: [
      { lang: 'java', text: 'SMALL(⟦320⟧, "Small"),' },
      { lang: 'javascript', text: "const row = [⟦429⟧, 'Tea'];" },
      { lang: 'python', text: "limits = {'burst': ⟦500⟧, 'message': 'slow down'}" },
      { lang: 'go', text: 'case ⟦200⟧: return "two hundred"' },
      // A short phrase is an everyday word; a phrase more than 120 characters away is another value's.
      { lang: 'javascript', text: "const row = [⟦200⟧, 'ok'];" },
      { lang: 'javascript', text: "notify({ title: 'Not Found', body: 'The page you asked for has moved; this banner explains where to look for it and whom to ask.', width: ⟦404⟧ });" },
      { lang: 'javascript', text: "notify({ width: ⟦404⟧, body: 'The page you asked for has moved; this banner explains where to look for it and whom to ask.', title: 'Not Found' });" },
    ],
  },
};
