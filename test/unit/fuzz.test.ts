import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import * as path from 'node:path';
import { inspect } from 'node:util';
import { Worker } from 'node:worker_threads';
import { completionsAt, lookup, search, statusAt } from '../../src/core/index';
import { detectStatus } from '../../src/core/detect';
import { completeStatus } from '../../src/core/complete';
import { defaultCatalogue, StatusCatalogue } from '../../src/core/catalogue';
import type { Place, TextSource } from '../../src/core/index';
import { docOf } from '../support/labels';

/**
 * Property-based tests of the headless API (CONTRACT.md section 2): whatever the document, the position or
 * the query, the four functions answer in the shape the contract promises. The properties run against the
 * internal functions themselves (detectStatus, completeStatus, the catalogue's search and lookup), not
 * through index.ts, whose try/catch would hide a crash; the wrapper is tested on its own at the end.
 *
 * Every property runs with a fixed seed, so a failure is reproducible; fast-check prints the seed, the
 * path and the shrunk counterexample. FUZZ_SEED and FUZZ_RUNS (a multiplier) override them for a longer
 * exploratory run: `FUZZ_SEED=7 FUZZ_RUNS=20 npx mocha out/test/unit/fuzz.test.js`.
 */
const SEED = Number(process.env.FUZZ_SEED ?? 0x5747_5345);
const SCALE = Number(process.env.FUZZ_RUNS ?? 1);
const params = <T>(numRuns: number): fc.Parameters<T> => ({ seed: SEED, numRuns: Math.max(1, Math.round(numRuns * SCALE)) });

// ---------------------------------------------------------------------------------------------------
// Generators
// ---------------------------------------------------------------------------------------------------

/** Code-like fragments: statuses, slots, constants, comment and string openers, odd Unicode. */
const TOKENS = [
  'res.status(', 'response.status', ' === ', ' == ', ' >= ', ' != ', 'status', 'status = ', 'status: ', 'status_code=',
  'statusCode', '.code', 'code: ', 'return ', 'return body, ', 'case ', 'when ', 'switch (res.status) {', 'match resp.status() {',
  'expect(res.status).toBe(', 'assertEquals(', 'abort(', 'head ', 'halt ', 'render json: x, status: ', 'put_status(',
  'w.WriteHeader(', 'http.Error(w, "x", ', 'HttpStatus.', 'HttpStatus.NOT_FOUND', 'NOT_FOUND', 'HTTPStatus.OK',
  'http.StatusNotFound', 'status.HTTP_404_NOT_FOUND', 'StatusCodes.Status404NotFound', 'Response::HTTP_NOT_FOUND',
  'HttpStatusCode.NotFound', '.notFound', ':not_found', ':ok', 'http_502', 'value', '.value', '::', '->', '$',
  '404', '200', '201', '500', '599', '600', '99', '100', '1000', '4040', '404s', '5xx', '4XX', '1.200', '404.5', '#404',
  ':443', '/users/200', 'HTTP/1.1 ', 'HTTP/2 ', 'Not Found', ' OK', 'returns ', 'the ', ' error', 'responses:', "'404':",
  '"200": {', '- ', '| ', ' | ', '|---|', 'Status', 'smtp', 'exit code ',
  '"""', "'''", '/*', '*/', '//', '#', '--', '<!--', '-->', '"', "'", '`', '\\', '\\"',
  '(', ')', '[', ']', '{', '}', ',', ';', ':', '.', '=', '?', ' ? ', ' : ', ' || ', ' or ', ' if ', ' else ',
  ' ', '  ', '    ', '\t', '\n', '\n', '\n', '\r\n', '\r', '\u2028', '\u00a0', '\u0000', '\ufeff',
  '\uD800', '\uDBFF', '\uDC00', '\uDFFF', '\uD83D', 'é', 'e\u0301', 'Ω', '状态码', '未找到', '４０４', '٤٠٤', '😀', '👨‍👩‍👧', '𝟒𝟎𝟒',
];

