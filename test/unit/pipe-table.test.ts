import * as assert from 'node:assert/strict';
import { pipeTable } from '../../src/core/evidence/pipe-table';
import type { Candidate } from '../../src/core/evidence/types';
import { markedCandidate } from '../support/candidate';

// Cells of pipe tables under a Status or Code column (src/core/evidence/pipe-table.ts): Markdown tables with
// their separator rows, Spock where: blocks, Gherkin examples; the cell's marks and the comment after it, the
// column's position, the header words in both languages, and a blank line that ends the table.

const at = (lang: string, snippet: string): Candidate => markedCandidate(lang, snippet);

/** [language, snippet, does the rule fire on the marked number] */
const ROWS: Array<[string, string, boolean]> = [
  ["markdown", "| Status | Meaning |\n| --- | --- |\n| ⟦404⟧ | no such parcel |", true],
  ["markdown", "| Status | Meaning |\n| :--- | ---: |\n| ⟦404⟧ | no such parcel |", true],
  ["markdown", "| Meaning | Status |\n| --- | --- |\n| no such parcel | ⟦404⟧ |", true],
  ["markdown", "| Meaning | Size |\n| --- | --- |\n| no such parcel | ⟦404⟧ |", false],
  ["markdown", "| Status | Meaning |\n| --- | --- |\n| x ⟦404⟧ | no such parcel |", false],
  ["markdown", "| Status | Meaning |\n| --- | --- |\n| **⟦404⟧** | no such parcel |", true],
  ["markdown", "| Status | Meaning |\n| --- | --- |\n| '⟦404⟧' | no such parcel |", true],
  ["markdown", "| Status | Meaning |\n| --- | --- |\n| ⟦404⟧ x | no such parcel |", false],
  ["markdown", "| Status | Meaning |\n| --- | --- |\n| ⟦404⟧ // note", true],
  ["markdown", "| Status | Meaning |\n| --- | --- |\n| ⟦404⟧ # note", true],
  ["markdown", "| Status | Meaning |\n| --- | --- |\n| ⟦404⟧ -- note", true],
  ["markdown", "| Status | Meaning |\n| --- | --- |\n| ⟦404⟧", true],
  ["markdown", "| HTTP | Meaning |\n| --- | --- |\n| ⟦404⟧ | x |", true],
  ["markdown", "| Response | Meaning |\n| --- | --- |\n| ⟦404⟧ | x |", true],
  ["markdown", "| Expected | Meaning |\n| --- | --- |\n| ⟦404⟧ | x |", true],
  ["markdown", "| 响应码 | 含义 |\n| --- | --- |\n| ⟦404⟧ | x |", true],
  ["markdown", "Nothing here\n| Status | Meaning |\n| ⟦404⟧ | x |", true],
  ["markdown", "Nothing here\n| Count | Meaning |\n| ⟦404⟧ | x |", false],
  ["groovy", "where:\npartySize || status\n1         || ⟦201⟧", true],
  ["groovy", "where:\npartySize || count\n1         || ⟦201⟧", false],
  ["groovy", "expect:\nx\nwhere:\nstatus || partySize\n⟦201⟧ || 1", true],
  ["markdown", "Examples:\n  | status | path |\n  | ⟦404⟧ | /x |", true],
  ["markdown", "Scenarios:\n  | status | path |\n  | ⟦404⟧ | /x |", true],
  ["markdown", "| Status | Meaning |\n| --- | --- |\n| \"a|b\" | ⟦404⟧ |", false],
  ["markdown", "x ⟦404⟧ y", false],
  ["markdown", "| Status | Meaning |\n| --- | --- |\n\n| ⟦404⟧ | x |", false],
  ["markdown", "| Meaning | Status |\n| --- | --- |\n| 'a|bc' | ⟦404⟧ |", true],
  ["markdown", "| Status | Meaning |\n| ⟦404⟧ | x |", true],
  ["markdown", "Pipe it through: a | b\n| Meaning | Status |\n| --- | --- |\n| x | ⟦404⟧ |", true],
];

describe('pipe-table: cells of pipe tables under a status column, shape by shape', () => {
  for (const [lang, snippet, expected] of ROWS) {
    it(`${expected ? 'fires' : 'silent'}: ${JSON.stringify(snippet.length > 90 ? '…' + snippet.slice(-90) : snippet)} (${lang})`, () => {
      assert.equal(!!pipeTable.test(at(lang, snippet)), expected);
    });
  }
});

describe('pipe-table: how far up the header is looked for', () => {
  const table = (rows: number) => `| Status | Meaning |\n${'| 200 | fine |\n'.repeat(rows - 1)}| ⟦404⟧ | gone |`;

  it('finds the first line of a block sixty lines up, and no further', () => {
    assert.equal(!!pipeTable.test(at('markdown', table(60))), true);
    assert.equal(!!pipeTable.test(at('markdown', table(61))), false);
  });
});
