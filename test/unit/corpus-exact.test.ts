import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { exactMisses } from '../support/exact';

/**
 * The development files the hover is right on, label by label (test/fixtures/corpus/EXACT.txt, written by
 * scripts/exact-files.mjs): each stays right. Where the corpus test allows a batch a few misses, this one
 * names the file and the token a change broke; it is also what lets a mutation run see the rules at work on
 * whole files. Held-out batches are not here: their tokens are never shown.
 */
describe('corpus: the files the hover is right on stay right, token by token', () => {
  const dir = path.resolve(__dirname, '../../../test/fixtures/corpus');
  const list = fs.readFileSync(path.join(dir, 'EXACT.txt'), 'utf8').split('\n').filter(Boolean);

  it('holds most of the development files', () => {
    assert.ok(list.length >= 300, `${list.length} files`);
  });

  for (const rel of list) {
    it(rel, () => {
      assert.deepEqual(exactMisses(dir, rel), []);
    });
  }
});
