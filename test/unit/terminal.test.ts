import * as assert from 'node:assert/strict';
import { terminalStatuses } from '../../src/core/terminal';

// Statuses in terminal output (src/core/terminal.ts): status lines of curl and httpie, access-log lines,
// logfmt keys. Each row marks the statuses it must find; every other number stays plain.

/** [a line of terminal output, with the statuses marked ⟦⟧] */
const ROWS: string[] = [
  'HTTP/1.1 ⟦429⟧ Too Many Requests',
  '< HTTP/2 ⟦404⟧ ',
  '< HTTP/1.1 ⟦301⟧ Moved Permanently',
  'HTTP/2.0 ⟦204⟧',
  '  HTTP/1.1 ⟦200⟧ OK',
  '127.0.0.1 - - [06/Dec/2026:10:01:02 +0000] "GET /items/42 HTTP/1.1" ⟦404⟧ 512 "-" "curl/8.5.0"',
  '10.0.0.7 - frank [06/Dec/2026:10:01:02 +0000] "POST /login HTTP/2.0" ⟦401⟧ - 0.003',
  'level=warn msg="upstream slow" status=⟦503⟧ duration=1200ms bytes=404',
  'time=2026-12-06T10:00:00Z status_code=⟦429⟧ retry_after=120',
  'status=⟦200⟧ upstream="GET /a HTTP/1.1" ⟦502⟧ 12',
  // Look-alikes: byte counts, timings, ports, versions and ids are not statuses.
  'Content-Length: 404',
  'listening on :8080 after 200 ms',
  'took 500ms, wrote 404 bytes',
  'HTTP/1.1 600 Odd',
  'HTTP/1.1 4040 Nope',
  'x HTTP/1.1 404 Not Found',
  '"GET /items HTTP/1.1" 4041 512',
  'status=404ms',
  'mystatus=404',
  'exit status 500',
];

describe('terminal: statuses in curl, httpie and access-log output, line by line', () => {
  for (const row of ROWS) {
    const expected: Array<{ start: number; length: number; code: number }> = [];
    let text = '';
    for (const part of row.split(/(⟦\d+⟧)/)) {
      if (/^⟦\d+⟧$/.test(part)) {
        expected.push({ start: text.length, length: 3, code: Number(part.slice(1, -1)) });
        text += part.slice(1, -1);
      } else text += part;
    }
    it(`${expected.length ? expected.map((e) => e.code).join(', ') : 'nothing'}: ${JSON.stringify(text)}`, () => {
      assert.deepEqual(terminalStatuses(text), expected);
    });
  }

  it('reads no line longer than 4,000 characters, and no input that is not text', () => {
    const line = (n: number) => `HTTP/1.1 404 Not Found ${'x'.repeat(n - 23)}`;
    assert.equal(line(4000).length, 4000);
    assert.equal(terminalStatuses(line(4000)).length, 1);
    assert.deepEqual(terminalStatuses(line(4001)), []);
    assert.deepEqual(terminalStatuses(undefined as never), []);
  });
});
