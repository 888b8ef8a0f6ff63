import * as assert from 'node:assert/strict';
import { assertion } from '../../src/core/evidence/assertion';
import type { Candidate } from '../../src/core/evidence/types';
import { markedCandidate } from '../support/candidate';

// Test assertions on a status (src/core/evidence/assertion.ts), form by form: the expected value as an
// argument (cast, named), matchers nested in a status assertion, infix assertions, wrapped values, hspec-wai,
// MockMvc's jsonPath; each beside an assertion on something else.

const at = (lang: string, snippet: string): Candidate => markedCandidate(lang, snippet);

const PAD = 'x'.repeat(130);

/** [language, snippet, 'class' (a matcher bounding a class), 'fires', 'silent'] */
const ROWS: Array<[string, string, 'class' | 'fires' | 'silent']> = [
  ["java", "assertEquals( ⟦404⟧ , response.getStatus());", 'fires'],
  ["csharp", "Assert.Equal((HttpStatusCode)⟦404⟧, response.StatusCode);", 'fires'],
  ["csharp", "Assert.Equal((int) ⟦404⟧, (int)response.StatusCode);", 'fires'],
  ["csharp", "Assert.Equal((long)⟦404⟧, response.ContentLength);", 'silent'],
  ["javascript", "expect(res.body).toHaveProperty('status', ⟦404⟧);", 'fires'],
  ["kotlin", "assertThat(response, hasStatus(code = ⟦404⟧))", 'silent'],
  ["python", "check(status=⟦404⟧, body=None)", 'silent'],
  ["javascript", "expect(res.body.items.length).toBe(⟦200⟧);", 'silent'],
  ["java", "assertEquals(⟦200⟧, rows.size());", 'silent'],
  ["java", "// the response status is checked by the helper below, after all the rows are loaded and the cache is warm\nassertEquals(⟦200⟧, total);", 'silent'],
  ["java", "assertThat(resp.getStatus(), is(⟦200⟧));", 'fires'],
  ["java", ".statusCode(allOf(greaterThan(199), lessThan(⟦300⟧)));", 'class'],
  ["java", ".statusCode(not(either(is(⟦500⟧)).or(is(503))));", 'fires'],
  ["java", ".body(\"count\", is(⟦200⟧));", 'silent'],
  ["java", ".body(\"count\", lessThan(⟦300⟧));", 'silent'],
  ["java", "assertThat(rows.size(), is(⟦200⟧));", 'silent'],
  ["scala", "status(result) mustBe ⟦201⟧", 'fires'],
  ["scala", "response.status must_== ⟦201⟧", 'fires'],
  ["ruby", "expect(response.code).to eq ⟦404⟧", 'fires'],
  ["kotlin", "rows.size shouldBe ⟦201⟧", 'silent'],
  ["rust", "assert_eq!(resp.status(), Ok(⟦201⟧));", 'fires'],
  ["java", "assertEquals(Optional.of(⟦404⟧), resp.status());", 'fires'],
  ["java", "assertEquals(Optional.of(⟦404⟧), rows.max());", 'silent'],
  ["rust", "let x = Some(⟦303⟧);", 'silent'],
  ["haskell", "get \"/x\"\n  `shouldRespondWith`\n⟦404⟧", 'fires'],
  ["haskell", "statusCode (simpleStatus r) `shouldBe` ⟦200⟧", 'fires'],
  ["haskell", "length rows `shouldBe` ⟦200⟧", 'silent'],
  ["java", ".andExpect(jsonPath(\"$.status\").value(⟦409⟧));", 'fires'],
  ["java", ".andExpect(jsonPath(\"$.error.code\", ⟦422⟧));", 'fires'],
  ["java", ".andExpect(jsonPath('$.status').isEqualTo(⟦409⟧));", 'fires'],
  ["java", ".andExpect(jsonPath(\"$.count\").value(⟦409⟧));", 'silent'],
  ["java", ".andExpect(jsonPath( \"$.status\" ).value( ⟦409⟧));", 'fires'],
  // Named and cast arguments, matcher chains, wrapped values, hspec spacing, jsonPath spellings.
  ["python", "assert_response(resp, status_code=⟦404⟧)", 'fires'],
  ["python", "assert_response(resp, code = ⟦404⟧)", 'silent'],
  ["python", "assert_response(resp, count=⟦404⟧)", 'silent'],
  ["kotlin", "assertResponse(resp, statusCode = ⟦404⟧)", 'fires'],
  ["javascript", "assertResponse(resp, { status: ⟦404⟧ })", 'silent'],
  ["python", "assert_response(resp, status='⟦404⟧')", 'silent'],
  ["csharp", "Assert.Equal( (HttpStatusCode) ⟦404⟧, response.StatusCode);", 'fires'],
  ["csharp", "Assert.Equal((HttpStatus)⟦404⟧, response.StatusCode);", 'fires'],
  ["java", ".statusCode(not(not(not(is(⟦404⟧)))));", 'fires'],
  ["java", ".statusCode(not(not(not(not(is(⟦404⟧))))));", 'fires'],
  ["java", "assertThat(resp.getStatus(), not(is(⟦404⟧)));", 'fires'],
  ["java", "assertThat(rows.size(), not(is(⟦404⟧)));", 'silent'],
  ["scala", "resp.map(status) mustBe Some( ⟦303⟧)", 'fires'],
  ["scala", "resp.map(status) mustBe Some(1, ⟦303⟧)", 'silent'],
  ["scala", "rows.headOption mustBe Some(⟦303⟧)", 'silent'],
  ["rust", "assert_eq!(resp.status().as_u16().checked_add(0), Option(⟦404⟧));", 'fires'],
  ["java", "assertEquals(Optional.of( ⟦404⟧), resp.status());", 'fires'],
  ["haskell", "get \"/x\" `shouldRespondWith`  ⟦404⟧", 'fires'],
  ["haskell", "get \"/x\"\n  `shouldRespondWith`\n  ⟦404⟧", 'fires'],
  ["haskell", "get \"/x\"\n  `shouldRespondWith`\n  x ⟦404⟧", 'silent'],
  ["haskell", "statusCode (simpleStatus r)  `shouldBe`  ⟦200⟧", 'fires'],
  ["haskell", "simpleStatus r `shouldSatisfy` ⟦200⟧", 'silent'],
  ["java", ".andExpect(jsonPath(\"$.status\" , ⟦409⟧));", 'fires'],
  ["java", ".andExpect(jsonPath(\"$.data.error.status\").value(⟦409⟧));", 'fires'],
  ["java", ".andExpect(jsonPath(\"$.status\").is(⟦409⟧));", 'fires'],
  ["java", ".andExpect(jsonPath(\"$.status\") .value( ⟦409⟧));", 'fires'],
  ["java", ".andExpect(jsonPath(\"$.statusCode\").value(⟦409⟧));", 'fires'],
  ["java", ".andExpect(jsonPath(\"$.status_code\").value(⟦409⟧));", 'fires'],
  ["java", ".andExpect(jsonPath(\"$.items[0].status\").value(⟦409⟧));", 'silent'],
  // Whole arguments only, the 120-character reach of the status either side, deep matcher chains, wrapped
  // values by their exact names, hspec without spaces, jsonPath with more arguments.
  ["java", "assertEquals(1 + ⟦404⟧, resp.getStatus());", 'silent'],
  ["java", "assertEquals(foo(int) ⟦404⟧, resp.getStatus());", 'silent'],
  ["java", `// response.status ${PAD} assertEquals(⟦404⟧, total);`, 'silent'],
  ["java", `assertEquals(⟦404⟧, total /* ${PAD} */ + resp.getStatus());`, 'silent'],
  ["java", ".statusCode(lessThan(1 + ⟦300⟧));", 'silent'],
  ["java", ".statusCode(not(not(not(not(not(is(⟦404⟧)))))));", 'fires'],
  ["java", `assertThat(resp.getStatus() /* ${PAD} */, is(⟦200⟧));`, 'fires'],
  ["rust", "assert_eq!(resp.status(), MySome(⟦404⟧));", 'silent'],
  ["rust", "assert_eq!(resp.status(), Somewhere(⟦404⟧));", 'silent'],
  ["rust", "assert_eq!(resp.status(), x::Some(⟦404⟧));", 'fires'],
  ["haskell", "get \"/x\" `shouldRespondWith`⟦404⟧", 'fires'],
  ["haskell", "statusCode r `shouldBe`⟦200⟧", 'fires'],
  ["haskell", "statusCode r `shouldBe` x ⟦200⟧", 'silent'],
  ["java", ".andExpect(jsonPath(\"$.status\").value(x, ⟦409⟧));", 'silent'],
  ["java", ".andExpect(jsonPath(\"$.status\").values(⟦409⟧));", 'silent'],
];

describe('assertion: assertions on a status, form by form', () => {
  for (const [lang, snippet, expected] of ROWS) {
    it(`${expected}: ${snippet.split('\n').pop()} (${lang})`, () => {
      const f = assertion.test(at(lang, snippet));
      assert.equal(f ? (f.classCheck ? 'class' : 'fires') : 'silent', expected);
    });
  }
});