const fragment = fc.oneof(
  { weight: 12, arbitrary: fc.constantFrom(...TOKENS) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 4 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 4 }) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 99_999 }).map(String) },
);

/** A random document's text: code-like fragments glued together, plus now and then a long line. */
const docText = fc.oneof(
  { weight: 8, arbitrary: fc.array(fragment, { maxLength: 60 }).map((a) => a.join('')) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 200 }) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.array(fragment, { minLength: 1, maxLength: 6 }), fc.integer({ min: 1, max: 120 }))
      .map(([a, n]) => a.join('').repeat(n)),
  },
);

const LANGUAGES = [
  'javascript', 'javascriptreact', 'typescript', 'typescriptreact', 'python', 'go', 'java', 'kotlin', 'scala',
  'csharp', 'php', 'ruby', 'rust', 'dart', 'swift', 'elixir', 'yaml', 'json', 'jsonc', 'http', 'nginx', 'markdown',
  'plaintext', 'css', 'scss', 'sql', 'html', 'shellscript', 'crystal',
  // Unknown, empty and prototype-ish ids.
  '', 'unknown-lang', 'Python', 'JAVASCRIPT', '__proto__', 'constructor', 'toString', 'hasOwnProperty',
];
const languageId = fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...LANGUAGES) }, { weight: 1, arbitrary: fc.string({ maxLength: 12 }) });

/**
 * Numbers that are not valid line indexes. Lines at or beyond 2^53 and infinite lines are left to the
 * guarded test at the end of this file: the core loops over the lines around the asked one, and at such
 * magnitudes `l++` no longer moves, so a call there may never return (it would hang this process).
 */
const oddLine = fc.constantFrom(-1, -2, -0, 0.5, 1.5, -0.5, 1e-9, NaN, Number.EPSILON, 2 ** 31, -(2 ** 31), 2 ** 32, 2 ** 40);
/** Numbers that are not valid column indexes, huge and infinite ones included. */
const oddNumber = fc.constantFrom(
  -1, -2, -0, 0.5, 1.5, -0.5, 1e-9, NaN, Infinity, -Infinity, Number.MAX_SAFE_INTEGER, Number.MIN_SAFE_INTEGER,
  2 ** 31, -(2 ** 31), 2 ** 32, 2 ** 60, Number.MAX_VALUE, Number.EPSILON,
);

/** Where on the line: a selector turned into a column once the line is known, so that shrinking the text keeps it. */
type ColumnSel = { in: number } | { past: number } | { odd: number };
const columnSel: fc.Arbitrary<ColumnSel> = fc.oneof(
  { weight: 12, arbitrary: fc.nat().map((n) => ({ in: n })) },
  { weight: 2, arbitrary: fc.integer({ min: 1, max: 5 }).map((n) => ({ past: n })) },
  { weight: 1, arbitrary: fc.integer({ min: -5, max: -1 }).map((n) => ({ odd: n })) },
  { weight: 1, arbitrary: oddNumber.map((n) => ({ odd: n })) },
  { weight: 1, arbitrary: fc.double().map((n) => ({ odd: n })) },
);
type LineSel = { in: number } | { past: number } | { odd: number };
const lineSel: fc.Arbitrary<LineSel> = fc.oneof(
  { weight: 12, arbitrary: fc.nat().map((n) => ({ in: n })) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 3 }).map((n) => ({ past: n })) },
  { weight: 1, arbitrary: fc.integer({ min: -3, max: -1 }).map((n) => ({ odd: n })) },
  { weight: 1, arbitrary: oddLine.map((n) => ({ odd: n })) },
);

interface Case {
  text: string;
  languageId: string;
  position: Place;
}

/** A document and a position in it (or near it, or nowhere). */
const docAndPosition: fc.Arbitrary<Case> = fc
  .record({ text: docText, languageId, line: lineSel, column: columnSel })
  .map(({ text, languageId: lang, line, column }) => {
    const lines = text.split('\n');
    const l = 'in' in line ? line.in % lines.length : 'past' in line ? lines.length + line.past : line.odd;
    const len = Number.isInteger(l) && l >= 0 && l < lines.length ? lines[l].length : 0;
    const character = 'in' in column ? column.in % (len + 1) : 'past' in column ? len + column.past : column.odd;
    return { text, languageId: lang, position: { line: l, character } };
  });

