// Lists the development corpus files on which the hover is right on every label today, for
// test/unit/corpus-exact.test.ts (which then holds each of them to that): run after detection improved,
// review the diff (files only ever join the list by being right), commit test/fixtures/corpus/EXACT.txt.
// Held-out batches are never listed: their tokens are not shown to anyone.
//   npx tsc -p test/tsconfig.json && node scripts/exact-files.mjs
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const { exactMisses, corpusFiles } = require(path.join(root, 'out/test/support/exact.js'));

const dir = path.join(root, 'test/fixtures/corpus');
const exact = corpusFiles(dir).filter((rel) => exactMisses(dir, rel).length === 0);
fs.writeFileSync(path.join(dir, 'EXACT.txt'), exact.join('\n') + '\n');
console.log(`${exact.length} of ${corpusFiles(dir).length} development files are right on every label`);
