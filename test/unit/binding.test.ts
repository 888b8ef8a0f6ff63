import * as assert from 'node:assert/strict';
import { boundName } from '../../src/core/evidence/binding';
import type { Candidate } from '../../src/core/evidence/types';
import { markedCandidate } from '../support/candidate';

// A comparison with a name bound to a status a few lines up (src/core/evidence/binding.ts): how each
// language assigns, which right-hand sides read a status, the nearest assignment winning, right-hand sides
// continued on the next line, and the class a comparison covers, either way round.

const at = (lang: string, snippet: string): Candidate => markedCandidate(lang, snippet);

/** [language, snippet, 'class' (the comparison covers a class), 'fires', 'silent'] */
const ROWS: Array<[string, string, 'class' | 'fires' | 'silent']> = [
  ["javascript", "const st = err.response?.status;\nif (st === ⟦401⟧) login();", 'fires'],
  ["javascript", "const st = err.response?.status;\nif (st >= ⟦500⟧) retry();", 'class'],
  ["javascript", "const st = err.response?.status;\nif (st > ⟦499⟧) retry();", 'class'],
  ["javascript", "const st = err.response?.status;\nif (st < ⟦300⟧) ok();", 'class'],
  ["javascript", "const st = err.response?.status;\nif (⟦500⟧ <= st) retry();", 'class'],
  ["javascript", "const st = err.response?.status;\nif (⟦499⟧ < st) retry();", 'class'],
  ["javascript", "const st = err.response?.status;\nif ('⟦404⟧' == st) x();", 'fires'],
  ["javascript", "const st = err.response?.status;\nif (st == '⟦404⟧') x();", 'fires'],
  ["javascript", "const st = err.response?.status;\nif (⟦404⟧ === st.x) x();", 'silent'],
  ["javascript", "const st = rows.length;\nif (st === ⟦401⟧) login();", 'silent'],
  ["javascript", "const n = err.response?.status;\nlet n = rows.length;\nif (n === ⟦401⟧) login();", 'silent'],
  ["php", "$http = curl_getinfo($ch, CURLINFO_HTTP_CODE);\nif ($http === ⟦404⟧) { }", 'fires'],
  ["php", "$http = curl_getinfo($ch, CURLINFO_HTTP_CODE);\nif ($http >= ⟦500⟧) { }", 'class'],
  ["shellscript", "code=$(curl -s -o /dev/null -w '%{http_code}' \"$u\")\nif [ \"$code\" -eq ⟦200⟧ ]; then", 'fires'],
  ["shellscript", "code=$(curl -s -o /dev/null \\\n  -w '%{http_code}' \"$u\")\nif [ \"$code\" -eq ⟦200⟧ ]; then", 'fires'],
  ["shellscript", "code=$(\n  curl -s -o /dev/null -w '%{http_code}' \"$u\")\nif [ \"$code\" -eq ⟦200⟧ ]; then", 'fires'],
  ["shellscript", "code=$(wc -l < f)\nif [ \"$code\" -eq ⟦200⟧ ]; then", 'silent'],
  ["python", "rc = resp.status_code\nif rc == ⟦404⟧:", 'fires'],
  ["python", "rc: int = resp.status_code\nif rc == ⟦404⟧:", 'fires'],
  ["go", "rc := resp.StatusCode\nif rc == ⟦404⟧ {", 'fires'],
  ["kotlin", "val rc = resp.code()\nif (rc == ⟦404⟧) return", 'fires'],
  ["python", "status = resp.status_code\nif status == ⟦404⟧:", 'silent'],
  ["python", "if == ⟦404⟧:", 'silent'],
  ["python", "x.rc = resp.status_code\nif rc == ⟦404⟧:", 'silent'],
  ["javascript", "const rc =\n  resp.status;\nif (rc === ⟦404⟧) x();", 'fires'],
  ["shellscript", "code=$( \n  curl -s -o /dev/null -w '%{http_code}' \"$u\")\nif [ \"$code\" -eq ⟦200⟧ ]; then", 'fires'],
  ["javascript", "const st = rows.length;\nconst s2 = res.status;\nif (st === ⟦401⟧) login();", 'silent'],
  ["python", "rc = resp.status_code\nif rc == ⟦404⟧: rc = 0", 'fires'],
  ["javascript", "const st = err.response?.status;\nif (tries < max && st === ⟦500⟧) retry();", 'fires'],
  ["javascript", "const st = err.response?.status;\nif (st >= '⟦500⟧') retry();", 'class'],
  ["javascript", "const st = err.response?.status;\nif (st>=⟦500⟧) retry();", 'class'],
  ["javascript", "const st = err.response?.status;\nif (⟦499⟧ === st && tries < max) retry();", 'fires'],
  ["javascript", "const st = err.response?.status;\nif ('⟦500⟧' <= st) retry();", 'class'],
  ["javascript", "const st = err.response?.status;\nif (⟦500⟧<=st) retry();", 'class'],
  ["javascript", "const st = err.response?.status;\nif (⟦300⟧ > st) ok();", 'class'],
];

describe('bound-name: a comparison with a name assigned from a status, form by form', () => {
  for (const [lang, snippet, expected] of ROWS) {
    it(`${expected}: ${JSON.stringify(snippet)} (${lang})`, () => {
      const f = boundName.test(at(lang, snippet));
      assert.equal(f ? (f.classCheck ? 'class' : 'fires') : 'silent', expected);
    });
  }

  it('looks sixty lines up for the assignment, and no further', () => {
    const gap = (n: number) => `const st = err.response?.status;\n${'x();\n'.repeat(n)}if (st === ⟦401⟧) login();`;
    assert.ok(boundName.test(at('javascript', gap(59))));
    assert.equal(boundName.test(at('javascript', gap(60))), undefined);
  });
});