function linesOf(c: Case): string[] {
  return c.text.split('\n');
}

/** The asked line, '' when it does not exist. */
function lineOf(c: Case): string {
  const l = c.position.line;
  const lines = linesOf(c);
  return Number.isInteger(l) && l >= 0 && l < lines.length ? lines[l] : '';
}

/** A short view of the line around a column, for messages. */
function around(line: string, at: number): string {
  const from = Math.max(0, Math.min(line.length, Number.isFinite(at) ? at : 0) - 40);
  return JSON.stringify(line.slice(from, from + 80)) + (from > 0 ? ` (from column ${from})` : '');
}

let uriCounter = 0;
/** The same text as a versioned document with its own uri, so the core's per-document caches take part. */
function versioned(c: Case): TextSource {
  const d = docOf(c.text, c.languageId);
  const uri = `untitled:fuzz-${++uriCounter}`;
  return { ...d, version: 1, uri: { toString: () => uri } };
}

// ---------------------------------------------------------------------------------------------------
// Shape checks
// ---------------------------------------------------------------------------------------------------

function isCode(code: unknown): code is number {
  return typeof code === 'number' && Number.isInteger(code) && code >= 100 && code <= 599;
}

/** statusAt's answer is undefined or a hit on the asked line that covers the position. */
function checkHit(c: Case, hit: unknown): void {
  if (hit === undefined) return;
  const h = hit as { code: unknown; line: unknown; start: unknown; end: unknown };
  const line = lineOf(c);
  const where = `${around(line, c.position.character)} @${JSON.stringify(c.position)} [${c.languageId}] -> ${JSON.stringify(hit)}`;
  assert.ok(isCode(h.code), `code is an integer 100..599: ${where}`);
  assert.equal(h.line, c.position.line, `line is the asked line: ${where}`);
  assert.ok(Number.isInteger(h.start) && Number.isInteger(h.end), `integer range: ${where}`);
  const start = h.start as number;
  const end = h.end as number;
  assert.ok(start >= 0 && start < end && end <= line.length, `0 <= start < end <= line length (${line.length}): ${where}`);
  assert.ok(start <= c.position.character && c.position.character <= end, `the range covers the position: ${where}`);
  // A range that is all digits is the number itself.
  const text = line.slice(start, end);
  if (/^\d+$/.test(text)) assert.equal(Number(text), h.code, `a numeric range names its own code: ${where}`);
}

/** completionsAt's answer is undefined or a non-empty list of codes with text to insert. */
function checkCompletions(list: unknown, where: string): void {
  if (list === undefined) return;
  assert.ok(Array.isArray(list), `an array or undefined: ${where}`);
  assert.ok(list.length > 0, `never an empty list: ${where}`);
  for (const s of list as Array<{ code: unknown; insertText: unknown }>) {
    assert.ok(isCode(s.code), `code ${String(s.code)} is an integer 100..599: ${where}`);
    assert.ok(typeof s.insertText === 'string' && s.insertText.length > 0, `non-empty insertText for ${String(s.code)}: ${where}`);
  }
}

/** A shape check for answers about documents that misbehave (no line to compare with). */
function checkLooseHit(hit: unknown): void {
  if (hit === undefined) return;
  const h = hit as { code: unknown; start: unknown; end: unknown };
  assert.ok(isCode(h.code), `code: ${JSON.stringify(hit)}`);
  assert.ok(Number.isInteger(h.start) && Number.isInteger(h.end) && (h.start as number) >= 0 && (h.start as number) < (h.end as number), `range: ${JSON.stringify(hit)}`);
}

