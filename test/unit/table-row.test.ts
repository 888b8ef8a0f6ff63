import * as assert from 'node:assert/strict';
import { csvRow, tableRow } from '../../src/core/evidence/table-row';
import type { Candidate, Evidence } from '../../src/core/evidence/types';
import { markedCandidate } from '../support/candidate';

// The rows of table-driven tests (src/core/evidence/table-row.ts), beyond the rules' own examples: each row
// changes one thing the rule reads (where the columns are named, the cell's position, its neighbours, what
// follows it, how far the header is) and says whether the marked number is read as a status cell.

/** The number marked ⟦⟧, with the region the lexer gives it. */
const at = (lang: string, snippet: string): Candidate => markedCandidate(lang, snippet, 'lexed');

const blank = (n: number): string => '\n'.repeat(n);
const JAVA_CASES = (cell: string, gap: number, params: string): string =>
  `static Stream<Arguments> cases() {\n  return Stream.of(\n    Arguments.of(${cell}, "dup"));\n}${blank(gap)}\nvoid create(${params}) {`;

/** [rule, language, snippet, is the marked number a status cell] */
const ROWS: Array<[Evidence, string, string, boolean]> = [
  // A row that starts with the status, under a method whose parameters name it (within 8 lines below, 25 above).
  [tableRow, 'java', JAVA_CASES('⟦409⟧', 1, 'int expectedStatus, String name'), true],
  [tableRow, 'java', JAVA_CASES(' ⟦409⟧ ', 1, 'int expectedStatus, String name'), true],
  [tableRow, 'java', JAVA_CASES('⟦409⟧', 1, 'int pageSize, String name'), false],
  [tableRow, 'java', JAVA_CASES('⟦409⟧ + 1', 1, 'int expectedStatus, String name'), false],
  [tableRow, 'java', JAVA_CASES('⟦409⟧', 6, 'int expectedStatus, String name'), true],
  [tableRow, 'java', JAVA_CASES('⟦409⟧', 7, 'int expectedStatus, String name'), false],
  [tableRow, 'java', `// int expectedStatus\n${blank(23)}Arguments.of(⟦409⟧, "dup"),`, true],
  [tableRow, 'java', `// int expectedStatus\n${blank(25)}Arguments.of(⟦409⟧, "dup"),`, false],
  [tableRow, 'java', 'static Stream<Arguments> cases() {\n  return Stream.of(\n    Arguments.of(⟦409⟧, "dup"));\n}\n  "expectedStatus"', false],
  // A row of strings and objects ending in the status, under a struct or table that names a status column.
  [tableRow, 'go', 'tests := []struct {\n\tname       string\n\tpath       string\n\twantStatus int\n}{\n\t{"found", "/widgets/101", ⟦200⟧},\n\t{"missing", "/widgets/9", 404},\n}', true],
  [tableRow, 'go', 'tests := []struct {\n\tname       string\n\tsize       int\n\twantStatus int\n}{\n\t{"big", 250, ⟦200⟧},\n}', false],
  [tableRow, 'go', 'tests := []struct {\n\ta, b, c int\n\twantStatus int\n}{\n\t{1, 2, ⟦200⟧},\n}', false],
  [tableRow, 'go', 'tests := []struct {\n\tname       string\n\twantStatus int\n}{\n\t{"found", ⟦200⟧ + 1},\n}', false],
  [tableRow, 'python', 'CASES = [\n    pytest.param("big", ⟦413⟧, id="too-big"),\n]\n\ndef test_upload(name, expected_status):', true],
  [tableRow, 'python', 'CASES = [\n    pytest.param("big", ⟦413⟧, ids),\n]\n\ndef test_upload(name, expected_status):', true],
  // Where the columns are named (pytest's parametrize string, a C# test method, Jest's each callback), the position decides.
  [tableRow, 'python', '@pytest.mark.parametrize("page_size, expected_status", [(101, ⟦422⟧), (10, 200)])', true],
  [tableRow, 'python', '@pytest.mark.parametrize("page_size, expected_status", [(⟦101⟧, 422), (10, 200)])', false],
  [tableRow, 'python', '@pytest.mark.parametrize(\n    "page_size, expected_status",\n    [\n        (⟦250⟧, 200),\n    ],\n)', false],
  [tableRow, 'python', '@pytest.mark.parametrize(\n    "page_size, expected_status",\n    [\n        (250, ⟦200⟧),\n    ],\n)', true],
  [tableRow, 'python', "@pytest.mark.parametrize(\n    'page_size,expected_status',\n    [\n        (250, ⟦200⟧),\n    ],\n)", true],
  [tableRow, 'javascript', "it.each([\n  [⟦408⟧, true],\n  [200, false],\n])('retries %i', (status, retried) => {", true],
  [tableRow, 'javascript', "it.each([\n  [true, ⟦408⟧],\n])('retries %i', (retried, status) => {", true],
  [tableRow, 'javascript', "it.each([\n  [⟦408⟧, true],\n])('retries %i', (count, retried) => {", false],
  [tableRow, 'typescript', "test.each([\n  [⟦408⟧, true],\n])('retries %i', async ([status, retried]) => {", true],
  [tableRow, 'typescript', 'test.each([\n  [⟦408⟧, true],\n])("retries %i", function (status, retried) {', true],
  [tableRow, 'csharp', '[Theory]\n[InlineData(501, ⟦413⟧)]\n[InlineData(10, 201)]\npublic async Task Post(int count, int expectedStatus)\n{', true],
  [tableRow, 'csharp', '[Theory]\n[InlineData(⟦501⟧, 413)]\npublic async Task Post(int count, int expectedStatus)\n{', false],
  [tableRow, 'csharp', '[Theory]\n[InlineData(501, ⟦413⟧)]\npublic async Task Post(int count, int size) => Run();', false],
  // What a row holds before the status: escaped quotes, backticks, calls, repeated strings, lists, objects.
  [tableRow, 'go', 'tests := []struct {\n\tname       string\n\twantStatus int\n}{\n\t{"a \\"quoted\\" name", ⟦400⟧},\n}', true],
  [tableRow, 'python', "CASES = [\n    ('it\\'s', ⟦400⟧),\n]\n\ndef test_title(title, expected_status):", true],
  [tableRow, 'python', 'CASES = [\n    ("x"*121, ⟦422⟧),\n]\n\ndef test_title(title, expected_status):', true],
  [tableRow, 'python', 'CASES = [\n    ("x" * 121, 250, ⟦422⟧),\n]\n\ndef test_title(title, size, expected_status):', false],
  [tableRow, 'python', 'CASES = [\n    (["a", "b"], ⟦422⟧),\n]\n\ndef test_tags(tags, expected_status):', true],
  [tableRow, 'python', 'CASES = [\n    (make_user("a"), ⟦403⟧),\n]\n\ndef test_roles(user, expected_status):', true],
  [tableRow, 'javascript', 'const cases = [\n  [`plain`, ⟦400⟧],\n];\n// each case: title, expectedStatus', true],
  [tableRow, 'kotlin', 'forAll(\n    row("missing", ⟦404⟧),\n) { path, expectedStatus -> }', true],
  [tableRow, 'python', '("a", ⟦404⟧),\n\ndef test_paths(path, expected_status):', true],
  [tableRow, 'python', 'case = ("a", ⟦404⟧)\n\ndef test_paths(path, expected_status):', true],
  [tableRow, 'python', 'case = ("a", 404 * ⟦2⟧)\n\ndef test_paths(path, expected_status):', false],
  // What may follow it: named arguments, quoted or dotted values, a trailing comma.
  [tableRow, 'python', 'CASES = [\n    pytest.param("big", ⟦413⟧ , "too big"),\n]\n\ndef test_upload(name, expected_status):', true],
  [tableRow, 'python', "CASES = [\n    pytest.param(\"big\", ⟦413⟧, 'too big'),\n]\n\ndef test_upload(name, expected_status):", true],
  [tableRow, 'python', 'CASES = [\n    pytest.param("big", ⟦413⟧, marks=pytest.mark.slow),\n]\n\ndef test_upload(name, expected_status):', true],
  [tableRow, 'python', 'CASES = [\n    pytest.param("big", ⟦413⟧,),\n]\n\ndef test_upload(name, expected_status):', true],
  [tableRow, 'python', 'CASES = [\n    pytest.param("big", ⟦413⟧, size=250 + 1),\n]\n\ndef test_upload(name, expected_status):', false],
  [tableRow, 'go', `tests := []struct {\n\tname       string\n\twantStatus int\n}{${blank(5)}\n\t{"found", ⟦200⟧},\n}`, true],
  [tableRow, 'go', `tests := []struct {\n\tname       string\n\twantStatus int\n}{${blank(24)}\n\t{"found", ⟦200⟧},\n}`, false],
  [tableRow, 'go', 'tests := []struct {\n\tname string\n}{\n\t{"found", ⟦200⟧},\n}\n\n\n\n\n// wantStatus', true],
  [tableRow, 'go', 'tests := []struct {\n\tname string\n}{\n\t{"found", ⟦200⟧},\n}\n\n\n\n\n\n// wantStatus', false],
  [tableRow, 'go', 'tests := []struct {\n\tname string\n}{\n\t{"found", ⟦200⟧},\n}\n  {"wantStatus": 1}', false],
  // The cell's position skips what its neighbours hold: quoted commas, nested lists, objects and calls.
  [tableRow, 'python', '@pytest.mark.parametrize("title, expected_status", [("a, b", ⟦422⟧)])', true],
  [tableRow, 'python', "@pytest.mark.parametrize(\"title, expected_status\", [('a, b', ⟦422⟧)])", true],
  [tableRow, 'python', '@pytest.mark.parametrize("name, items, expected_status", [("x", [1, 2], ⟦422⟧)])', true],
  [tableRow, 'python', '@pytest.mark.parametrize("body, expected_status", [({"a": 1, "b": 2}, ⟦422⟧)])', true],
  [tableRow, 'python', '@pytest.mark.parametrize("body, expected_status", [(make(1, 2), ⟦422⟧)])', true],
  [tableRow, 'python', '@pytest.mark.parametrize("body, size, expected_status", [(make(1, 2), ⟦422⟧, 200)])', false],
  [tableRow, 'python', '@pytest.mark.parametrize( "page_size, expected_status" , [(101, ⟦422⟧)])', true],
  [tableRow, 'javascript', "it.each([\n  [`a, b`, ⟦408⟧],\n])('retries %s', (title, status) => {", true],
  [tableRow, 'javascript', "it.each([\n  [⟦408⟧, true],\n])(`retries %i`, async function (status, retried) {", true],
  [tableRow, 'javascript', "it.each([\n  [true, ⟦408⟧],\n])('retries %i', (retried = false, status = 200) => {", true],
  [tableRow, 'javascript', "it.each([\n  [⟦408⟧, true],\n]) ('retries %i', (status, retried) => {", true],
  [tableRow, 'csharp', '[Theory]\n[InlineData(501, ⟦413⟧)]\n[Trait("kind", "upload")]\npublic void Post(int count, int expectedStatus = 200) => Run();', true],
  [tableRow, 'csharp', '[Theory]\n[InlineData(501, ⟦413⟧)]\npublic void Post(int count, HttpStatusCode expectedStatus) {', true],
  [tableRow, 'csharp', '[Theory]\n[InlineData(501, ⟦413⟧)]\npublic void Post(int count,\n    int expectedStatus) {', false],
  // A generic column (expected, want) is a status column when the test compares it with a status below.
  [tableRow, 'python', '@pytest.mark.parametrize(\n    "payload, expected",\n    [\n        ({"title": ""}, ⟦422⟧),\n    ],\n)\ndef test_create(client, payload, expected):\n    assert client.post("/v1/x", json=payload).status_code == expected', true],
  [tableRow, 'python', '@pytest.mark.parametrize(\n    "payload, expected",\n    [\n        ({"title": ""}, ⟦422⟧),\n    ],\n)\ndef test_create(client, payload, expected):\n    assert len(rows(payload)) == expected', false],
  [tableRow, 'csharp', '[Theory]\n[InlineData("GET", ⟦405⟧)]\npublic async Task OnlyPost(string method, int expected)\n{\n    var res = await Send(method);\n    ((int)res.StatusCode).Should().Be(expected);\n}', true],
  [tableRow, 'csharp', '[Theory]\n[InlineData("GET", ⟦405⟧)]\npublic async Task OnlyPost(string method, int expected)\n{\n    Assert.Equal(expected, items.Count);\n}', false],
  [tableRow, 'csharp', '[Theory]\n[InlineData("GET", ⟦405⟧)]\npublic async Task OnlyPost(string method, int unexpected)\n{\n    ((int)res.StatusCode).Should().Be(unexpected);\n}', false],
  // A table walked by a loop that names its columns, the loop above an inline array or below the table's name.
  [tableRow, 'typescript', "for (const [method, expected] of [\n  ['PUT', ⟦405⟧],\n] as const) {\n  test('x', async () => {\n    expect(res.status()).toBe(expected);\n  });\n}", true],
  [tableRow, 'javascript', "const table = [\n  [⟦408⟧, true],\n  [400, false],\n];\n\nfor (const [status, retried] of table) {\n  it('x', () => {});\n}", true],
  [tableRow, 'javascript', "const table = [\n  [⟦408⟧, true],\n];\nfor (const [delay, retried] of table) {}", false],
  [tableRow, 'javascript', "const table = [\n  [⟦408⟧, true],\n];\nfor (const [status, retried] of other) {}", false],
  [tableRow, 'javascript', "const table = [\n  x = 1;\n  [⟦408⟧, true],\n];\nfor (const [status, retried] of table) {}", false],
  [tableRow, 'typescript', "await new Promise((r) => setTimeout(r, ⟦500⟧));\nfor (const [method, expected] of [\n  ['PUT', 405],\n]) {\n  expect(res.status()).toBe(expected);\n}", false],
  // CSV rows in strings, as JUnit's @CsvSource writes them: the status after a comma, the header or annotation near.
  [csvRow, 'java', '@ParameterizedTest\n@CsvSource({\n    "/plants/9999, ⟦404⟧",\n    "/plants/1, 200",\n})', true],
  [csvRow, 'java', '@ParameterizedTest\n@CsvSource({\n    "/plants/9999, ⟦404⟧, missing",\n})', true],
  [csvRow, 'java', '@ParameterizedTest\n@CsvSource({\n    "/plants/9999 ,  ⟦404⟧ ",\n})', true],
  [csvRow, 'java', '@ParameterizedTest\n@CsvSource({"/plants/9999, ⟦404⟧", "/plants/1, 200"})', true],
  [csvRow, 'kotlin', '@ParameterizedTest\n@CsvSource("/plants/9999, ⟦404⟧", "/plants/1, 200")', true],
  [csvRow, 'java', '@ParameterizedTest\n@CsvSource({\n    "⟦404⟧, /plants/9999",\n})', false],
  [csvRow, 'java', 'String s = "/plants/9999, ⟦404⟧";', false],
  [csvRow, 'java', '// expected_status below\nString s = "/plants/9999, ⟦404⟧";', true],
  [csvRow, 'java', `String s = "/plants/9999, ⟦404⟧";${blank(8)}@CsvSource({})`, true],
  [csvRow, 'java', `String s = "/plants/9999, ⟦404⟧";${blank(9)}@CsvSource({})`, false],
  [csvRow, 'java', 'String s = x.get(⟦404⟧, "/plants/9999");\n@CsvSource({})', false],
  [csvRow, 'java', '@CsvSource({\n    "/plants/9999,⟦404⟧",\n})', true],
  [csvRow, 'java', '@CsvSource({\n    "/plants/9999, ⟦404⟧ , missing",\n})', true],
  [csvRow, 'java', '@CsvSource({\n    "/plants/9999, ⟦404⟧ missing",\n})', false],
  [csvRow, 'java', '@CsvSource({\n    "/plants/9999" + ⟦404⟧ + ",",\n})', false],
  [csvRow, 'java', '// expected_status\n"/plants/9999", ⟦404⟧, "x"', false],
  [csvRow, 'java', 'String s = "/plants/9999, ⟦404⟧";\n  "expected_status"', false],
  // Rows at the first column, nested groups of each kind before the value.
  [tableRow, 'python', '@pytest.mark.parametrize("page_size, expected_status", [\n(101, ⟦422⟧),\n])', true],
  [tableRow, 'python', '@pytest.mark.parametrize("payload, expected_status", [\n    (make(1, 2), ⟦422⟧),\n])', true],
  [tableRow, 'python', '@pytest.mark.parametrize("payload, expected_status", [\n    ([1, 2], ⟦422⟧),\n])', true],
  [tableRow, 'python', '@pytest.mark.parametrize("payload, expected_status", [\n    ({"a": 1, "b": 2}, ⟦422⟧),\n])', true],
  [tableRow, 'python', '@pytest.mark.parametrize( \n    "page_size, expected_status" ,\n    [\n        (101, ⟦422⟧),\n    ],\n)', true],
  // The C# method under the rows: attributes indented, array parameters, a digit in its name, a space before (.
  [tableRow, 'csharp', '[Theory]\n    [InlineData(501, ⟦413⟧)]\n    [Trait("kind", "upload")]\n    public void Post(int count, int expectedStatus) { }', true],
  [tableRow, 'csharp', '[Theory]\n[InlineData(501, ⟦413⟧)]\npublic void Post(int[] counts, int expectedStatus) { }', true],
  [tableRow, 'csharp', '[Theory]\n[InlineData(501, ⟦413⟧)]\npublic void Post2(int count, int expectedStatus) { }', true],
  [tableRow, 'csharp', '[Theory]\n[InlineData(501, ⟦413⟧)]\npublic void Post (int count, int expectedStatus) { }', true],
  [tableRow, 'csharp', '[Theory]\n[InlineData (501, ⟦413⟧)]\npublic void Post(int count, int expectedStatus) { }', true],
  // Jest's each with spaces, loops over an inline array or a named one, however the declaration is spaced or typed.
  [tableRow, 'javascript', "it.each([\n  [⟦408⟧, true],\n] )('retries %i', (status, retried) => {", true],
  [tableRow, 'javascript', "it.each([\n  [⟦408⟧, true],\n])( 'retries %i', (status, retried) => {", true],
  [tableRow, 'javascript', "for (const [status, retried] of [  \n  [⟦408⟧, true],\n  [400, false],\n]) {\n}", true],
  [tableRow, 'typescript', "const table: Array<[number, boolean]> = [ \n  [⟦408⟧, true],\n  [400, false],\n];\nfor (const [status, retried] of table) {}", true],
  [tableRow, 'javascript', "const  table = [\n  [⟦408⟧, true],\n];\nfor (const [status, retried] of table) {}", true],
  [tableRow, 'javascript', "const table= [\n  [⟦408⟧, true],\n];\nfor (const [status, retried] of table) {}", true],
  [tableRow, 'javascript', "const table =[\n  [⟦408⟧, true],\n];\nfor (const [status, retried] of table) {}", true],
  [tableRow, 'javascript', "const table = [\n  [⟦408⟧, true],\n];\nfor (const [size, ok] of other) {}\nfor (const [status, retried] of table) {}", true],
  // A generic column compared below, but with another name than the column's.
  [tableRow, 'python', '@pytest.mark.parametrize("page_size, expected", [\n    (101, ⟦422⟧),\n])\ndef test_x(page_size, expected):\n    assert resp.status_code == 200', false],
];

describe('table-row: the cells of table-driven tests, form by form', () => {
  for (const [rule, lang, snippet, expected] of ROWS) {
    it(`${rule.id}: ${expected ? 'a status cell' : 'not one'}: ${JSON.stringify(snippet.length > 100 ? snippet.slice(0, 100) + '…' : snippet)} (${lang})`, () => {
      assert.equal(!!rule.test(at(lang, snippet)), expected);
    });
  }
});
