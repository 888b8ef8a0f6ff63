import * as assert from 'node:assert/strict';
import { statusParameter } from '../../src/core/evidence/status-parameter';
import type { Candidate } from '../../src/core/evidence/types';
import { markedCandidate } from '../support/candidate';
import { editableDoc } from '../support/labels';

// Arguments passed where the file's own function names its parameter for a status
// (src/core/evidence/status-parameter.ts): how each language writes a parameter list (types before or after,
// defaults, references, optional marks, self), and how strongly the parameter's name says status.

const at = (lang: string, snippet: string): Candidate => markedCandidate(lang, snippet);

/** [language, definition and call, the strength the parameter's name gives (0: silent)] */
const ROWS: Array<[string, string, number]> = [
  ["typescript", "function fail(msg: string, status?: number) {}\nfail('gone', ⟦410⟧);", 1],
  ["typescript", "function fail(msg: string, status: number = 500) {}\nfail('gone', ⟦410⟧);", 1],
  ["php", "function fail($msg, &$status) {}\nfail('gone', ⟦410⟧);", 1],
  ["php", "function fail($msg, $status = 500) {}\nfail('gone', ⟦410⟧);", 1],
  ["go", "func writeErr(w http.ResponseWriter, status int, msg string) {}\nwriteErr(w, ⟦404⟧, \"x\")", 1],
  ["go", "func writeErr(w http.ResponseWriter, size int, msg string) {}\nwriteErr(w, ⟦404⟧, \"x\")", 0],
  ["c", "void send_err(int fd, unsigned   status_code) {}\nsend_err(fd, ⟦404⟧);", 1],
  ["c", "void send_err(int fd, int *status) {}\nsend_err(fd, ⟦404⟧);", 1],
  ["ruby", "def fail(msg, status)\nend\nfail('gone', ⟦410⟧)", 1],
  ["ruby", "def fail(msg, @status)\nend\nfail('gone', ⟦410⟧)", 1],
  ["python", "def fail(self, msg, status):\n    pass\nself.fail('gone', ⟦410⟧)", 1],
  ["python", "def fail(cls, msg, status):\n    pass\nx.fail('gone', ⟦410⟧)", 1],
  ["python", "def fail(msg, order_code):\n    pass\nfail('gone', ⟦410⟧)", 0],
  ["python", "def fail(msg, code):\n    pass\nfail('gone', ⟦410⟧)", 0.6],
  ["python", "def fail(msg, http_code):\n    pass\nfail('gone', ⟦410⟧)", 1],
  ["python", "def fail(msg, status_code):\n    pass\nfail('gone', ⟦410⟧)", 1],
  ["python", "def fail(msg, response_error_code):\n    pass\nfail('gone', ⟦410⟧)", 0],
  ["python", "def fail(msg, statusCode):\n    pass\nfail('gone', ⟦410⟧)", 1],
  ["python", "def fail(msg, status):\n    pass\nfail('gone' + ⟦410⟧)", 0],
  ["python", "if (a, status):\n    pass\nif('gone', ⟦410⟧)", 0],
  ["python", "def fail(msg,\n         status):\n    pass\nfail('gone', ⟦410⟧)", 0],
  ["javascript", "const fail = (msg, status) => {};\nfail('gone', ⟦410⟧);", 1],
  ["javascript", "const fail = async function (msg, status) {};\nfail('gone', ⟦410⟧);", 1],
  ["javascript", "const api = { fail: (msg, status) => {} };\napi.fail('gone', ⟦410⟧);", 1],
  ["java", "static ResponseEntity<Err> fail(String msg, int status) {\n}\nfail(\"gone\", ⟦410⟧);", 1],
  ["java", "public Err fail(String msg, int status) throws IOException {\n}\nfail(\"gone\", ⟦410⟧);", 1],
  ["rust", "fn classify(status: u16, retry_after: u64) -> Kind {\n}\nclassify(⟦429⟧, 60)", 1],
  ["rust", "fn classify(status: u16, retry_after: u64) -> Kind {\n}\nclassify(429, ⟦600⟧)", 0],
  ["python", "def fail(msg, status=500, *args, **kw):\n    pass\nfail('gone', ⟦410⟧)", 1],
  ["swift", "func fail(_ status: Int, message: String) {\n}\nfail(⟦410⟧, message: \"gone\")", 1],
  ["rust", "fn fail(mut status: u16) -> Reply {\n}\nfail(⟦410⟧)", 1],
  ["typescript", "class Failure {\n  constructor(private readonly status: number) {}\n}\nfunction fail(public status: number) {}\nfail(⟦410⟧);", 1],
  ["typescript", "function page(public size: number) {}\npage(⟦410⟧);", 0],
  ["cpp", "void send_reply(Conn& c, const http::status& status) {\n}\nsend_reply(c, ⟦410⟧);", 1],
  ["cpp", "void send_reply(Conn& c, std::size_t length) {\n}\nsend_reply(c, ⟦410⟧);", 0],
  ["php", "function fail($msg, $code) {}\nfail('gone', ⟦410⟧);", 0.6],
  ["python", "def fail(msg, statuscode):\n    pass\nfail('gone', ⟦410⟧)", 1],
  ["python", "def relay(msg, processor_status):\n    pass\nrelay('declined', ⟦402⟧)", 1],
  ["javascript", "function waitFor(status) {}\nwaitFor(⟦503⟧);", 1],
  ["python", "def forbid(msg, status):\n    pass\nforbid('no', ⟦403⟧)", 1],
];

describe('status-parameter: parameter lists language by language, and what their names say', () => {
  for (const [lang, snippet, strength] of ROWS) {
    it(`${strength ? `strength ${strength}` : 'silent'}: ${JSON.stringify(snippet)} (${lang})`, () => {
      assert.equal(statusParameter.test(at(lang, snippet))?.strength ?? 0, strength);
    });
  }

  it('reads the definitions again after an edit, not the ones of the version it read before', () => {
    const doc = editableDoc("def fail(msg, status):\n    pass\nfail('gone', 410)", 'python');
    const call = (): Candidate => ({ ...at('python', "fail('gone', ⟦410⟧)"), doc, line: 2 });
    assert.equal(statusParameter.test(call())?.strength, 1);
    doc.set("def fail(msg, size):\n    pass\nfail('gone', 410)");
    assert.equal(statusParameter.test(call()), undefined);
    doc.set("def fail(msg, code):\n    pass\nfail('gone', 410)");
    assert.equal(statusParameter.test(call())?.strength, 0.6);
  });

  it('reads definitions from the first four hundred lines only', () => {
    const far = (n: number): string => `${'x = 1\n'.repeat(n)}def fail(msg, status):\n    pass\nfail('gone', ⟦410⟧)`;
    assert.equal(statusParameter.test(at('python', far(399)))?.strength, 1);
    assert.equal(statusParameter.test(at('python', far(400))), undefined);
  });
});
