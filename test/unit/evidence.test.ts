import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { EVIDENCE } from '../../src/core/evidence/index';
import type { Examples } from '../../src/core/evidence/types';
import { explainNumber } from '../../src/core/detect';
import { docOf, parseLabels } from '../support/labels';

/** Every rule file's `examples` export (they stay out of the bundles, so they are gathered here). */
function allExamples(): Examples {
  const dir = path.resolve(__dirname, '../../src/core/evidence');
  const merged: Examples = {};
  for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.js'))) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const mod = require(path.join(dir, file)) as { examples?: Examples };
    for (const [id, ex] of Object.entries(mod.examples ?? {})) {
      assert.ok(!merged[id], `examples for ${id} are defined twice`);
      merged[id] = ex;
    }
  }
  return merged;
}

/**
 * Every piece of evidence comes with the tokens it must fire on and as many look-alikes it must stay silent
 * on; they are run here through the detector's own views of the number (code, prose, code in data strings).
 */
describe('evidence: each rule fires on its examples and stays silent on its look-alikes', () => {
  const examples = allExamples();

  it('has examples for every rule and no examples without a rule', () => {
    const ids = EVIDENCE.map((e) => e.id);
    assert.deepEqual(Object.keys(examples).sort(), [...ids].sort());
  });

  it('lists every rule once, under a kebab-case id', () => {
    const ids = EVIDENCE.map((e) => e.id);
    assert.equal(new Set(ids).size, ids.length);
    for (const id of ids) assert.match(id, /^[a-z]+(?:-[a-z]+)*$/);
  });

  for (const e of EVIDENCE) {
    const ex = examples[e.id] ?? { fires: [], silent: [] };
    describe(`${e.id} (${e.direction}): ${e.summary}`, () => {
      it('has as many silent examples as firing ones, at least four of each', () => {
        assert.ok(ex.fires.length >= 4, `${ex.fires.length} firing examples`);
        assert.equal(ex.silent.length, ex.fires.length);
      });
      for (const [expected, list] of [[true, ex.fires], [false, ex.silent]] as const) {
        for (const example of list) {
          const shown = example.text.length > 70 ? example.text.slice(0, 70) + '…' : example.text;
          it(`${expected ? 'fires on' : 'is silent on'} ${JSON.stringify(shown)} (${example.lang})`, () => {
            const { text, positives } = parseLabels(example.text);
            const at = positives[0];
            assert.ok(at, 'the example marks its token with ⟦⟧');
            const judged = explainNumber(docOf(text, example.lang), { line: at.line, character: at.start });
            assert.ok(judged, 'the token is a number the detector weighs');
            assert.equal(judged.features[e.id] !== undefined, expected, `features: ${Object.keys(judged.features).join(', ')}`);
            if (example.strength !== undefined) assert.equal(judged.features[e.id], example.strength, 'strength');
          });
        }
      }
    });
  }
});
