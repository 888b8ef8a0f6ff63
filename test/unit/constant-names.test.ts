import * as assert from 'node:assert/strict';
import { constantIn } from '../../src/core/constants';
import { docOf } from '../support/labels';

/**
 * Which words name a status constant, family by family shape: qualified members, symbols and atoms, OCaml
 * variants, bare names where a family allows them (always, when imported, when its import is at the head),
 * module aliases with numbered members, Swift's shorthand, helpers that are calls, and other languages'.
 * Expected: [code, member, needsSlot] or null.
 */
const ROWS: Array<[lang: string, token: string, head: string, expected: [number, string, boolean] | null]> = [
  ['java', 'HttpStatus.NOT_FOUND', '', [404, 'NOT_FOUND', false]],
  // Play's Status members are written bare in Java too: only where a status goes.
  ['java', 'NOT_FOUND', '', [404, 'NOT_FOUND', true]],
  ['java', 'NOT_FOUND', 'import static org.springframework.http.HttpStatus.*;', [404, 'NOT_FOUND', false]],
  ['python', 'HttpStatus.NOT_FOUND', '', null],
  ['ruby', ':not_found', '', [404, 'not_found', true]],
  ['elixir', ':not_found', '', [404, 'not_found', true]],
  ['python', ':not_found', '', null],
  ['ocaml', '`Not_found', '', [404, 'Not_found', false]],
  ['ocaml', '`Not_Found', '', [404, 'Not_Found', false]],
  ['c', 'MHD_HTTP_NOT_FOUND', '', [404, 'MHD_HTTP_NOT_FOUND', false]],
  ['c', 'HTTP_NOT_FOUND', '', null],
  ['c', 'HTTP_NOT_FOUND', '#include "httpd.h"\n#include "http_protocol.h"', [404, 'HTTP_NOT_FOUND', false]],
  ['haskell', 'status404', '', [404, 'status404', false]],
  ['haskell', 'HTTP.status404', 'import qualified Network.HTTP.Types as HTTP', [404, 'status404', false]],
  ['haskell', 'err404', '', [404, 'err404', false]],
  ['cpp', 'k404NotFound', '', [404, 'k404NotFound', false]],
  ['cpp', 'drogon::k404NotFound', '', [404, 'k404NotFound', false]],
  ['cpp', 'http::status::not_found', '', [404, 'not_found', false]],
  ['swift', '.notFound', '', [404, 'notFound', true]],
  ['swift', 'HTTPStatus.notFound', '', [404, 'notFound', false]],
  ['swift', 'Color.notFound', '', null],
  ['scala', 'NOT_FOUND', 'import play.api.mvc._', [404, 'NOT_FOUND', true]],
  ['rust', 'StatusCode::NOT_FOUND', '', [404, 'NOT_FOUND', false]],
  ['rust', 'Status::NotFound', '', [404, 'NotFound', false]],
  ['powershell', '[System.Net.HttpStatusCode]::NotFound', '', [404, 'NotFound', false]],
  ['clojure', 'status/not-found', '', [404, 'not-found', false]],
  ['javascript', 'Boom.notFound', '', [404, 'notFound', false]],
  ['javascript', 'notFound', '', null],
  ['javascript', 'HTTP_STATUS_NOT_FOUND', '', [404, 'HTTP_STATUS_NOT_FOUND', false]],
  ['markdown', 'HttpStatus.NOT_FOUND', '', [404, 'NOT_FOUND', false]],
  ['vue', 'StatusCodes.NOT_FOUND', '', [404, 'NOT_FOUND', false]],
];

describe('constant names: which words name a status, by the shape of their family', () => {
  for (const [lang, token, head, expected] of ROWS) {
    it(`${token} in ${lang}${head ? ` under "${head.split('\n')[0]}"` : ''}: ${expected ? `${expected[0]}${expected[2] ? ', where a status goes' : ''}` : 'no constant'}`, () => {
      const hit = constantIn(token, lang, docOf(`${head}\n\nx = ${token}`, lang));
      assert.deepEqual(hit ? [hit.code, hit.member, hit.needsSlot] : null, expected);
      if (hit) assert.equal(token.slice(hit.start, hit.end).endsWith(hit.member), true, 'the hit ends at the member');
    });
  }
});
