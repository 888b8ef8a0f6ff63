import * as assert from 'node:assert/strict';
import { tuple } from '../../src/core/evidence/tuple';
import type { Candidate } from '../../src/core/evidence/types';
import { markedCandidate } from '../support/candidate';

// Response tuples (src/core/evidence/tuple.ts): Python's return body, status (a balanced body of one item),
// Rack's [status, headers, body], and Erlang's and Elixir's {status, ...} (not a tagged tuple, not a number pair).

const at = (lang: string, snippet: string): Candidate => markedCandidate(lang, snippet);

/** [language, snippet, does the rule fire on the marked number] */
const ROWS: Array<[string, string, boolean]> = [
  ["python", "return body, ⟦404⟧", true],
  ["python", "  return  body , ⟦404⟧", true],
  ["python", "return jsonify(a, b), ⟦404⟧", true],
  ["python", "return {\"a\": 1, \"b\": 2}, ⟦404⟧", true],
  ["python", "return [1, 2], ⟦404⟧", true],
  ["python", "return a, b, ⟦404⟧", false],
  ["python", "return f(a)), ⟦404⟧", false],
  ["python", "return f((a), ⟦404⟧", false],
  ["python", "x = body, ⟦404⟧", false],
  ["python", "return body,⟦404⟧", true],
  ["javascript", "return body, ⟦404⟧", false],
  ["ruby", "[⟦200⟧, { 'content-type' => 'text/plain' }, ['ok']]", true],
  ["ruby", "x = [ ⟦200⟧ , {}, ['ok']]", true],
  ["ruby", "[⟦200⟧, HEADERS, ['ok']]", true],
  ["ruby", "[⟦200⟧, Rack::Headers, ['ok']]", true],
  ["ruby", "[⟦200⟧, json_headers , [body]]", true],
  ["ruby", "[⟦200⟧, 300, 400]", false],
  ["ruby", "foo[⟦200⟧, {}]", false],
  ["python", "[⟦200⟧, {}, ['ok']]", false],
  ["erlang", "{⟦503⟧, #{state => draining}}", true],
  ["erlang", "{⟦404⟧, Headers, <<\"missing\">>}", true],
  ["erlang", "{ ⟦404⟧ , <<\"missing\">>}", true],
  ["elixir", "{⟦200⟧, %{ok: true}}", true],
  ["elixir", "{⟦200⟧, body}", true],
  ["elixir", "{⟦200⟧, \"ok\"}", true],
  ["elixir", "{⟦200⟧, [1]}", true],
  ["elixir", "{⟦200⟧, 1}", false],
  ["elixir", "{⟦200⟧, :ok}", false],
  ["elixir", "{⟦200⟧, ok}", false],
  ["elixir", "{⟦200⟧, :error}", false],
  ["elixir", "x{⟦200⟧, body}", false],
  ["elixir", "=> {⟦200⟧, body}", true],
  ["elixir", "[{⟦200⟧, body}]", true],
  ["elixir", "{⟦200⟧ + 1, body}", false],
];

describe('tuple: response tuples, language by language', () => {
  for (const [lang, snippet, expected] of ROWS) {
    it(`${expected ? 'fires' : 'silent'}: ${JSON.stringify(snippet.length > 90 ? '…' + snippet.slice(-90) : snippet)} (${lang})`, () => {
      assert.equal(!!tuple.test(at(lang, snippet)), expected);
    });
  }
});
