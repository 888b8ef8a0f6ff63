import * as assert from 'node:assert/strict';
import { phraseFollows } from '../../src/core/evidence/reason-phrase';

/** What may stand between a number and its reason phrase, and what makes a word only look like the phrase. */
const ROWS: Array<[right: string, phrases: string[], follows: boolean]> = [
  [' Not Found', ['Not Found'], true],
  ['  Not Found', ['Not Found'], true],
  [' - Not Found', ['Not Found'], true],
  [' -  Not Found', ['Not Found'], true],
  [' – Not Found', ['Not Found'], true],
  [': Not Found', ['Not Found'], true],
  [' | Not Found', ['Not Found'], true],
  [' (Not Found)', ['Not Found'], true],
  [' "Not Found"', ['Not Found'], true],
  [' **Not Found**', ['Not Found'], true],
  [' not found', ['Not Found'], true],
  [' Not Foundry', ['Not Found'], false],
  [' Not', ['Not Found'], false],
  [' = Not Found', ['Not Found'], false],
  [' Created', ['Created'], true],
  [' -  Created', ['Created'], true],
  [" 'Created'", ['Created'], true],
  [' Created.', ['Created'], true],
  [' created rows', ['Created'], false],
  [' Createdness', ['Created'], false],
  [' OK', ['OK'], true],
  [' ok', ['OK'], true],
  [' I’m a teapot', ["I'm a teapot"], true],
  [' Gone', ['Gone', 'Not Found'], true],
  [' Not Found', ['Gone'], false],
  ['', ['Not Found'], false],
];

describe('reason phrase: what may stand between a number and its phrase', () => {
  for (const [right, phrases, follows] of ROWS) {
    it(`${JSON.stringify(right)} ${follows ? 'is' : 'is not'} followed by ${phrases.join(' or ')}`, () => {
      assert.equal(phraseFollows(right, phrases), follows);
    });
  }
});