function checkEntries(entries: unknown, where: string): void {
  assert.ok(Array.isArray(entries), `an array: ${where}`);
  for (const e of entries as Array<{ code: unknown; phrase: unknown }>) {
    assert.ok(isCode(e.code), `entry code: ${where}`);
    assert.equal(typeof e.phrase, 'string', `entry phrase: ${where}`);
  }
}

/** Whether calling `f` throws. */
function throws(f: () => unknown): unknown {
  try {
    f();
    return undefined;
  } catch (e) {
    return e ?? 'threw a nullish value';
  }
}

// ---------------------------------------------------------------------------------------------------
// Documents that misbehave
// ---------------------------------------------------------------------------------------------------

/** What a misbehaving document throws: the core may let it through (index.ts catches it), but nothing else. */
class DocumentError extends Error {}
function fromTheDocument(err: unknown): boolean {
  return err instanceof DocumentError || err === 'nope';
}

const LINE_AT_MODES = [
  'throws', 'throws-string', 'returns-undefined', 'returns-null', 'returns-number', 'returns-string', 'text-undefined',
  'text-number', 'text-null', 'text-object', 'text-array', 'text-getter-throws', 'some-lines-throw', 'fine',
] as const;
type LineAtMode = (typeof LINE_AT_MODES)[number];

function lineAtFor(lines: string[], mode: LineAtMode): (i: number) => unknown {
  const at = (i: number) => lines[((i % lines.length) + lines.length) % lines.length] ?? '';
  switch (mode) {
    case 'throws': return () => { throw new DocumentError('lineAt: illegal value for `line`'); };
    case 'throws-string': return () => { throw 'nope'; };
    case 'returns-undefined': return () => undefined;
    case 'returns-null': return () => null;
    case 'returns-number': return () => 42;
    case 'returns-string': return (i) => at(i);
    case 'text-undefined': return () => ({ text: undefined });
    case 'text-number': return () => ({ text: 404 });
    case 'text-null': return () => ({ text: null });
    case 'text-object': return (i) => ({ text: { toString: () => at(i), length: 3 } });
    case 'text-array': return (i) => ({ text: [...at(i)] });
    case 'text-getter-throws': return () => ({ get text(): string { throw new DocumentError('gone'); } });
    case 'some-lines-throw': return (i) => { if (i % 2) throw new DocumentError('odd line'); return { text: at(i) }; };
    case 'fine': return (i) => ({ text: at(i) });
  }
}

const oddLineCount = fc.oneof(
  fc.integer({ min: -3, max: 50 }),
  fc.constantFrom(NaN, Infinity, -Infinity, 1e9, 2 ** 60, 0.5, '3', undefined, null, {}),
);

/** Something shaped more or less like a TextSource, and sometimes not at all. */
const oddDoc: fc.Arbitrary<unknown> = fc.oneof(
  {
    weight: 8,
    arbitrary: fc
      .record({ text: docText, lang: fc.oneof(languageId, fc.constantFrom(undefined, null, 42)), mode: fc.constantFrom(...LINE_AT_MODES), count: oddLineCount, version: fc.constantFrom(undefined, 1, NaN, '1') })
      .map(({ text, lang, mode, count, version }) => {
        const lines = text.split('\n');
        return { languageId: lang, lineCount: count, lineAt: lineAtFor(lines, mode), version, uri: version === undefined ? undefined : { toString: () => `untitled:odd-${++uriCounter}` } };
      }),
  },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      undefined, null, 0, 'res.status(404)', {}, [], { lineAt: 'not a function', lineCount: 1, languageId: 'javascript' },
      { lineCount: 1, languageId: 'javascript' }, { lineAt: () => ({ text: 'res.status(404)' }) },
      {
        get languageId(): string { throw new DocumentError('languageId'); },
        lineCount: 1,
        lineAt: () => ({ text: 'res.status(404)' }),
      },
      {
        languageId: 'javascript',
        get lineCount(): number { throw new DocumentError('lineCount'); },
        lineAt: () => ({ text: 'res.status(404)' }),
      },
      {
        languageId: 'javascript', lineCount: 1, version: 1, lineAt: () => ({ text: 'res.status(404)' }),
        uri: { toString: () => { throw new DocumentError('uri'); } },
      },
      new Proxy({}, { get: () => { throw new DocumentError('proxy'); } }),
    ),
  },
);

