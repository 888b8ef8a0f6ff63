import * as assert from 'node:assert/strict';
import { completionsAt, statusAt } from '../../src/core/index';
import type { TextSource } from '../../src/core/index';
import { docOf } from '../support/labels';

/**
 * The contract: every answer looks at a bounded neighbourhood of the position, whatever the document.
 * These documents are built to break that (huge files, huge lines, deep nesting, endless quotes); a spy on
 * lineAt records which lines each answer reads. How fast the answers come is measured in the perf tier
 * (test/perf) and by `npm run bench`, not here: a timed unit test breaks under coverage and mutation tools.
 */

/** Lines the core may read for one answer: the head of the file, and a window around the position. */
const HEAD_LINES = 400;
const LINES_ABOVE = 300;
const LINES_BELOW = 60;

interface Spy extends TextSource {
  read: Set<number>;
}

function spy(doc: TextSource): Spy {
  const read = new Set<number>();
  return { ...doc, read, lineAt: (i: number) => { read.add(i); return doc.lineAt(i); } };
}

/** Asks both functions at the position on a fresh spy; checks that only allowed lines were read. */
function ask(doc: TextSource, line: number, character: number) {
  const s = spy(doc);
  const hit = statusAt(s, { line, character });
  const list = completionsAt(s, { line, character });
  const outside = [...s.read].filter((l) => !(l < HEAD_LINES || (l >= line - LINES_ABOVE && l <= line + LINES_BELOW)));
  assert.deepEqual(outside.slice(0, 5), [], `read lines outside the window of line ${line}`);
  assert.ok(s.read.size <= HEAD_LINES + LINES_ABOVE + LINES_BELOW + 1, `${s.read.size} lines read`);
  return { hit: hit && { code: hit.code, line: hit.line, start: hit.start, end: hit.end }, list };
}

const fill = (pattern: string, size: number) => pattern.repeat(Math.ceil(size / pattern.length)).slice(0, size);

describe('bounded reading: adversarial documents, right answers where defined', () => {
  it('200,000 lines of `status = 404`: found on line 100,000 and on the last line', () => {
    const text = Array<string>(200_000).fill('status = 404').join('\n');
    for (const lang of ['javascript', 'python', 'yaml']) {
      const doc = docOf(text, lang);
      assert.deepEqual(ask(doc, 100_000, 10).hit, { code: 404, line: 100_000, start: 9, end: 12 }, lang);
      assert.deepEqual(ask(doc, 199_999, 12).hit, { code: 404, line: 199_999, start: 9, end: 12 }, lang);
      assert.equal(ask(doc, 100_000, 9).list?.find((s) => s.code === 404)?.insertText, '404', `${lang}: completion after "status = "`);
    }
  });

  it('1 MB of digits on one line: no status in it', () => {
    const doc = docOf(fill('1234567890', 1_000_000), 'javascript');
    for (const at of [0, 500_000, 1_000_000]) {
      const { hit, list } = ask(doc, 0, at);
      assert.equal(hit, undefined);
      assert.equal(list, undefined);
    }
  });

  it('200,000 nested parentheses: f(…res.status(404)…) is found, f(…f(404)…) is not', () => {
    const call = 'f('.repeat(200_000) + 'res.status(404' + ')'.repeat(200_001);
    const at = 400_000 + 'res.status('.length;
    assert.deepEqual(ask(docOf(call, 'javascript'), 0, at + 1).hit, { code: 404, line: 0, start: at, end: at + 3 });
    const plain = 'f('.repeat(200_000) + 'setTimeout(x, 404' + ')'.repeat(200_001);
    assert.equal(ask(docOf(plain, 'javascript'), 0, 400_000 + 'setTimeout(x, '.length + 1).hit, undefined);
  });

  it('300,000 spaces, then res.status(404): the exact range', () => {
    const doc = docOf(' '.repeat(300_000) + 'res.status(404)', 'javascript');
    for (const at of [300_011, 300_012, 300_014]) assert.deepEqual(ask(doc, 0, at).hit, { code: 404, line: 0, start: 300_011, end: 300_014 });
    assert.equal(ask(doc, 0, 150_000).hit, undefined);
  });

  it('a line of 100,000 `/*"""` in Python: the line after it is code', () => {
    const doc = docOf('/*"""'.repeat(100_000) + '\n    abort(404)', 'python');
    assert.equal(ask(doc, 0, 250_000).hit, undefined);
    assert.deepEqual(ask(doc, 1, 11).hit, { code: 404, line: 1, start: 10, end: 13 });
  });

  it('1,000 lines of 10 KB of triple quotes above a call (an even count: the call is code)', () => {
    const doc = docOf([...Array<string>(1000).fill(fill('"""', 10_000)), '    abort(404)'].join('\n'), 'python');
    assert.deepEqual(ask(doc, 1000, 11).hit, { code: 404, line: 1000, start: 10, end: 13 });
  });

  it('a 10 MB document of 1,000 long lines: every res.status(404) found, with its completion', () => {
    const line = 'res.status(404); '.repeat(602);
    const doc = docOf(Array<string>(1000).fill(line).join('\n'), 'javascript');
    for (const [l, k] of [[0, 0], [500, 301], [999, 601]]) {
      const at = k * 17 + 'res.status('.length;
      const { hit } = ask(doc, l, at + 1);
      assert.deepEqual(hit, { code: 404, line: l, start: at, end: at + 3 });
      assert.equal(ask(doc, l, at).list?.find((s) => s.code === 404)?.insertText, '404');
    }
  });

  it('a long line of repeated constants: the one in the middle, its whole range', () => {
    const unit = 'HttpStatus.NOT_FOUND, ';
    const doc = docOf(unit.repeat(50_000), 'java');
    const start = unit.length * 25_000;
    for (const k of [0, 11, 19, 20]) assert.deepEqual(ask(doc, 0, start + k).hit, { code: 404, line: 0, start, end: start + 20 });
  });

  it('reads the same few lines in a 2,000-line file and a 200,000-line one', () => {
    const make = (n: number) => docOf(Array.from({ length: n }, (_, i) => (i % 7 === 0 ? '  res.status(404);' : `  const v${i} = f(${i % 500});`)).join('\n'), 'javascript');
    const small = spy(make(2_000));
    const large = spy(make(200_000));
    statusAt(small, { line: 1001, character: 14 });
    statusAt(large, { line: 100_002, character: 14 });
    assert.ok(large.read.size <= small.read.size + 5, `${large.read.size} lines read in the large file, ${small.read.size} in the small one`);
  });
});
