/**
 * A test assertion that compares the value with a status expression: `expect(res.status).toBe(404)`,
 * `assertEquals(404, response.getStatus())`, `assert_equal 413, response.status`, and matchers nested
 * in a status assertion (`.statusCode(allOf(greaterThanOrEqualTo(200), lessThan(300)))`).
 */
import { contextLine, enclosingCall } from '../scan';
import { callOf, httpNearby } from './context';
import { statusCallAt } from './status-call';
import type { Candidate, Evidence, Examples, Finding } from './types';
import { mentionsStatus } from './vocabulary';

const ASSERT_NAME =
  /^(?:assert\w*|Assert\w*|expect|toContain|be_between|in_range|Be\w*|HaveStatusCode|between|isin|isIn|isin_|oneOf|isOneOf|within|toBe|toEqual|toStrictEqual|toHaveProperty|toHaveStatus|toHaveHttpStatus|toHaveStatusCode|toRespondWith|equal|equals|strictEqual|deepEqual|deepStrictEqual|Equal|EqualValues|Equals|eq|is|isEqualTo|That|should|shouldBe|shouldEqual|assert_eq|assert_ne|XCTAssertEqual|XCTAssertNotEqual|expectEqual|must_equal|assert_equal|AreEqual|EXPECT_EQ|ASSERT_EQ|match|matches|NotEqual)$/;

const MATCHER = /^(?:allOf|anyOf|either|both|or|and|is|not|equalTo|greaterThan\w*|lessThan\w*|oneOf|isOneOf|within|between|in)$/;

/** Infix and paren-less assertions: `assert_equal 413, response.status`, `status.intValue shouldBe 413`. */
const INFIX =
  /(?:^|\s)(?:assert_equal|assert_not_equal|refute_equal|must_equal|shouldBe|shouldEqual|should\s+be|should\s+equal|should\s+===|mustBe|mustEqual|must\s+be|must\s+equal|must_==|should_==|===|is|eq|to\s+eq|to\s+be|toBe)\s+$/;