const oddPosition: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 6, arbitrary: fc.record({ line: fc.oneof(fc.integer({ min: -2, max: 8 }), oddLine), character: fc.oneof(fc.integer({ min: -2, max: 40 }), oddNumber) }) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      undefined, null, {}, 0, 'x', { line: '0', character: '12' }, { line: 0n, character: 12n }, { line: 0 }, { character: 12 },
      { line: {}, character: [] }, { line: null, character: null },
      { get line(): number { throw new DocumentError('line'); }, character: 1 },
    ),
  },
);

// ---------------------------------------------------------------------------------------------------
// Properties
// ---------------------------------------------------------------------------------------------------

describe('fuzz: statusAt', () => {
  it('never throws, and a hit is a code 100..599 on the asked line whose range covers the position', () => {
    fc.assert(
      fc.property(docAndPosition, (c) => {
        const doc = docOf(c.text, c.languageId);
        let hit: unknown;
        const err = throws(() => (hit = detectStatus(doc, c.position)));
        assert.equal(err, undefined, `detectStatus threw ${inspect(err)}`);
        checkHit(c, hit);
      }),
      params(3000),
    );
  });

  it('answers the same with and without the per-document caches, and the same when asked twice', () => {
    fc.assert(
      fc.property(docAndPosition, (c) => {
        const plain = detectStatus(docOf(c.text, c.languageId), c.position);
        const doc = versioned(c);
        const first = detectStatus(doc, c.position);
        const again = detectStatus(doc, { ...c.position });
        assert.deepEqual(first, plain, 'versioned document');
        assert.deepEqual(again, plain, 'asked again');
      }),
      params(1000),
    );
  });

  it('does not read far below the position: lines appended 130+ lines away change nothing', () => {
    farLinesChangeNothing((doc, position) => detectStatus(doc, position), 300);
  });

  it('on documents whose lineAt throws or returns odd shapes, and on odd positions: throws nothing of its own', () => {
    fc.assert(
      fc.property(oddDoc, oddPosition, (doc, position) => {
        let hit: unknown;
        const err = throws(() => (hit = detectStatus(doc as TextSource, position as Place)));
        assert.ok(err === undefined || fromTheDocument(err), `detectStatus threw ${inspect(err)}`);
        checkLooseHit(hit);
      }),
      params(2000),
    );
  });
});

/** The core reads a bounded window: lines appended 130 or more lines below the position change nothing. */
function farLinesChangeNothing(answer: (doc: TextSource, position: Place) => unknown, runs: number): void {
  fc.assert(
    fc.property(docAndPosition, fc.array(docText, { minLength: 1, maxLength: 5 }), (c, far) => {
      const lines = linesOf(c);
      fc.pre(Number.isInteger(c.position.line) && c.position.line >= 0 && c.position.line < lines.length);
      const pad = Math.max(c.position.line + 130, 130) - lines.length;
      const base = [...lines, ...Array<string>(Math.max(0, pad)).fill('')];
      const a = answer(docOf(base.join('\n'), c.languageId), c.position);
      const b = answer(docOf([...base, ...far].join('\n'), c.languageId), c.position);
      assert.deepEqual(b, a);
    }),
    params(runs),
  );
}

