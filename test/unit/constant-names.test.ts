import * as assert from 'node:assert/strict';
import { constantIn, families } from '../../src/core/constants';
import { docOf, editableDoc } from '../support/labels';

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
  // Import aliases, language by language; without the import the alias is nothing, and `_` imports nothing.
  ['php', 'Resp::HTTP_NOT_FOUND', 'use Symfony\\Component\\HttpFoundation\\Response as Resp;', [404, 'HTTP_NOT_FOUND', false]],
  ['typescript', 'SC.NOT_FOUND', 'import { StatusCodes as SC } from "http-status-codes";', [404, 'NOT_FOUND', false]],
  ['typescript', 'SC.NOT_FOUND', '', null],
  ['python', 'S.NOT_FOUND', 'from http import HTTPStatus as S', [404, 'NOT_FOUND', false]],
  ['python', 'S.NOT_FOUND', 'from http import (HTTPStatus as S, client)', [404, 'NOT_FOUND', false]],
  ['go', 'h.StatusNotFound', 'import h "net/http"', [404, 'StatusNotFound', false]],
  ['go', 'h.StatusNotFound', '', null],
  ['scala', 'SC.NotFound', 'import akka.http.scaladsl.model.{StatusCodes => SC}', [404, 'NotFound', false]],
  ['scala', '_.NotFound', 'import akka.http.scaladsl.model.{StatusCodes => _}', null],
  ['csharp', 'S.NotFound', 'using S = System.Net.HttpStatusCode;', [404, 'NotFound', false]],
  ['typescript', 'GrpcStatus.NOT_FOUND', 'import { status as GrpcStatus } from "@grpc/grpc-js";', null],
  // Prose documents quote any language's constants; code files only their own languages'.
  ['markdown', 'http.StatusNotFound', '', [404, 'StatusNotFound', false]],
  ['plaintext', 'HTTPStatus.NOT_FOUND', '', [404, 'NOT_FOUND', false]],
  ['rust', 'HTTPStatus.NOT_FOUND', '', null],
  // Members that carry their number, bare or qualified; a number that is not the code is not one.
  ['powershell', '[Net.HttpStatusCode]::NotFound', '', [404, 'NotFound', false]],
  ['python', 'HTTP_404_NOT_FOUND', '', [404, 'HTTP_404_NOT_FOUND', false]],
  ['csharp', 'Status404NotFound', '', [404, 'Status404NotFound', false]],
  ['csharp', 'StatusCodes.Status404NotFound', '', [404, 'Status404NotFound', false]],
  ['haskell', 'Types.notFound404', 'import qualified Network.HTTP.Types as Types', [404, 'notFound404', false]],
  ['haskell', 'HTTP.status4040', '', null],
  ['swift', 'x.notFound', '', null],
  // Imports however they are spaced or nested: no space before the brace, an indented from-import, doubled spaces.
  ['typescript', 'SC.NOT_FOUND', 'import{ StatusCodes as SC } from "http-status-codes";', [404, 'NOT_FOUND', false]],
  ['typescript', 'SC2.NOT_FOUND', 'import { StatusCodes as SC2 } from "http-status-codes";', [404, 'NOT_FOUND', false]],
  ['typescript', 'SC.NOT_FOUND', 'import { StatusCodes  as  SC } from "http-status-codes";', [404, 'NOT_FOUND', false]],
  ['python', 'S.NOT_FOUND', 'try:\n    from http import HTTPStatus as S\nexcept ImportError:\n    pass', [404, 'NOT_FOUND', false]],
  ['python', 'S.NOT_FOUND', 'from  http  import  HTTPStatus as S', [404, 'NOT_FOUND', false]],
  ['python', 'S.NOT_FOUND', 'from http import  (HTTPStatus as S)', [404, 'NOT_FOUND', false]],
  ['scala', 'SC.NotFound', 'import  akka.http.scaladsl.model.{StatusCodes => SC}', [404, 'NotFound', false]],
  // A token that does not start with a name names nothing.
  ['javascript', '404', '', null],
  ['javascript', '-NOT_FOUND', '', null],
  // A family counts in its own languages only.
  ['python', 'NOT_FOUND', 'import static org.springframework.http.HttpStatus.*;', null],
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

describe('constant names: every member of every family, as its users write it', () => {
  // Each family in each of its languages, under the import its evidence names: every member with the first
  // qualifier, and one member with every other qualifier (full paths included). The hit names the family the
  // file imports, so its deprecation is that family's (Micronaut's HttpStatus is not Spring's).
  for (const fam of families) {
    it(`${fam.id}: every member is its own code, in ${fam.languages.join(', ')}`, () => {
      const write = (q: string, member: string) =>
        fam.separator === ':' ? `:${member}` : fam.separator === '`' ? `\`${member}` : q ? `${q}${fam.separator}${member}` : member;
      const members = Object.entries(fam.members);
      for (const lang of fam.languages) {
        const tokens: Array<[string, string, number]> = [];
        const [first = '', ...others] = fam.qualifiers;
        for (const [member, code] of members) tokens.push([write(first, member), member, code]);
        for (const q of others) tokens.push([write(q, members[0][0]), members[0][0], members[0][1]]);
        for (const [token, member, code] of tokens) {
          const hit = constantIn(token, lang, docOf(`${fam.evidence[0] ?? ''}\n\nx = ${token}`, lang));
          assert.deepEqual(hit && [hit.code, hit.member, hit.family.id, hit.deprecated], [code, member, fam.id, !!fam.deprecated?.includes(member)], `${token} (${lang})`);
        }
        if (first && fam.separator !== ':' && fam.separator !== '`') {
          const hit = constantIn(write('Unrelated', members[0][0]), lang, docOf(`x = ${write('Unrelated', members[0][0])}`, lang));
          assert.notEqual(hit?.family.id, fam.id, 'another receiver is not the family');
        }
      }
    });
  }
});

describe('constant names: import aliases follow the document', () => {
  it('reads the aliases again after an edit, from the first 120 lines only', () => {
    const doc = editableDoc('import { StatusCodes as SC } from "http-status-codes";\nx = SC.NOT_FOUND', 'typescript');
    assert.equal(constantIn('SC.NOT_FOUND', 'typescript', doc)?.code, 404);
    doc.set('import { StatusCodes as Codes } from "http-status-codes";\nx = SC.NOT_FOUND');
    assert.equal(constantIn('SC.NOT_FOUND', 'typescript', doc), undefined);
    assert.equal(constantIn('Codes.NOT_FOUND', 'typescript', doc)?.code, 404);
    const at = (n: number) => docOf(`${'\n'.repeat(n)}import { StatusCodes as SC } from "http-status-codes";\nx = SC.NOT_FOUND`, 'typescript');
    assert.equal(constantIn('SC.NOT_FOUND', 'typescript', at(119))?.code, 404);
    assert.equal(constantIn('SC.NOT_FOUND', 'typescript', at(120)), undefined);
  });
});