function assertionAt(c: Candidate): Finding | undefined {
  const call = callOf(c);
  if (call) {
    const { argsBefore } = call;
    const argText = argsBefore.split(',').pop() ?? '';
    const whole = /^\s*(?:\(\s*(?:int|HttpStatusCode|HttpStatus)\s*\)\s*)?["']?$/.test(argText) || /^\s*(?:code|status|status_code|statusCode)\s*[:=]\s*["']?$/.test(argText);
    if (whole && ASSERT_NAME.test(call.name) && mentionsStatus(c.left.slice(Math.max(0, call.open - 120)) + ' ' + c.right.slice(0, 120))) return {};
    if (whole && MATCHER.test(call.name)) {
      // Up through the matchers (allOf(greaterThan(...))) to the call they are an argument of.
      let outerLeft = c.left.slice(0, call.start);
      let outer = enclosingCall(outerLeft);
      for (let depth = 0; outer && MATCHER.test(outer.name) && depth < 4; depth++) {
        outerLeft = outerLeft.slice(0, outer.start);
        outer = enclosingCall(outerLeft);
      }
      const outerIsStatus = statusCallAt(outerLeft, c.lang, outer) ||
        (outer && ASSERT_NAME.test(outer.name) && mentionsStatus(outerLeft.slice(Math.max(0, outer.open - 120)) + ' ' + c.right.slice(0, 120)));
      if (outerIsStatus) return { classCheck: /than/i.test(call.name) };
    }
  }
  if (INFIX.test(c.left) && mentionsStatus(c.left + ' ' + c.right, httpNearby(c))) return {};
  // A wrapped expectation: `mustBe Some(303)`, `assert_eq!(err.status().map(..), Some(502))`, `Ok(201)`.
  if (call && /^(?:Some|Ok|Just|Optional\.of|Option|of)$/.test(call.callee.replace(/^.*[.:]/, '')) && /^\s*$/.test(call.argsBefore)) {
    const outerLeft = c.left.slice(0, call.start) + ' ';
    const outer = enclosingCall(outerLeft);
    // The status may stand on either side: assert_eq!(resp.status(), Ok(201)), assertEquals(Optional.of(404), resp.status()).
    if ((INFIX.test(outerLeft) || (outer && ASSERT_NAME.test(outer.name))) && mentionsStatus(outerLeft.slice(-160) + ' ' + c.right.slice(0, 120))) return {};
  }
  // Haskell's hspec-wai: get "/x" `shouldRespondWith` 404; statusCode (simpleStatus r) `shouldBe` 200.
  if (/`shouldRespondWith`\s*$/.test(c.left) || (/^\s*$/.test(c.left) && /`shouldRespondWith`\s*$/.test(contextLine(c.doc, c.line - 1)))) return {};
  if (/\bstatus(?:Code)?\b.*`(?:shouldBe|shouldSatisfy)`\s*$/.test(c.left)) return {};
  // MockMvc and friends: jsonPath("$.status").value(409), jsonPath("$.error.code", 422).
  if (/jsonPath\(\s*["']\$\.(?:[\w.]*\.)?(?:status|statusCode|status_code|code)["']\s*(?:,\s*|\)\s*\.\s*(?:value|isEqualTo|is)\(\s*)$/.test(c.left)) return {};
  return undefined;
}

export const assertion: Evidence = {
  id: 'assertion',
  direction: 'slot',
  view: 'code',
  summary: 'a test assertion comparing the value with a status expression',
  test: assertionAt,
};

/** Tokens each rule must fire on and, as many, look-alikes it must stay silent on (test/unit/evidence.test.ts). */
export const examples: Examples = {
  'assertion': {
    fires: [
      { lang: 'javascript', text: 'expect(res.status).toBe(⟦404⟧);' },
      { lang: 'java', text: 'assertEquals(⟦404⟧, response.getStatus());' },
      { lang: 'ruby', text: 'assert_equal ⟦413⟧, response.status' },
      { lang: 'java', text: '.statusCode(allOf(greaterThanOrEqualTo(⟦200⟧), lessThan(300)));' },
      { lang: 'haskell', text: 'get "/books/31337" `shouldRespondWith` ⟦404⟧' },
      { lang: 'scala', text: 'route(app, FakeRequest(GET, "/q/1")).map(status) mustBe Some(⟦303⟧)' },
      { lang: 'kotlin', text: 'response.status.value shouldBe ⟦201⟧' },
      { lang: 'python', text: 'self.assertEqual(response.status_code, ⟦201⟧)' },
      { lang: 'go', text: 'assert.Equal(t, ⟦200⟧, w.Code)' },
      { lang: 'rust', text: 'assert_eq!(resp.status().as_u16(), ⟦404⟧);' },
      { lang: 'csharp', text: 'Assert.Equal(⟦404⟧, (int)response.StatusCode);' },
      { lang: 'java', text: '.statusCode(anyOf(is(⟦200⟧), is(204)));' },
      { lang: 'rust', text: 'assert_eq!(err.status().map(|s| s.as_u16()), Some(⟦502⟧));' },
      { lang: 'haskell', text: 'statusCode (simpleStatus r) `shouldBe` ⟦200⟧' },
      { lang: 'java', text: '.andExpect(jsonPath("$.status").value(⟦409⟧));' },
      { lang: 'haskell', text: 'it "rejects a bad id" $ get "/books/x" `shouldRespondWith`\n  ⟦400⟧' },
      { lang: 'ruby', text: 'expect(response.code).to eq("⟦201⟧")' },
      { lang: 'swift', text: 'XCTAssertEqual(response.statusCode, ⟦200⟧)' },
    ],
    silent: [
      { lang: 'javascript', text: 'expect(body.items.length).toBe(⟦200⟧);' },
      { lang: 'java', text: 'assertEquals(⟦250⟧, order.getTotal());' },
      { lang: 'ruby', text: 'assert_equal ⟦100⟧, page.size' },
      { lang: 'python', text: 'assert len(rows) == ⟦500⟧' },
      { lang: 'haskell', text: 'length rows `shouldBe` ⟦404⟧' },
      { lang: 'scala', text: 'books.map(_.pages) mustBe Some(⟦303⟧)' },
      { lang: 'kotlin', text: 'cart.items.size shouldBe ⟦201⟧' },
      { lang: 'python', text: 'self.assertEqual(len(rows), ⟦201⟧)' },
      { lang: 'go', text: 'assert.Equal(t, ⟦200⟧, len(items))' },
      { lang: 'rust', text: 'assert_eq!(buf.len(), ⟦404⟧);' },
      { lang: 'csharp', text: 'Assert.Equal(⟦404⟧, order.Lines.Count);' },
      { lang: 'java', text: '.body("size()", anyOf(is(⟦200⟧), is(204)));' },
      { lang: 'rust', text: 'assert_eq!(cache.get("k").map(|v| v.len()), Some(⟦502⟧));' },
      { lang: 'haskell', text: 'length (simpleBody r) `shouldBe` ⟦200⟧' },
      { lang: 'java', text: '.andExpect(jsonPath("$.total").value(⟦409⟧));' },
      { lang: 'haskell', text: 'it "counts rows" $ countRows db `shouldReturn`\n  ⟦400⟧' },
      { lang: 'ruby', text: 'expect(invoice.number).to eq("⟦201⟧")' },
      { lang: 'swift', text: 'XCTAssertEqual(items.count, ⟦200⟧)' },
    ],
  },
};