describe('fuzz: completionsAt', () => {
  const options = fc.oneof(
    fc.constant(undefined),
    fc.record({ insert: fc.constantFrom('auto', 'number', 'constant', undefined, 'bogus'), unofficial: fc.constantFrom(true, false, undefined) }, { requiredKeys: [] }),
    fc.constantFrom(null, {}, 'number', 0),
  );

  it('never throws, and answers undefined or a non-empty list of codes 100..599 with text to insert', () => {
    fc.assert(
      fc.property(docAndPosition, options, (c, opts) => {
        const doc = docOf(c.text, c.languageId);
        let list: unknown;
        const err = throws(() => (list = completeStatus(doc, c.position, opts as never)));
        assert.equal(err, undefined, `completeStatus threw ${inspect(err)}`);
        checkCompletions(list, `${around(lineOf(c), c.position.character)} @${JSON.stringify(c.position)} [${c.languageId}]`);
      }),
      params(2000),
    );
  });

  it('answers the same with and without the per-document caches', () => {
    fc.assert(
      fc.property(docAndPosition, (c) => {
        const plain = completeStatus(docOf(c.text, c.languageId), c.position);
        const doc = versioned(c);
        assert.deepEqual(completeStatus(doc, c.position), plain);
        assert.deepEqual(completeStatus(doc, c.position), plain, 'asked again');
      }),
      params(500),
    );
  });

  it('does not read far below the position: lines appended 130+ lines away change nothing', () => {
    farLinesChangeNothing((doc, position) => completeStatus(doc, position), 200);
  });

  it('on documents whose lineAt throws or returns odd shapes, and on odd positions: throws nothing of its own', () => {
    fc.assert(
      fc.property(oddDoc, oddPosition, options, (doc, position, opts) => {
        let list: unknown;
        const err = throws(() => (list = completeStatus(doc as TextSource, position as Place, opts as never)));
        assert.ok(err === undefined || fromTheDocument(err), `completeStatus threw ${inspect(err)}`);
        checkCompletions(list, 'odd document');
      }),
      params(2000),
    );
  });
});

describe('fuzz: search', () => {
  const META = ['.', '*', '+', '?', '^', '$', '{', '}', '(', ')', '|', '[', ']', '\\', '(?<', '(?=', '\\1', '\\p{L}', '\\u{', '/', '.*.*.*', '(a+)+', '[^', '-'];
  const query = fc.oneof(
    { weight: 3, arbitrary: fc.string({ unit: 'binary', maxLength: 60 }) },
    { weight: 3, arbitrary: fc.array(fc.constantFrom(...META, ...TOKENS), { maxLength: 30 }).map((a) => a.join('')) },
    { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 30 }) },
    { weight: 1, arbitrary: fc.integer({ min: -1000, max: 10_000 }).map(String) },
    { weight: 1, arbitrary: fc.constantFrom('', ' ', '\u0000', '\uD800', '404', '4xx', '4', 'not found', 'NOT FOUND', 'teapot', '未找到', '请求过多', '%', '\t\n') },
  );
  const locale = fc.constantFrom<unknown>(undefined, 'en', 'zh-cn', 'fr', '', null, 42);

  it('returns entries (code and phrase) for any string, never throwing', () => {
    fc.assert(
      fc.property(query, locale, (q, loc) => {
        let out: unknown;
        const err = throws(() => (out = defaultCatalogue().search(q, loc as never)));
        assert.equal(err, undefined, `the catalogue's search threw ${inspect(err)}`);
        checkEntries(out, JSON.stringify(q));
      }),
      params(1500),
    );
  });

  it('copes with 10,000-character queries', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...META, ...TOKENS), { minLength: 1, maxLength: 8 }), locale, (parts, loc) => {
        const q = parts.join('').repeat(Math.ceil(10_000 / Math.max(1, parts.join('').length))).slice(0, 10_000);
        let out: unknown;
        const err = throws(() => (out = defaultCatalogue().search(q, loc as never)));
        assert.equal(err, undefined, `the catalogue's search threw ${inspect(err)}`);
        checkEntries(out, `${q.length} chars of ${JSON.stringify(parts.join(''))}`);
      }),
      params(60),
    );
  });

  it('returns [] for anything that is not a string', () => {
    fc.assert(
      fc.property(fc.anything().filter((x) => typeof x !== 'string'), (q) => {
        assert.deepEqual(defaultCatalogue().search(q as never), []);
      }),
      params(500),
    );
  });

  it('finds every known code by its number, that code first', () => {
    fc.assert(
      fc.property(fc.integer({ min: 100, max: 599 }), (code) => {
        const known = defaultCatalogue().lookup(code);
        const found = defaultCatalogue().search(String(code));
        if (known.length === 0) return;
        assert.equal(found[0]?.code, code);
        assert.deepEqual(found.filter((e) => e.code === code), known);
      }),
      params(500),
    );
  });
});

