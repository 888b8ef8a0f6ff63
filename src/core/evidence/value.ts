/**
 * What the value itself says: the statuses people send most (200, 201, 204, 301, 302, 304, 400-404, 409,
 * 422, 429, 500-504) are likelier statuses than rare ones, and a number no registry or vendor uses as a
 * status (256, 480, 512) is likelier a quantity.
 */
import { activeCatalogue } from '../catalogue';
import type { Candidate, Evidence, Examples, Finding } from './types';
import { COMMON_STATUSES } from './vocabulary';

export const commonStatus: Evidence = {
  id: 'common-status',
  direction: 'for',
  view: 'any',
  summary: 'the value is one of the statuses people send most',
  test: (c: Candidate): Finding | undefined => (c.value !== undefined && COMMON_STATUSES.has(c.value) ? {} : undefined),
};

export const unknownValue: Evidence = {
  id: 'unknown-value',
  direction: 'against',
  view: 'any',
  summary: 'no registry entry or vendor uses the value as a status',
  // x99 bounds a class (`<= 299`, "200-399") though no status has that number.
  test: (c: Candidate): Finding | undefined => (c.value !== undefined && c.value % 100 !== 99 && activeCatalogue().meanings(c.value).length === 0 ? {} : undefined),
};

/** Tokens each rule must fire on and, as many, look-alikes it must stay silent on (test/unit/evidence.test.ts). */
export const examples: Examples = {
  'common-status': {
    fires: [
      { lang: 'javascript', text: 'const x = ⟦404⟧;' },
      { lang: 'python', text: 'x = ⟦201⟧' },
      { lang: 'go', text: 'x := ⟦503⟧' },
      { lang: 'java', text: 'int x = ⟦302⟧;' },
    ],
    silent: [
      { lang: 'javascript', text: 'const x = ⟦256⟧;' },
      { lang: 'python', text: 'x = ⟦418⟧' },
      { lang: 'go', text: 'x := ⟦120⟧' },
      { lang: 'java', text: 'int x = ⟦100⟧;' },
    ],
  },
  'unknown-value': {
    fires: [
      { lang: 'javascript', text: 'const x = ⟦256⟧;' },
      { lang: 'python', text: 'x = ⟦480⟧' },
      { lang: 'go', text: 'x := ⟦512⟧' },
      { lang: 'java', text: 'int x = ⟦120⟧;' },
    ],
    silent: [
      { lang: 'javascript', text: 'const x = ⟦404⟧;' },
      { lang: 'python', text: 'x = ⟦418⟧' },
      { lang: 'go', text: 'if s <= ⟦299⟧ {' },
      { lang: 'java', text: 'int x = ⟦100⟧;' },
    ],
  },
};
