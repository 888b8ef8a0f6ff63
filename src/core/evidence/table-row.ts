/**
 * A row of a table-driven test whose header names a status column: Go `{"found", "/widgets/101", 200}`
 * under `wantStatus int`, pytest `("x" * 121, 422)` under `expected_status`, xUnit `[InlineData("a", 409)]`.
 */
import { contextLine } from '../scan'; // '' outside the document: the loops below need no bounds of their own
import type { Candidate, Evidence, Examples, Finding } from './types';
import { mentionsStatus } from './vocabulary';

const ROW_HEADER =
  /(?:\b(?:want|expected|expect|exp)\s+(?:int|Int|uint16|u16|HttpStatusCode|number)\b|\b(?:want|wanted|expected|expect|exp)_?(?:status|code|http)\w*|\b(?:status|statusCode|status_code|StatusCode|httpStatus|http_status|wantCode|wantStatus|expectedStatus|expectedCode|expected_status|expected_code|HttpStatusCode)\b)/i;

/** A test row that starts with the status: [InlineData(401, ...)], [TestCase(404, ...)], Arguments.of(409, ...). */
function leadingCellAt(c: Candidate): Finding | undefined {
  if (!/(?:InlineData|TestCase|DataRow|Arguments\.of|pytest\.param|arguments)\s*\(\s*$/.test(c.left) || !/^\s*,/.test(c.right)) return undefined;
  for (let l = c.line - 25; l <= c.line + 8; l++) {
    if (l === c.line) continue;
    const t = contextLine(c.doc, l);
    if (ROW_HEADER.test(t) && !/^\s*["'{(\[]/.test(t)) return {};
  }
  return undefined;
}

/** The position of the value in the innermost open row (`(`, `[` or `{`) of the text before it, and the row's opener. */
function cellOf(left: string): { index: number; opener: string } | undefined {
  let depth = 0;
  let commas = 0;
  for (let i = left.length - 1; i >= 0; i--) {
    const ch = left[i];
    if (ch === '"' || ch === "'" || ch === '`') {
      // An unclosed quote leaves nothing to the left of it: the loop ends with no row.
      i = left.lastIndexOf(ch, i - 1);
      continue;
    }
    if (ch === ')' || ch === ']' || ch === '}') depth++;
    else if (ch === '(' || ch === '[' || ch === '{') {
      if (depth === 0) return { index: commas, opener: ch };
      depth--;
    } else if (ch === ',' && depth === 0) commas++;
  }
  return undefined;
}

/** Parameter names of a list: `int count, int expectedStatus` (C#, Java), `(status, retry)` (JavaScript). */
function parameterNames(list: string, typedFirst: boolean): string[] {
  return list.split(',').map((p) => {
    const words = p.replace(/=.*$/s, '').trim().split(/[\s:]+/).filter(Boolean);
    return (typedFirst ? words[words.length - 1] : words[0]) ?? '';
  });
}

/**
 * The column names of the test table a row belongs to, from where each ecosystem writes them: pytest's
 * parametrize string ("page_size, expected_status"), the parameters of the C# test method under its
 * [InlineData] rows, the parameters of the callback after Jest's and Vitest's `each([...])`.
 */
function columnNames(c: Candidate): string[] | undefined {
  if (c.lang === 'python') {
    for (let l = c.line; l >= c.line - 25; l--) {
      const t = l === c.line ? c.left : contextLine(c.doc, l);
      const head = /parametrize\(\s*["']([^"']+)["']/.exec(t) ?? (/parametrize\(\s*$/.test(contextLine(c.doc, l - 1)) ? /^\s*["']([^"']+)["']\s*,/.exec(t) : null);
      if (head) return head[1].split(',').map((n) => n.trim());
    }
    return undefined;
  }
  if (c.lang === 'csharp' && /\b(?:InlineData|DataRow|TestCase)\s*\(/.test(c.left)) {
    for (let l = c.line + 1; l <= c.line + 8; l++) {
      const t = contextLine(c.doc, l);
      if (/^\s*\[/.test(t)) continue;
      // The method under the rows, its body opened or written after => on the same line.
      const sig = /\b[\p{L}_][\p{L}\p{N}_]*\s*\(([^()]*)\)\s*(?:\{.*|=>.*)?$/u.exec(t);
      return sig ? parameterNames(sig[1], true) : undefined;
    }
    return undefined;
  }
  if (/^(?:javascript|typescript|javascriptreact|typescriptreact)$/.test(c.lang)) {
    const looped = loopColumns(c);
    if (looped) return looped;
    for (let l = c.line; l <= c.line + 25; l++) {
      const t = contextLine(c.doc, l);
      const each = /\]\s*\)\s*\(\s*(?:"[^"]*"|'[^']*'|`[^`]*`)\s*,\s*(?:async\s+)?(?:function\s*)?\(\s*\[?([^()\]]*)\]?\s*\)/.exec(t);
      if (each) return parameterNames(each[1], false);

    }
  }
  return undefined;
}

const FOR_OF = /\bfor\s*\(\s*(?:const|let|var)\s*\[([^\]]*)\]\s*of\s*(\[|[\p{L}_$][\p{L}\p{N}_$]*)/u;

/**
 * The columns a loop names when it walks the table the row is in: `for (const [method, expected] of [` right
 * above rows of the array it walks, or `for (const [status, retried] of table)` below `const table = [`.
 * Only rows of that array count: every line between the row and the array's start is a row too.
 */
function loopColumns(c: Candidate): string[] | undefined {
  const isRow = (t: string) => /^\s*(?:\[.*\],?|\/\/.*)?\s*$/.test(t);
  // The array's name, declared above the row with only rows between.
  let name: string | undefined;
  for (let l = c.line - 1; l >= c.line - 25 && !name; l--) {
    const t = contextLine(c.doc, l);
    const inline = FOR_OF.exec(t);
    if (inline && inline[2] === '[' && /\[\s*$/.test(t)) return parameterNames(inline[1], false);
    name = /\b(?:const|let|var)\s+([\p{L}_$][\p{L}\p{N}_$]*)\s*(?::[^=]*)?=\s*\[\s*$/u.exec(t)?.[1];
    if (!name && !isRow(t)) return undefined;
  }
  if (!name) return undefined;
  for (let l = c.line + 1; l <= c.line + 25; l++) {
    const loop = FOR_OF.exec(contextLine(c.doc, l));
    if (loop && loop[2] === name) return parameterNames(loop[1], false);
  }
  return undefined;
}

/**
 * A cell of a test table under a status column, matched by position: `(101, 422)` under pytest's
 * "page_size, expected_status", `[InlineData(501, 413)]` over `Post(int count, int expectedStatus)`,
 * `[408, true]` in `each([...])('retries %i', (status, retried) => ...)`. Rows of bare numbers count.
 */
function positionalCellAt(c: Candidate): boolean | undefined {
  const cell = cellOf(c.left);
  if (!cell || !/^\s*(?:,[^()[\]{}]*)?[)\]}]/.test(c.right)) return undefined;
  const names = columnNames(c);
  if (!names || names.length < 2) return undefined;
  const name = names[cell.index];
  if (name === undefined) return false;
  // A generic column (`expected`, `want`) is a status column when the test body compares it with a status:
  // `assert resp.status_code == expected`, `((int)res.StatusCode).Should().Be(expected)`.
  return ROW_HEADER.test(name) || (GENERIC_COLUMN.test(name) && comparedWithStatus(c, name));
}

const GENERIC_COLUMN = /^(?:expected|expect|exp|want|wanted|expected_result|expectedResult)$/;

/** Whether a line of the test below the table (forty lines at most) compares the column with a status expression. */
function comparedWithStatus(c: Candidate, name: string): boolean {
  const word = new RegExp(String.raw`(?<![\w$])${name}(?![\w$])`);
  for (let l = c.line + 1; l <= c.line + 40; l++) {
    const t = contextLine(c.doc, l);
    if (word.test(t) && mentionsStatus(t)) return true;
  }
  return false;
}

function rowAt(c: Candidate): Finding | undefined {
  // Where the table names its columns, the position decides alone.
  const positional = positionalCellAt(c);
  if (positional !== undefined) return positional ? {} : undefined;
  const leading = leadingCellAt(c);
  if (leading) return leading;
  const open = /((?:^|[\s,\[{(=]|InlineData|TestCase|DataRow|arguments|Arguments\.of|pytest\.param|row|of)[({[])((?:\s*(?:"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|`[^`]*`|[\p{L}_$][\p{L}\p{N}_$.]*(?:\([^()]*\))?|\d+|"[^"]*"\s*\*\s*\d+|(?:\[\][\w.]+)?\{[^{}]*\}|\[[^\[\]]*\])\s*,)+)\s*$/u.exec(c.left);
  if (!open || !/["'{`]/.test(open[2])) return undefined;
  // Other large numbers in the row make it a row of quantities, unless they sit inside an object or repeat a string.
  const bare = open[2].replace(/"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|`[^`]*`/g, '""').replace(/\{[^{}]*\}/g, '{}').replace(/\*\s*\d+/g, '');
  if (/\b\d{3}\b/.test(bare)) return undefined;
  // The value ends the row, or only named or quoted arguments follow it: pytest.param(..., 422, id="...").
  if (!/^\s*(?:,\s*(?:[\w.]+\s*=\s*)?(?:"[^"]*"|'[^']*'|[\w.]+)\s*)*,?\s*[)}\]]/.test(c.right)) return undefined;
  for (let l = c.line - 25; l <= c.line + 6; l++) {
    if (l === c.line) continue;
    const t = contextLine(c.doc, l);
    if (ROW_HEADER.test(t) && !/^\s*[{(\[]/.test(t)) return {};
  }
  return undefined;
}

/** A cell of a CSV row in a string, as JUnit's @CsvSource writes them: "/plants/9999, 404". */
function csvCellAt(c: Candidate): Finding | undefined {
  if (c.region !== 'string' || !/,\s*$/.test(c.left) || !/^\s*(?:,[^"'`]*)?["'`]/.test(c.right)) return undefined;
  const quote = /["'`][^"'`]*$/.exec(c.left);
  if (!quote || !/,/.test(c.left.slice(quote.index))) return undefined;
  // The rows written on the annotation's own line: @CsvSource({"/plants/9999, 404", "/plants/1, 200"}).
  if (/@CsvSource\b|\bcsvSource\b/.test(c.left)) return {};
  for (let l = c.line - 25; l <= c.line + 8; l++) {
    if (l === c.line) continue;
    const t = contextLine(c.doc, l);
    if (/@CsvSource|@CsvFileSource|csvSource/.test(t) || (ROW_HEADER.test(t) && !/^\s*["'{(\[]/.test(t))) return {};
  }
  return undefined;
}

export const csvRow: Evidence = {
  id: 'csv-row',
  direction: 'slot',
  view: 'prose',
  summary: 'a cell of a CSV test row in a string (JUnit @CsvSource) under a status column or parameter',
  test: csvCellAt,
};

export const tableRow: Evidence = {
  id: 'table-row',
  direction: 'slot',
  view: 'code',
  summary: 'the status column of a table-driven test row',
  test: rowAt,
};

/** Tokens each rule must fire on and, as many, look-alikes it must stay silent on (test/unit/evidence.test.ts). */
export const examples: Examples = {
  'csv-row': {
    fires: [
      { lang: 'java', text: '@CsvSource({\n    "/plants/9999,  ⟦404⟧",\n})\nvoid rejects(String path, int expectedStatus) {}' },
      { lang: 'java', text: '@CsvSource({\n    "GET, /orders/0, ⟦404⟧",\n})' },
      { lang: 'kotlin', text: '@CsvSource("/a, ⟦200⟧", "/b, 404")\nfun serves(path: String, status: Int) {}' },
      { lang: 'java', text: '@ParameterizedTest\n@CsvSource({ "x, ⟦422⟧" })\nvoid validates(String body, int status) {}' },
    ],
    silent: [
      { lang: 'java', text: '@ValueSource({\n    "small,  ⟦320⟧",\n})\nvoid scales(String name, int width) {}' },
      { lang: 'java', text: 'String line = "a, ⟦200⟧";' },
      { lang: 'kotlin', text: 'val csv = "x, ⟦404⟧, y"' },
      { lang: 'java', text: 'log.info("sizes: 100, ⟦200⟧");' },
    ],
  },
  'table-row': {
    fires: [
      { lang: 'go', text: 'tests := []struct {\n\tname string\n\twantStatus int\n}{\n\t{"found", ⟦200⟧},\n}' },
      { lang: 'python', text: '@pytest.mark.parametrize("name,expected_status", [\n    ("ok", ⟦201⟧),\n])' },
      { lang: 'csharp', text: '[Theory]\n[InlineData("bad", ⟦409⟧)]\npublic async Task Create(string name, int expectedStatus) {}' },
      { lang: 'go', text: 'cases := []struct {\n\tpath string\n\twant int\n}{\n\t{"/missing", ⟦404⟧},\n}' },
      { lang: 'python', text: '@pytest.mark.parametrize(\n    "page_size, expected_status",\n    [(10, 200), (101, ⟦422⟧)],\n)' },
      { lang: 'csharp', text: '[Theory]\n[InlineData(501, ⟦413⟧)]\npublic async Task Rejects(int count, int expectedStatus)' },
      { lang: 'typescript', text: "it.each([\n  [⟦408⟧, true],\n  [400, false],\n])('retries %i: %s', (status, retried) => {" },
      { lang: 'go', text: 'cases := []struct {\n\tname, body string\n\twant int\n}{\n\t{"ok", `{"slug":"a"}`, ⟦201⟧},\n}' },
      { lang: 'java', text: 'static Stream<Arguments> cases() {\n    return Stream.of(\n        Arguments.of(⟦404⟧, "/missing"));\n}\n\n@ParameterizedTest\n@MethodSource("cases")\nvoid returnsStatus(int expectedStatus, String path) {}' },
      { lang: 'go', text: 'tests := []struct {\n\tname string\n\tupstream []int\n\twantStatus int\n}{\n\t{"retries", []int{502, 200}, ⟦200⟧},\n}' },
      { lang: 'python', text: '@pytest.mark.parametrize("title, expected_status", [\n    pytest.param("x" * 121, ⟦422⟧, id="too-long"),\n])' },
      { lang: 'csharp', text: '[DataTestMethod]\n[DataRow("taken", ⟦409⟧)]\npublic void Conflicts(string name, int expectedStatus) {}' },
    ],
    silent: [
      { lang: 'go', text: 'tests := []struct {\n\tname string\n\tsize int\n}{\n\t{"big", ⟦512⟧},\n}' },
      { lang: 'python', text: '@pytest.mark.parametrize("name,width", [\n    ("wide", ⟦480⟧),\n])' },
      { lang: 'csharp', text: '[Theory]\n[InlineData("x", ⟦250⟧)]\npublic void Pays(string name, int cents) {}' },
      { lang: 'go', text: 'points := []point{\n\t{"a", ⟦300⟧},\n}' },
      { lang: 'python', text: '@pytest.mark.parametrize(\n    "expected_status, page_size",\n    [(200, 10), (422, ⟦101⟧)],\n)' },
      { lang: 'csharp', text: '[Theory]\n[InlineData(⟦501⟧, 413)]\npublic async Task Rejects(int count, int expectedStatus)' },
      { lang: 'typescript', text: "it.each([\n  [⟦408⟧, 100],\n  [400, 200],\n])('sleeps %i', (delayMs, jitter) => {" },
      { lang: 'go', text: 'cases := []struct {\n\tname, body string\n\tsize int\n}{\n\t{"ok", `{"slug":"a"}`, ⟦201⟧},\n}' },
      { lang: 'java', text: 'static Stream<Arguments> cases() {\n    return Stream.of(\n        Arguments.of(⟦404⟧, "/missing"));\n}\n\n@ParameterizedTest\n@MethodSource("cases")\nvoid pages(int pageSize, String path) {}' },
      { lang: 'go', text: 'tests := []struct {\n\tname string\n\tupstream []int\n\twantCount int\n}{\n\t{"retries", []int{502, 200}, ⟦200⟧},\n}' },
      { lang: 'python', text: '@pytest.mark.parametrize("title, max_len", [\n    pytest.param("x" * 121, ⟦422⟧, id="too-long"),\n])' },
      { lang: 'csharp', text: '[DataTestMethod]\n[DataRow("taken", ⟦409⟧)]\npublic void Charges(string name, int cents) {}' },
    ],
  },
};