describe('fuzz: lookup', () => {
  it('returns an array for anything, [] for what is not an integer', () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fc.double(), oddNumber, fc.constantFrom(404.5, '404', new Number(404), 404n, [404], { valueOf: () => 404 })), (x) => {
        let out: unknown;
        const err = throws(() => (out = lookup(x as never)));
        assert.equal(err, undefined, `lookup threw ${inspect(err)}`);
        assert.ok(Array.isArray(out));
        if (!(typeof x === 'number' && Number.isInteger(x))) assert.deepEqual(out, [], `lookup(${inspect(x)})`);
      }),
      params(1000),
    );
  });

  it('returns only entries of the code asked for, and none outside 100..599', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1000, max: 2000 }), (code) => {
        const out = lookup(code);
        checkEntries(out, String(code));
        for (const e of out) assert.equal(e.code, code);
        if (code < 100 || code > 599) assert.deepEqual(out, []);
      }),
      params(1000),
    );
  });
});

/**
 * Counterexamples the range property found (shrunk by hand), kept as plain regression examples: the hit
 * used to end before the cursor.
 */
describe('fuzz: counterexamples found by the properties', () => {
  const covers = (text: string, lang: string, character: number) => {
    const c: Case = { text, languageId: lang, position: { line: 0, character } };
    checkHit(c, statusAt(docOf(text, lang), c.position));
  };

  it('a constant followed by a member (`HttpStatus.NOT_FOUND.value`): the hit on `value` covers the position', () => {
    // Hovering `value` answered 404 with the range of `HttpStatus.NOT_FOUND` only, which ends before the cursor.
    covers('HttpStatus.NOT_FOUND.value', 'java', 22);
  });

  it('a plural number (`404s`): the hit just after the `s` covers the position', () => {
    // At the column after "404s" the token is "404s" but the hit's range was the "404" only.
    covers('The API returns 404s.', 'markdown', 20);
  });
});

/** One core call described as data, run in a worker thread. */
interface GuardedCall {
  fn: 'statusAt' | 'completionsAt';
  languageId: string;
  text: string;
  /** 'lines' for the text's own line count (like docOf), or a number for a document that claims more. */
  lineCount: 'lines' | number;
  line: number;
  character: number;
}

/**
 * Runs a call in a worker and reports whether it returned within `ms`. A call that never returns (a loop
 * that does not advance) is cut off with `terminate()`, so it fails its test instead of hanging mocha.
 */
function returnsWithin(call: GuardedCall, ms: number): Promise<'returned' | 'never returned' | string> {
  const source = `
    const { parentPort, workerData: c } = require('node:worker_threads');
    const core = require(c.core);
    const lines = c.text.split('\\n');
    const doc = {
      languageId: c.languageId,
      lineCount: c.lineCount === 'lines' ? lines.length : c.lineCount,
      lineAt: (i) => ({ text: lines[Number.isInteger(i) && i >= 0 && i < lines.length ? i : 0] }),
    };
    core[c.fn](doc, { line: c.line, character: c.character });
    parentPort.postMessage('returned');`;
  const core = path.join(__dirname, '../../src/core/index.js');
  return new Promise((resolve) => {
    const worker = new Worker(source, { eval: true, workerData: { ...call, core } });
    const timer = setTimeout(() => {
      void worker.terminate();
      resolve('never returned');
    }, ms);
    worker.once('message', (m: string) => {
      clearTimeout(timer);
      void worker.terminate();
      resolve(m);
    });
    worker.once('error', (e: Error) => {
      clearTimeout(timer);
      resolve(`threw ${e.message}`);
    });
  });
}

