import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { explainNumber } from '../../src/core/detect';
import { corpusFiles, docOf, languageOfFile, parseLabels } from '../support/labels';
import { statusAt } from '../../src/core/index';

// A whole-corpus property, apart from the rules' own examples (evidence.test.ts) so that mutation runs,
// which leave the corpus-wide measurements out, can leave it out too.
describe('evidence: the hover stops early only when the rest could not change the answer', () => {
  it('gives the same answer as hearing every piece of evidence, on every number of the corpus', () => {
    const root = path.resolve(__dirname, '../../../test/fixtures/corpus');
    let checked = 0;
    const differ: string[] = [];
    for (const rel of corpusFiles(root)) {
      const file = path.join(root, rel);
      const lang = languageOfFile(file)!;
      const { text, lines, positives, negatives } = parseLabels(fs.readFileSync(file, 'utf8'));
      const doc = docOf(text, lang);
      for (const l of [...positives, ...negatives]) {
        if (!/^\d{3}$/.test(l.text)) continue;
        const judged = explainNumber(doc, { line: l.line, character: l.start });
        // Numbers inside names (nginx's http_502) are answered as names, not weighed.
        if (!judged) continue;
        checked++;
        const full = judged.status;
        const hover = statusAt(doc, { line: l.line, character: l.start }) !== undefined;
        if (full !== hover) differ.push(`${rel}:${l.line + 1}: ${lines[l.line].trim()} [${l.text}]`);
      }
    }
    assert.ok(checked > 3000, `${checked} numbers checked`);
    assert.deepEqual(differ, []);
  });
});
