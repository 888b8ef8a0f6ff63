import * as assert from 'node:assert/strict';
import { statusMap } from '../../src/core/evidence/status-map';
import type { Candidate } from '../../src/core/evidence/types';
import { markedCandidate } from '../support/candidate';

// Entries of maps from something to HTTP statuses (src/core/evidence/status-map.ts): entry shapes (bracketed,
// quoted, arrows, comments after), the lines passed on the way up (forty at most), and the map's name: HTTP words
// yes, another protocol, exit statuses, a domain's statuses or a word that only contains one (decodes) no.

const at = (lang: string, snippet: string): Candidate => markedCandidate(lang, snippet);

/** [language, snippet, does the rule fire on the marked number] */
const ROWS: Array<[string, string, boolean]> = [
  ["typescript", "const GRPC_TO_HTTP = {\n  [Code.NotFound]: ⟦404⟧,\n};", true],
  ["typescript", "const GRPC_TO_HTTP = {\n  [Code.NotFound]:⟦404⟧ ,\n};", true],
  ["typescript", "const GRPC_TO_HTTP = {\n  [Code.NotFound] => ⟦404⟧,\n};", true],
  ["typescript", "const GRPC_TO_HTTP = {\n  'not-found': '⟦404⟧',\n};", true],
  ["typescript", "const GRPC_TO_HTTP = {\n  x.y: ⟦404⟧, // note\n};", true],
  ["python", "GRPC_TO_HTTP = {\n    'not_found': ⟦404⟧,  # note\n}", true],
  ["typescript", "const GRPC_TO_HTTP = {\n  retryAfterSeconds: ⟦404⟧,\n};", false],
  ["typescript", "const GRPC_TO_HTTP = {\n  NotFound: ⟦404⟧ + 1,\n};", false],
  ["typescript", "const GRPC_TO_HTTP = {\n  NotFound: ⟦404⟧ x\n};", false],
  ["typescript", "const GRPC_TO_HTTP = {\n  a: b, NotFound: ⟦404⟧,\n};", false],
  ["typescript", "const GRPC_TO_HTTP = {\n  // a note\n  * b\n  NotFound: ⟦404⟧,\n};", true],
  ["typescript", "const GRPC_TO_HTTP = {\n  Missing: 404,\n  'gone': \"410\",\n  NotFound: ⟦404⟧,\n};", true],
  ["typescript", "const GRPC_TO_HTTP = (\n  NotFound: ⟦404⟧,\n);", true],
  ["typescript", "const GRPC_TO_HTTP = [\n  NotFound: ⟦404⟧,\n];", true],
  ["typescript", "const SMTP_STATUS = {\n  Busy: ⟦421⟧,\n};", false],
  ["typescript", "const exitStatus = {\n  Busy: ⟦421⟧,\n};", false],
  ["typescript", "const ftpCodes = {\n  Busy: ⟦421⟧,\n};", false],
  ["typescript", "const jobStatusCodes = {\n  Busy: ⟦421⟧,\n};", false],
  ["typescript", "const expectedByCase = {\n  Busy: ⟦503⟧,\n};", true],
  ["typescript", "const codes = {\n  Busy: ⟦503⟧,\n};", true],
  ["typescript", "const decodes = {\n  Busy: ⟦503⟧,\n};", false],
  ["typescript", "const things = {\n  Busy: ⟦503⟧,\n};", false],
  ["typescript", "const HTTP = computeAll(x);\n  Busy: ⟦503⟧,", false],
  ["typescript", "const GRPC_TO_HTTP = {\n  A: 400,\n  A: 400,\n  A: 400,\n  A: 400,\n  A: 400,\n  A: 400,\n  A: 400,\n  A: 400,\n  A: 400,\n  A: 400,\n  A: 400,\n  A: 400,\n  A: 400,\n  A: 400,\n  A: 400,\n  A: 400,\n  A: 400,\n  A: 400,\n  A: 400,\n  A: 400,\n  A: 400,\n  A: 400,\n  A: 400,\n  A: 400,\n  A: 400,\n  A: 400,\n  A: 400,\n  A: 400,\n  A: 400,\n  A: 400,\n  A: 400,\n  A: 400,\n  A: 400,\n  A: 400,\n  A: 400,\n  A: 400,\n  A: 400,\n  A: 400,\n  A: 400,\n  NotFound: ⟦404⟧,\n};", true],
  ["typescript", "const GRPC_TO_HTTP = {\n  A: 400,\n  A: 400,\n  A: 400,\n  A: 400,\n  A: 400,\n  A: 400,\n  A: 400,\n  A: 400,\n  A: 400,\n  A: 400,\n  A: 400,\n  A: 400,\n  A: 400,\n  A: 400,\n  A: 400,\n  A: 400,\n  A: 400,\n  A: 400,\n  A: 400,\n  A: 400,\n  A: 400,\n  A: 400,\n  A: 400,\n  A: 400,\n  A: 400,\n  A: 400,\n  A: 400,\n  A: 400,\n  A: 400,\n  A: 400,\n  A: 400,\n  A: 400,\n  A: 400,\n  A: 400,\n  A: 400,\n  A: 400,\n  A: 400,\n  A: 400,\n  A: 400,\n  A: 400,\n  NotFound: ⟦404⟧,\n};", false],
];

describe('status-map: entries of a map whose name says it holds statuses', () => {
  for (const [lang, snippet, expected] of ROWS) {
    it(`${expected ? 'fires' : 'silent'}: ${JSON.stringify(snippet.length > 90 ? '…' + snippet.slice(-90) : snippet)} (${lang})`, () => {
      assert.equal(!!statusMap.test(at(lang, snippet)), expected);
    });
  }
});
