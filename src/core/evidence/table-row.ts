/**
 * A row of a table-driven test whose header names a status column: Go `{"found", "/widgets/101", 200}`
 * under `wantStatus int`, pytest `("x" * 121, 422)` under `expected_status`, xUnit `[InlineData("a", 409)]`.
 */
import { contextLine } from '../scan';
import type { Candidate, Evidence, Examples, Finding } from './types';

const ROW_HEADER =
  /(?:\b(?:want|expected|expect|exp)\s+(?:int|Int|uint16|u16|HttpStatusCode|number)\b|\b(?:want|wanted|expected|expect|exp)_?(?:status|code|http)\w*|\b(?:status|statusCode|status_code|StatusCode|httpStatus|http_status|wantCode|wantStatus|expectedStatus|expectedCode|expected_status|expected_code|HttpStatusCode)\b)/i;

/** A test row that starts with the status: [InlineData(401, ...)], [TestCase(404, ...)], Arguments.of(409, ...). */
function leadingCellAt(c: Candidate): Finding | undefined {
  if (!/(?:InlineData|TestCase|DataRow|Arguments\.of|pytest\.param|arguments)\s*\(\s*$/.test(c.left) || !/^\s*,/.test(c.right)) return undefined;
  for (let l = c.line - 25; l <= c.line + 8; l++) {
    if (l === c.line || l < 0) continue;
    const t = contextLine(c.doc, l);
    if (ROW_HEADER.test(t) && !/^\s*["'{(\[]/.test(t)) return {};
  }
  return undefined;
}

/**
 * A cell of a pytest parametrize row under a status column, matched by position: `(101, 422)` under
 * "page_size, expected_status". The header's names say which cell is the status, so rows of bare numbers count.
 */
function parametrizedCellAt(c: Candidate): Finding | undefined {
  if (c.lang !== 'python') return undefined;
  const cell = /\(((?:\s*(?:"[^"]*"|'[^']*'|[\w.+-]+)\s*,)*)\s*$/.exec(c.left);
  if (!cell || !/^\s*(?:,[^()]*)?\)/.test(c.right)) return undefined;
  const index = cell[1] ? cell[1].split(',').length - 1 : 0;
  for (let l = c.line; l >= Math.max(0, c.line - 25); l--) {
    const t = l === c.line ? c.left : contextLine(c.doc, l);
    const head = /parametrize\(\s*["']([^"']+)["']/.exec(t) ?? (/parametrize\(\s*$/.test(contextLine(c.doc, l - 1)) ? /^\s*["']([^"']+)["']\s*,/.exec(t) : null);
    if (!head) continue;
    const names = head[1].split(',').map((n) => n.trim());
    return names.length > 1 && index < names.length && ROW_HEADER.test(names[index]) ? {} : undefined;
  }
  return undefined;
}

function rowAt(c: Candidate): Finding | undefined {
  const leading = leadingCellAt(c) ?? parametrizedCellAt(c);
  if (leading) return leading;
  const open = /((?:^|[\s,\[{(=]|InlineData|TestCase|DataRow|arguments|Arguments\.of|pytest\.param|row|of)[({[])((?:\s*(?:"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|[\p{L}_$][\p{L}\p{N}_$.]*(?:\([^()]*\))?|\d+|"[^"]*"\s*\*\s*\d+|(?:\[\][\w.]+)?\{[^{}]*\}|\[[^\[\]]*\])\s*,)+)\s*$/u.exec(c.left);
  if (!open || !/["'{]/.test(open[2])) return undefined;
  // Other large numbers in the row make it a row of quantities, unless they sit inside an object or repeat a string.
  const bare = open[2].replace(/"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'/g, '""').replace(/\{[^{}]*\}/g, '{}').replace(/\*\s*\d+/g, '');
  if (/\b\d{3}\b/.test(bare)) return undefined;
  // The value ends the row, or only named or quoted arguments follow it: pytest.param(..., 422, id="...").
  if (!/^\s*(?:,\s*(?:[\w.]+\s*=\s*)?(?:"[^"]*"|'[^']*'|[\w.]+)\s*)*,?\s*[)}\]]/.test(c.right)) return undefined;
  for (let l = c.line - 25; l <= c.line + 6; l++) {
    if (l === c.line || l < 0) continue;
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
  for (let l = c.line - 25; l <= c.line + 8; l++) {
    if (l === c.line || l < 0) continue;
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
    ],
    silent: [
      { lang: 'go', text: 'tests := []struct {\n\tname string\n\tsize int\n}{\n\t{"big", ⟦512⟧},\n}' },
      { lang: 'python', text: '@pytest.mark.parametrize("name,width", [\n    ("wide", ⟦480⟧),\n])' },
      { lang: 'csharp', text: '[Theory]\n[InlineData("x", ⟦250⟧)]\npublic void Pays(string name, int cents) {}' },
      { lang: 'go', text: 'points := []point{\n\t{"a", ⟦300⟧},\n}' },
      { lang: 'python', text: '@pytest.mark.parametrize(\n    "expected_status, page_size",\n    [(200, 10), (422, ⟦101⟧)],\n)' },
    ],
  },
};
