/**
 * A row of a table-driven test whose header names a status column: Go `{"found", "/widgets/101", 200}`
 * under `wantStatus int`, pytest `("x" * 121, 422)` under `expected_status`, xUnit `[InlineData("a", 409)]`.
 */
import { contextLine } from '../scan';
import type { Candidate, Evidence, Finding } from './types';

const ROW_HEADER =
  /(?:\b(?:want|expected|expect|exp)\s+(?:int|Int|uint16|u16|HttpStatusCode|number)\b|\b(?:want|wanted|expected|expect|exp)_?(?:status|code|http)\w*|\b(?:status|statusCode|status_code|StatusCode|httpStatus|http_status|wantCode|wantStatus|expectedStatus|expectedCode|expected_status|expected_code|HttpStatusCode)\b)/i;

function rowAt(c: Candidate): Finding | undefined {
  const open = /((?:^|[\s,\[{(=]|InlineData|TestCase|DataRow|arguments|Arguments\.of|pytest\.param|row|of)[({[])((?:\s*(?:"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|[\p{L}_$][\p{L}\p{N}_$.]*|\d+|"[^"]*"\s*\*\s*\d+)\s*,)+)\s*$/u.exec(c.left);
  if (!open || !/["']/.test(open[2])) return undefined;
  if (/\b\d{3}\b/.test(open[2].replace(/"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'/g, '""'))) return undefined;
  if (!/^\s*[)}\]]/.test(c.right)) return undefined;
  for (let l = c.line - 25; l <= c.line + 6; l++) {
    if (l === c.line || l < 0) continue;
    const t = contextLine(c.doc, l);
    if (ROW_HEADER.test(t) && !/^\s*[{(\[]/.test(t)) return {};
  }
  return undefined;
}

export const tableRow: Evidence = {
  id: 'table-row',
  direction: 'slot',
  view: 'code',
  summary: 'the status column of a table-driven test row',
  test: rowAt,
  fires: [
    { lang: 'go', text: 'tests := []struct {\n\tname string\n\twantStatus int\n}{\n\t{"found", ⟦200⟧},\n}' },
    { lang: 'python', text: '@pytest.mark.parametrize("name,expected_status", [\n    ("ok", ⟦201⟧),\n])' },
    { lang: 'csharp', text: '[Theory]\n[InlineData("bad", ⟦409⟧)]\npublic async Task Create(string name, int expectedStatus) {}' },
    { lang: 'go', text: 'cases := []struct {\n\tpath string\n\twant int\n}{\n\t{"/missing", ⟦404⟧},\n}' },
  ],
  silent: [
    { lang: 'go', text: 'tests := []struct {\n\tname string\n\tsize int\n}{\n\t{"big", ⟦512⟧},\n}' },
    { lang: 'python', text: '@pytest.mark.parametrize("name,width", [\n    ("wide", ⟦480⟧),\n])' },
    { lang: 'csharp', text: '[Theory]\n[InlineData("x", ⟦250⟧)]\npublic void Pays(string name, int cents) {}' },
    { lang: 'go', text: 'points := []point{\n\t{"a", ⟦300⟧},\n}' },
  ],
};
