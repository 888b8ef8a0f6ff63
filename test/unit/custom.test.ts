import * as assert from 'node:assert/strict';
import { parseCustomCodes } from '../../src/core/custom';
import { activeCatalogue, setCustomCodes } from '../../src/core/catalogue';
import { detectStatus } from '../../src/core/detect';
import { completeStatus } from '../../src/core/complete';
import { renderCard } from '../../src/core/render';
import { lookup } from '../../src/core/index';
import { docOf } from '../support/labels';

describe('custom codes: statusLens.customCodes', () => {
  afterEach(() => setCustomCodes([], new Map()));

  it('accepts new meanings and notes, and reports each invalid entry', () => {
    const r = parseCustomCodes([
      { code: 299, phrase: 'Accepted With Warnings', description: 'Saved, but some fields were ignored.', keywords: ['partial save'] },
      { code: 404, note: 'We also answer 404 for soft-deleted users.' },
      { code: 700, phrase: 'Too high' },
      { code: 299.5, phrase: 'x' },
      { phrase: 'no code' },
      { code: 250 },
      { code: 251, phrase: 'x'.repeat(81) },
      { code: 252, phrase: 'ok', keywords: 'not a list' },
      'junk',
      null,
    ]);
    assert.equal(r.entries.length, 1);
    assert.equal(r.entries[0].custom, true);
    assert.equal(r.notes.get(404), 'We also answer 404 for soft-deleted users.');
    assert.equal(r.problems.length, 8, r.problems.join('\n'));
    assert.match(r.problems.join('\n'), /entry 3: "code" must be a whole number from 100 to 599/);
    assert.deepEqual(parseCustomCodes('nope').problems, ['must be an array of objects']);
    assert.deepEqual(parseCustomCodes(undefined).problems, []);
  });

  it('merges into detection, completion, search and the card, labelled custom; the headless lookup stays the shipped catalogue', () => {
    const r = parseCustomCodes([{ code: 299, phrase: 'Accepted With Warnings', keywords: ['partial save'] }, { code: 404, note: 'Soft-deleted users too.' }]);
    setCustomCodes(r.entries, r.notes);
    const doc = docOf('if (res.status === 299) warn();', 'javascript');
    assert.equal(detectStatus(doc, { line: 0, character: 20 })?.code, 299);
    assert.ok(completeStatus(docOf('res.status(', 'javascript'), { line: 0, character: 11 })!.some((s) => s.code === 299));
    assert.equal(activeCatalogue().search('partial save')[0].code, 299);
    const card = renderCard(activeCatalogue().lookup(299), { locale: 'en', unofficial: false });
    assert.match(card, /\*\*299 Accepted With Warnings\*\* · 2xx Successful · custom, from your settings/);
    assert.match(renderCard(activeCatalogue().lookup(404), { locale: 'en', unofficial: true }), /\*\*Team note\*\* \(from your settings\): Soft-deleted users too\./);
    assert.deepEqual(lookup(299), []);
  });

  it("says on the card when custom text comes from the workspace's settings rather than the user's", () => {
    const r = parseCustomCodes([{ code: 299, phrase: 'Accepted With Warnings' }, { code: 404, note: 'Soft-deleted users too.' }], 'workspace');
    setCustomCodes(r.entries, r.notes, 'workspace');
    assert.match(renderCard(activeCatalogue().lookup(299), { locale: 'en', unofficial: true }), /· custom, from this workspace's settings$/m);
    assert.match(renderCard(activeCatalogue().lookup(299), { locale: 'zh-cn', unofficial: true }), /· 自定义（来自此工作区的设置）$/m);
    assert.match(renderCard(activeCatalogue().lookup(404), { locale: 'en', unofficial: true }), /\*\*Team note\*\* \(from this workspace's settings\): Soft-deleted users too\./);
  });

  it('shows hostile text as text', () => {
    const r = parseCustomCodes([{ code: 298, phrase: '[x](command:workbench.action.quit)', description: '<img src=x onerror=alert(1)> ![i](https://e.com/i.png) `code`' }]);
    setCustomCodes(r.entries, r.notes);
    const card = renderCard(activeCatalogue().lookup(298), { locale: 'en', unofficial: true });
    assert.doesNotMatch(card, /\]\(command:|<img|!\[i\]\(/);
    assert.match(card, /\\\[x\\\]\\\(command:workbench\.action\.quit\\\)/);
  });
});