describe('fuzz: huge and infinite line numbers (each call in a worker, cut off after 2 s)', () => {
  const CALLS: GuardedCall[] = [
    // Documents that are what they say: the line does not exist, so the answer is undefined at once.
    { fn: 'completionsAt', languageId: 'python', text: 'return body, ', lineCount: 'lines', line: Infinity, character: 0 },
    { fn: 'completionsAt', languageId: 'python', text: 'return body, ', lineCount: 'lines', line: 2 ** 60, character: 0 },
    { fn: 'completionsAt', languageId: 'elixir', text: 'conn |> put_status(', lineCount: 'lines', line: Number.MAX_VALUE, character: 0 },
    { fn: 'completionsAt', languageId: 'javascript', text: 'res.status(', lineCount: 'lines', line: -Infinity, character: 0 },
    { fn: 'statusAt', languageId: 'python', text: 'abort(404)', lineCount: 'lines', line: Infinity, character: 0 },
    // Documents that claim more lines than a number can count one by one (a lazy or virtual document).
    { fn: 'statusAt', languageId: 'javascript', text: 'res.status(404)', lineCount: Infinity, line: 2 ** 53, character: 12 },
    { fn: 'statusAt', languageId: 'javascript', text: 'res.status(404)', lineCount: Infinity, line: Number.MAX_SAFE_INTEGER, character: 12 },
    { fn: 'completionsAt', languageId: 'ruby', text: 'res.status(', lineCount: Infinity, line: 2 ** 60, character: 11 },
  ];

  it('every call returns', async function () {
    this.timeout(30_000);
    const results = await Promise.all(CALLS.map((c) => returnsWithin(c, 2000)));
    const stuck = CALLS.map((c, i) => ({ ...c, result: results[i] })).filter((r) => r.result !== 'returned');
    const show = (r: GuardedCall & { result: string }) =>
      `${r.fn}(${JSON.stringify(r.text)} [${r.languageId}], lineCount ${String(r.lineCount)}, { line: ${String(r.line)}, character: ${r.character} }): ${r.result}`;
    assert.deepEqual(stuck.map(show), [], 'calls that did not return');
  });
});

describe('the headless API wrapper (index.ts): a crash inside the core reads as "no answer", never as a throw', () => {
  const throwing = { languageId: 'javascript', lineCount: 3, lineAt: () => { throw new DocumentError('broken document'); } };

  it('statusAt and completionsAt catch what the core lets through, and pass answers on unchanged', () => {
    assert.throws(() => detectStatus(throwing, { line: 1, character: 3 }), DocumentError);
    assert.equal(statusAt(throwing, { line: 1, character: 3 }), undefined);
    assert.throws(() => completeStatus(throwing, { line: 1, character: 3 }), DocumentError);
    assert.equal(completionsAt(throwing, { line: 1, character: 3 }), undefined);
    const doc = docOf('res.status(404)', 'javascript');
    const inner = detectStatus(doc, { line: 0, character: 12 })!;
    assert.deepEqual(statusAt(doc, { line: 0, character: 12 }), { code: inner.code, line: inner.line, start: inner.start, end: inner.end });
    assert.deepEqual(completionsAt(doc, { line: 0, character: 11 }), completeStatus(doc, { line: 0, character: 11 }));
  });

  it('search and lookup answer [] when the catalogue fails, and the catalogue\'s answer otherwise', () => {
    const search0 = StatusCatalogue.prototype.search;
    const lookup0 = StatusCatalogue.prototype.lookup;
    try {
      StatusCatalogue.prototype.search = () => { throw new Error('index broken'); };
      StatusCatalogue.prototype.lookup = () => { throw new Error('index broken'); };
      assert.deepEqual(search('not found'), []);
      assert.deepEqual(lookup(404), []);
    } finally {
      StatusCatalogue.prototype.search = search0;
      StatusCatalogue.prototype.lookup = lookup0;
    }
    assert.deepEqual(search('not found'), defaultCatalogue().search('not found'));
    assert.deepEqual(lookup(404), defaultCatalogue().lookup(404));
    assert.deepEqual(lookup('404' as never), [], 'a string is not a code');
  });
});
