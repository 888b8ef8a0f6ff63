import * as assert from 'node:assert/strict';
import { arithmetic, headerValue, indexOrSlice, unitAfter, urlParameter } from '../../src/core/evidence/quantity-shape';
import type { Candidate, Evidence } from '../../src/core/evidence/types';
import { markedCandidate } from '../support/candidate';

// Shapes of quantities that keep a number from being a status (src/core/evidence/quantity-shape.ts): arithmetic
// on it, index and slice bounds, URL and request parameters, header values that count seconds, bytes or
// requests, and units after it; each beside the status place it could be taken for.

const at = (lang: string, snippet: string): Candidate => markedCandidate(lang, snippet, 'lexed');

/** Each rule with its rows: [language, snippet, does the rule fire on the marked number]. */
const RULES: Array<[Evidence, Array<[string, string, boolean]>]> = [
  [arithmetic, [
      ["javascript", "const cls = status / ⟦100⟧;", true],
      ["javascript", "const cls = status/⟦100⟧;", true],
      ["javascript", "const x = offset + ⟦200⟧;", true],
      ["javascript", "const x = n * ⟦100⟧;", true],
      ["javascript", "const x = n % ⟦100⟧;", true],
      ["javascript", "const x = n - ⟦100⟧;", true],
      ["javascript", "const x = (n) - ⟦100⟧;", true],
      ["javascript", "const x = a[0] * ⟦100⟧;", true],
      ["javascript", "const x = 2 ** ⟦100⟧;", true],
      ["python", "cls = status // ⟦100⟧", true],
      ["javascript", "// ⟦100⟧ is fine", false],
      ["javascript", "fetch('https:' + ⟦100⟧)", false],
      ["javascript", "fetch(\"https://example.com:\" + ⟦100⟧)", false],
      ["javascript", "x = a --⟦100⟧", false],
      ["javascript", "x => ⟦100⟧", false],
      ["javascript", "x -= ⟦100⟧", false],
      ["javascript", "range 200 - ⟦299⟧", false],
      ["javascript", "x = 1200 - ⟦299⟧", true],
      ["javascript", "const x = ⟦200⟧ + offset;", true],
      ["javascript", "const x = ⟦200⟧+offset;", true],
      ["javascript", "const x = ⟦200⟧ * (n);", true],
      ["javascript", "const x = ⟦200⟧ / n;", true],
      ["javascript", "const x = ⟦200⟧ // comment", false],
      ["javascript", "const x = ⟦200⟧ /* c */", false],
      ["javascript", "const x = ⟦200⟧ - 299;", false],
      ["javascript", "const x = ⟦200⟧ -1;", false],
      ["javascript", "const x = ⟦200⟧ -> y;", false],
      ["javascript", "const x = ⟦200⟧ - n;", true],
      ["javascript", "const x = ⟦200⟧ + \"x\";", false],
      ["javascript", "const x = ⟦200⟧ % 7;", true],
  ]],
  [indexOrSlice, [
      ["python", "items[⟦200⟧]", true],
      ["python", "text[:⟦200⟧]", true],
      ["python", "rows[-⟦100⟧:]", true],
      ["python", "rows[ 1 : ⟦200⟧]", true],
      ["javascript", "body.slice(0, ⟦200⟧)", true],
      ["javascript", "body.slice(⟦200⟧)", true],
      ["javascript", "s.substring( 0 , ⟦200⟧)", true],
      ["rust", "s.chars().take(⟦200⟧)", true],
      ["ruby", "rows.first(⟦100⟧)", true],
      ["shellscript", "head -c ⟦200⟧", true],
      ["shellscript", "tail -n ⟦100⟧ app.log", true],
      ["javascript", "http.STATUS_CODES[⟦404⟧]", false],
      ["javascript", "const a = [⟦200⟧]", false],
      ["javascript", "f([⟦200⟧])", false],
      ["javascript", "res.status(⟦200⟧)", false],
      ["shellscript", "cut -b ⟦200⟧", true],
  ]],
  [urlParameter, [
      ["javascript", "fetch('/books?limit=⟦200⟧')", true],
      ["javascript", "fetch('/books?a=1&limit=⟦200⟧')", true],
      ["javascript", "fetch('/books?a=1;page[size]=⟦200⟧')", true],
      ["javascript", "fetch('/books?limit=\"⟦200⟧')", true],
      ["java", "get(\"/x\").param(\"size\", \"⟦201⟧\")", true],
      ["java", "get(\"/x\").queryParam( 'size' , ⟦201⟧)", true],
      ["kotlin", "url.addQueryParameter(\"limit\", \"⟦250⟧\")", true],
      ["javascript", "params.set('limit', ⟦200⟧)", true],
      ["javascript", "params.append(\"page.size\", ⟦200⟧)", true],
      ["javascript", "res.status(⟦200⟧)", false],
      ["javascript", "const limit=⟦200⟧", false],
      ["java", "get(\"/x\").param(size, ⟦201⟧)", false],
  ]],
  [headerValue, [
      ["javascript", "res.set('Retry-After', '⟦120⟧')", true],
      ["javascript", "res.set(\"content-length\", ⟦512⟧)", true],
      ["http", "Cache-Control: max-age=⟦300⟧", true],
      ["http", "Cache-Control: s-maxage = ⟦300⟧", true],
      ["javascript", "headers['Max-Age'] = ⟦300⟧", true],
      ["javascript", "h.set('Age', ⟦300⟧)", true],
      ["javascript", "h.set('Keep-Alive', ⟦300⟧)", true],
      ["javascript", "h.set('X-RateLimit-Remaining', ⟦300⟧)", true],
      ["javascript", "h.set('RateLimit-Limit', ⟦300⟧)", true],
      ["javascript", "h.set('X-Rate-Limit-Limit', ⟦300⟧)", true],
      ["ruby", "{ 'Expires' => ⟦300⟧ }", true],
      ["javascript", "{ timeout: ⟦300⟧ }", true],
      ["javascript", "h.set('X-Image-Age', ⟦300⟧)", false],
      ["javascript", "h.set('Page', ⟦300⟧)", false],
      ["javascript", "h.set('Retry-After', x, ⟦300⟧)", false],
      ["javascript", "{ \"body\": \"{\\\"Retry-After\\\": \\\"⟦120⟧\\\"}\" }", true],
  ]],
  [unitAfter, [
      ["javascript", "setTimeout(f, ⟦500⟧ * time.Millisecond)", true],
      ["go", "time.Sleep(⟦500⟧ * time.Millisecond)", true],
      ["kotlin", "delay(⟦500⟧.milliseconds)", true],
      ["ruby", "sleep ⟦300⟧.seconds", true],
      ["scala", "⟦500⟧.millis", true],
      ["javascript", "width: ⟦300⟧px", true],
      ["css", "width: ⟦300⟧%", true],
      ["javascript", "// waits ⟦500⟧ ms", true],
      ["javascript", "const x = ⟦500⟧ ms", false],
      ["javascript", "res.status(⟦500⟧)", false],
      ["javascript", "// returns ⟦500⟧ on failure", false],
  ]],
];

for (const [rule, rows] of RULES) {
  describe(`${rule.id}: form by form`, () => {
    for (const [lang, snippet, expected] of rows) {
      it(`${expected ? 'fires' : 'silent'}: ${JSON.stringify(snippet)} (${lang})`, () => {
        assert.equal(!!rule.test(at(lang, snippet)), expected);
      });
    }
  });
}
