/**
 * The definition of a file's own status constant: `#define HTTP_TOO_MANY 429`, `NOT_FOUND = 404`,
 * `HTTP_STATUS = { NOT_MODIFIED: 304 }`. The file's constant table (constants.ts) decides which names are
 * status constants: names that spell the code's reason phrase, or names under an HTTP prefix.
 */
import { localConstantIn } from '../constants';
import type { Candidate, Evidence, Examples, Finding } from './types';

const DEFINED = /(?:^\s*#\s*define\s+|(?:^|[\s{,(\[])["']?)([A-Za-z_][A-Za-z0-9_]*)["']?\s*(?::(?!:)|=(?![=>])|=>|\(|\s)\s*\(?\s*$/;

function ownConstantAt(c: Candidate): Finding | undefined {
  if (c.value === undefined) return undefined;
  const m = DEFINED.exec(c.left.slice(-80));
  return m && localConstantIn(m[1], c.doc) === c.value ? {} : undefined;
}

export const ownConstant: Evidence = {
  id: 'own-constant',
  direction: 'slot',
  view: 'code',
  summary: "the value of a file's own status constant (`#define HTTP_TOO_MANY 429`, `NOT_FOUND = 404`)",
  test: ownConstantAt,
};

/** Tokens each rule must fire on and, as many, look-alikes it must stay silent on (test/unit/evidence.test.ts). */
export const examples: Examples = {
  'own-constant': {
    fires: [
      { lang: 'c', text: '#define HTTP_TOO_MANY      ⟦429⟧' },
      { lang: 'python', text: 'NOT_FOUND = ⟦404⟧' },
      { lang: 'javascript', text: 'const HTTP_STATUS = { NOT_MODIFIED: ⟦304⟧ };' },
      { lang: 'go', text: 'const StatusTooManyRequests = ⟦429⟧' },
    ],
    silent: [
      { lang: 'c', text: '#define HTTP_MAX_BODY_KB  ⟦500⟧' },
      { lang: 'python', text: 'MAX_ITEMS = ⟦200⟧' },
      { lang: 'javascript', text: 'const LIMITS = { PAGE_SIZE: ⟦200⟧ };' },
      { lang: 'go', text: 'const HttpPort = ⟦443⟧' },
    ],
  },
};
