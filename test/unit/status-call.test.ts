import * as assert from 'node:assert/strict';
import { statusCall } from '../../src/core/evidence/status-call';
import type { Candidate } from '../../src/core/evidence/types';
import { markedCandidate } from '../support/candidate';

// Calls that take a status, beyond the table's own rows (src/core/evidence/status-call.ts): the value as
// the whole argument (cast, spaced, keyed), a project's own HTTP error classes and response helpers, casts
// to the status type, OCaml's `Code, and lookups keyed by status.

const at = (lang: string, snippet: string): Candidate => markedCandidate(lang, snippet);

/** [language, snippet, 'numeric' (a call that turns a number into a status), 'fires', 'silent'] */
const ROWS: Array<[string, string, 'numeric' | 'fires' | 'silent']> = [
  ["javascript", "res.status( ⟦404⟧)", 'fires'],
  ["javascript", "res.status(( int ) ⟦404⟧)", 'fires'],
  ["csharp", "return StatusCode((int)⟦404⟧);", 'fires'],
  ["csharp", "return StatusCode(( HttpStatusCode )  ⟦404⟧);", 'fires'],
  ["csharp", "return StatusCode((long)⟦404⟧);", 'silent'],
  ["javascript", "res.status(x + ⟦404⟧)", 'silent'],
  ["python", "make_response(body, status = ⟦404⟧)", 'fires'],
  ["python", "make_response(body, code:⟦404⟧)", 'fires'],
  ["python", "make_response(body, size=⟦404⟧)", 'silent'],
  ["python", "make_response(body, mystatus=⟦404⟧)", 'silent'],
  ["javascript", "throw new ApiError(⟦409⟧, 'dup');", 'fires'],
  ["javascript", "throw new ApiError('dup', ⟦409⟧);", 'silent'],
  ["javascript", "throw new ParseError(⟦409⟧, 'dup');", 'silent'],
  ["javascript", "throw new RecipeServiceException(⟦401⟧);", 'fires'],
  ["go", "writeJSON(w, ⟦200⟧, v)", 'fires'],
  ["go", "writeJSON(w , ⟦200⟧, v)", 'fires'],
  ["go", "writeJSON(x, ⟦200⟧, v)", 'silent'],
  ["go", "writeJSON(w, 100, ⟦200⟧)", 'silent'],
  ["go", "writeJSON(⟦200⟧, v)", 'silent'],
  ["go", "compute(w, ⟦200⟧, v)", 'silent'],
  ["javascript", "respond(res, ⟦404⟧, err)", 'fires'],
  ["javascript", "sendError(ctx, ⟦500⟧)", 'fires'],
  ["javascript", "replyWith(reply, ⟦503⟧)", 'fires'],
  ["csharp", "var s = (HttpStatusCode)⟦404⟧;", 'fires'],
  ["csharp", "var s = ( HttpStatus ) ⟦404⟧;", 'fires'],
  ["csharp", "var s = (HttpStatusCode) x + ⟦404⟧;", 'silent'],
  ["ocaml", "Server.respond_string ~status:(`Code ⟦418⟧) ~body ()", 'numeric'],
  ["ocaml", "Server.respond_string ~status:(`Code (⟦418⟧)) ~body ()", 'numeric'],
  ["haskell", "`Code ⟦418⟧", 'silent'],
  ["javascript", "http.STATUS_CODES[⟦414⟧]", 'fires'],
  ["php", "Response::$statusTexts[⟦404⟧]", 'fires'],
  ["javascript", "DEFAULT_RESPONSES[ '⟦401⟧'", 'fires'],
  ["javascript", "rows[⟦404⟧]", 'silent'],
];

describe('status-call: calls that take a status, form by form', () => {
  for (const [lang, snippet, expected] of ROWS) {
    it(`${expected}: ${snippet} (${lang})`, () => {
      const f = statusCall.test(at(lang, snippet));
      assert.equal(f ? (f.numeric ? 'numeric' : 'fires') : 'silent', expected);
    });
  }
});
