import * as assert from 'node:assert/strict';
import { rangeBounds } from '../../src/core/evidence/range-bounds';
import type { Candidate } from '../../src/core/evidence/types';
import { markedCandidate } from '../support/candidate';

// The bounds of a class range (src/core/evidence/range-bounds.ts): which pairs span a class (x00 with x99 or
// the next hundred, up to 600), how the bounds are joined, and the check that a number is a status at all.

const at = (lang: string, snippet: string): Candidate => markedCandidate(lang, snippet);

/** [language, snippet, 'class' (a bound of a class range) or 'silent'] */
const ROWS: Array<[string, string, 'class' | 'fires' | 'silent']> = [
  ["terraform", "matcher = \"⟦100⟧-199\"", 'class'],
  ["terraform", "matcher = \"⟦200⟧-299\"", 'class'],
  ["terraform", "matcher = \"⟦200⟧-399\"", 'class'],
  ["terraform", "matcher = \"⟦200⟧ - 300\"", 'class'],
  ["terraform", "matcher = \"⟦500⟧-600\"", 'class'],
  ["terraform", "matcher = \"⟦500⟧-700\"", 'silent'],
  ["terraform", "matcher = \"⟦500⟧-499\"", 'silent'],
  ["terraform", "matcher = \"⟦250⟧-299\"", 'silent'],
  ["terraform", "matcher = \"200-⟦299⟧\"", 'class'],
  ["terraform", "matcher = \"300-⟦299⟧\"", 'silent'],
  ["terraform", "matcher = \"500-⟦700⟧\"", 'silent'],
  ["python", "WHERE status BETWEEN ⟦500⟧ AND 599", 'class'],
  ["python", "WHERE status BETWEEN 500 AND ⟦599⟧", 'class'],
  ["python", "WHERE status BETWEEN  '500' AND '⟦599⟧'", 'class'],
  ["python", "WHERE status > 500 AND ⟦599⟧ > x", 'silent'],
  ["python", "ok = r.status_code in range(⟦200⟧, 300)", 'class'],
  ["python", "ok = r.status_code in range(200, ⟦300⟧)", 'class'],
  ["python", "ok = r.status_code in range (200, ⟦300⟧)", 'class'],
  ["python", "SERVER = (500, ⟦599⟧)", 'class'],
  ["python", "SIZE = (500, ⟦600⟧)", 'silent'],
  ["python", "SIZE = (⟦500⟧, 600)", 'silent'],
  ["javascript", "if (code < ⟦100⟧ || code > 599) throw new RangeError();", 'class'],
  ["javascript", "if (code < 100 || code > ⟦599⟧) throw new RangeError();", 'class'],
  ["javascript", "if (code<⟦100⟧||code>=600) throw new RangeError();", 'class'],
  ["javascript", "const ok = res.status >= ⟦100⟧ && res.status <= 599;", 'class'],
  ["php", "if ($code < ⟦100⟧ || $code > 599) { throw new Exception(); }", 'class'],
  ["javascript", "if (code < ⟦100⟧ || other > 599) throw new RangeError();", 'silent'],
  ["javascript", "if (code < ⟦100⟧ || code > 500) throw new RangeError();", 'silent'],
  ["javascript", "if (code < ⟦200⟧ || code > 599) throw new RangeError();", 'silent'],
  ["javascript", "if (code  <  ⟦100⟧ || code > 599) throw new RangeError();", 'class'],
  ["kotlin", "in 400..⟦499⟧ -> clientError()", 'class'],
  ["kotlin", "in 400 ..< ⟦500⟧ -> clientError()", 'class'],
  ["markdown", "Codes 200 through ⟦299⟧ mean success.", 'class'],
  ["markdown", "Codes 200 up to ⟦299⟧ mean success.", 'class'],
  ["markdown", "Codes `200`–`⟦299⟧` mean success.", 'class'],
  ["markdown", "Codes **200** to **⟦299⟧** mean success.", 'class'],
  ["yaml", "success_codes: \"200:⟦299⟧\"", 'class'],
];

describe('range-bounds: the bounds of a class range, pair by pair and join by join', () => {
  for (const [lang, snippet, expected] of ROWS) {
    it(`${expected}: ${snippet} (${lang})`, () => {
      const f = rangeBounds.test(at(lang, snippet));
      assert.equal(f ? (f.classCheck ? 'class' : 'fires') : 'silent', expected);
    });
  }
});
