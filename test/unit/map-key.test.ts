import * as assert from 'node:assert/strict';
import { mapKey } from '../../src/core/evidence/map-key';
import type { Candidate } from '../../src/core/evidence/types';
import { markedCandidate } from '../support/candidate';

// A status used as a map key (src/core/evidence/map-key.ts): the key shapes of each language (JSON,
// Lua's [401] =, Perl's and Elixir's =>, Erlang's and Scala's ->, Kotlin's to), the other keys on the line
// and the lines around, values that are numbers, and keys mapped to messages.

const at = (lang: string, snippet: string): Candidate => markedCandidate(lang, snippet);

/** [language, snippet, is the marked number a status key] */
const ROWS: Array<[string, string, boolean]> = [
  ["javascript", "const m = { ⟦429⟧: 'Slow down', 503: 'Maintenance' };", true],
  ["javascript", "const m = { ⟦200⟧: 'Fine now', 503: 'Maintenance' };", true],
  ["javascript", "const m = { ⟦199⟧: 'x', 503: 'y' };", true],
  ["javascript", "const m = { ⟦300⟧: 'x', 503: 'y' };", true],
  ["javascript", "const m = { ⟦201⟧: 120, 305: 250 };", false],
  ["javascript", "const m = { ⟦201⟧: 99, 503: 1 };", true],
  ["javascript", "const m = { ⟦201⟧: 100, 503: 1 };", false],
  ["javascript", "const m = { ⟦201⟧ : 'x', 503 :'y' };", true],
  ["javascript", "const m = { ⟦201⟧:  'x',  503:'y' };", true],
  ["javascript", "const m = { \"⟦429⟧\": 60, \"503\": 30 };", true],
  ["javascript", "const m = { ⟦429⟧: 60, 1024: 30 };", false],
  ["javascript", "const m = { ⟦429⟧: 60, x503: 30 };", false],
  ["javascript", "const m = {a: 1, ⟦429⟧: 60, 503: 30 };", true],
  ["javascript", "f(x, ⟦429⟧: 60, 503: 30)", true],
  ["javascript", "x = ⟦429⟧: 60", false],
  ["javascript", "const m = { ⟦429⟧:: 60, 503: 30 };", false],
  ["javascript", "const m = { ⟦429⟧ == 60, 503: 30 };", false],
  ["lua", "local m = {\n  [401] = \"Missing token\",\n  [⟦403⟧] = \"Suspended\",\n}", true],
  ["lua", "local m = {\n  [ ⟦403⟧ ] = \"Suspended account\",\n}", true],
  ["lua", "local m = {\n  [401] = \"Missing token\",\n  [⟦403⟧] = \"Suspended\",\n  [1024] = \"x\",\n}", false],
  ["lua", "local m = {\n  [401] = \"Missing token\",\n  [⟦403⟧] = \"Suspended\",\n  [ 1024 ] = \"x\",\n}", false],
  ["lua", "local m = {\n  [401] = \"Missing token\",\n  [⟦403⟧] = \"Suspended\",\n  [ '1024' ] = \"x\",\n}", false],
  ["lua", "local m = {\n  [401] = \"Missing token\",\n  [⟦403⟧] = \"Suspended\",\n\n\n  [1024] = \"x\",\n}", true],
  ["lua", "local m = {\n  [401] = \"Missing token\",\n  [⟦403⟧] = \"Suspended\",\n[1024] = \"x\",\n}", false],
  ["lua", "local m = {\n  [401] = 1,\n\n  [⟦403⟧] = 2,\n}", true],
  ["lua", "local m = {\n  [⟦403⟧] = 2,\n\n  [401] = 1,\n}", true],
  ["lua", "local m = { [401] = 'a', [⟦403⟧] = 'b' }", true],
  ["lua", "local m = {\n\n  [⟦403⟧] = \"Suspended\",\n  [404] = 'gone',\n}", true],
  ["perl", "my %m = (\n  404 => 'no gauge',\n  ⟦423⟧ => 'in maintenance',\n);", true],
  ["perl", "my %m = (\n  ⟦423⟧ => 'in maintenance',\n);", true],
  ["perl", "my %m = (\n  ⟦423⟧ => 'inmaintenance',\n);", false],
  ["perl", "my %m = (\n  ⟦499⟧ => 'in maintenance',\n);", true],
  ["perl", "my %m = (\n  ⟦423⟧ =>  \"in maintenance\",\n);", true],
  ["elixir", "%{⟦404⟧ => :not_found, 410 => :gone}", true],
  ["kotlin", "mapOf(⟦404⟧ to \"x\", 410 to \"y\")", true],
  ["erlang", "#{⟦404⟧ -> not_found, 410 -> gone}", true],
  ["kotlin", "val x = ⟦404⟧ to 410", false],
  ["javascript", "const range = 'from ⟦200⟧ to 299';", false],
  ["scala", "Map(⟦404⟧ -> \"x\", 410 -> \"y\")", true],
  ["javascript", "const m = { ⟦429⟧: 'x', 200: 'y' };", true],
  ["javascript", "const m = { ⟦429⟧: 'x', 101: 'y' };", false],
  ["javascript", "mapOf(⟦404⟧ to \"x\", 410 to \"y\")", false],
  ["kotlin", "mapOf(⟦404⟧  to \"x\", 410 to \"y\")", true],
  ["kotlin", "mapOf(410  to \"y\", ⟦404⟧ to \"x\")", true],
  ["javascript", "x = ⟦429⟧: 'Slow down', 503: 'Maintenance'", false],
  ["javascript", "const m = { ⟦429⟧: 'Slow down', 503: 300 };", true],
  ["javascript", "const m = { \"⟦429⟧\": 120, \"503\": 30 };", false],
  ["javascript", "const m = { ⟦201⟧:120, 503: 1 };", false],
  ["javascript", "const m = {429: 'x', ⟦503⟧: 'y'};", true],
  ["javascript", "const m = { ⟦429⟧: 'x', 1024: 'y', 503: 'z',\n  299: 'w' };", false],
  ["javascript", "const m = { ⟦429⟧: 'x', 1024: 'y', 503: 'z',\n  2048: 'w' };", false],
  ["javascript", "const m = { ⟦429⟧: 60 }; const note = 'slow down';", false],
  ["json", "{ \"⟦429⟧\": \"Slow down\" }", true],
  ["javascript", "const m = { ⟦429⟧: 60 };", false],
];

describe('map-key: statuses as map keys, language by language', () => {
  for (const [lang, snippet, expected] of ROWS) {
    it(`${expected ? 'a status key' : 'not one'}: ${JSON.stringify(snippet)} (${lang})`, () => {
      assert.equal(!!mapKey.test(at(lang, snippet)), expected);
    });
  }
});
