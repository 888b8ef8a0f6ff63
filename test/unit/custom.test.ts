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

describe('custom codes: each rule of the setting, at its edges', () => {
  const one = (item: unknown) => parseCustomCodes([item]);
  const problem = (item: unknown) => one(item).problems[0];

  it('codes from 100 to 599, whole numbers only', () => {
    for (const code of [100, 599]) assert.deepEqual(one({ code, phrase: 'x' }).problems, [], String(code));
    for (const code of [99, 600, 404.5, '404', NaN, null]) assert.equal(problem({ code, phrase: 'x' }), 'entry 1: "code" must be a whole number from 100 to 599', String(code));
  });

  it('a phrase of 1 to 80 characters, trimmed; blank is refused', () => {
    assert.equal(one({ code: 299, phrase: '  Partial  ' }).entries[0].phrase, 'Partial');
    assert.deepEqual(one({ code: 299, phrase: 'x'.repeat(80) }).problems, []);
    for (const phrase of ['x'.repeat(81), '   ', 42]) {
      assert.equal(problem({ code: 299, phrase }), 'entry 1 (299): "phrase" must be a non-empty string of at most 80 characters');
    }
  });

  it('a note of up to 1,000 characters; notes on one code are joined in order', () => {
    assert.equal(problem({ code: 404, note: 'x'.repeat(1001) }), 'entry 1 (404): "note" must be a non-empty string of at most 1000 characters');
    const r = parseCustomCodes([{ code: 404, note: 'First.' }, { code: 404, note: 'Second.' }]);
    assert.equal(r.notes.get(404), 'First. Second.');
    assert.deepEqual(r.entries, []);
  });

  it('neither a phrase nor a note: refused with what to give', () => {
    assert.equal(problem({ code: 404 }), 'entry 1 (404): give a "phrase" (a new meaning) or a "note" (on an existing code)');
  });

  it('descriptions in English and Chinese, each up to 1,000 characters', () => {
    assert.equal(problem({ code: 299, phrase: 'x', description: 'x'.repeat(1001) }), 'entry 1 (299): "description" must be a string of at most 1000 characters');
    assert.equal(problem({ code: 299, phrase: 'x', 'description.zh-cn': '' }), 'entry 1 (299): "description.zh-cn" must be a string of at most 1000 characters');
    const e = one({ code: 299, phrase: 'Partial', description: 'Some shards answered.', 'description.zh-cn': '部分分片已答复。' }).entries[0];
    assert.deepEqual(e.summary, { en: 'Some shards answered.', 'zh-cn': '部分分片已答复。' });
    assert.deepEqual(e.details, { en: 'Some shards answered.', 'zh-cn': '部分分片已答复。' });
    // Without a description the phrase stands for the summary, and Chinese falls back on English.
    const bare = one({ code: 299, phrase: 'Partial' }).entries[0];
    assert.deepEqual(bare.summary, { en: 'Partial', 'zh-cn': 'Partial' });
    assert.deepEqual(bare.details, { en: '', 'zh-cn': '' });
    assert.deepEqual(one({ code: 299, phrase: 'P', description: 'English only.' }).entries[0].details, { en: 'English only.', 'zh-cn': 'English only.' });
  });

  it('up to 20 keywords of up to 40 characters, trimmed, for both languages', () => {
    const ok = one({ code: 299, phrase: 'x', keywords: Array.from({ length: 20 }, (_, i) => ` k${i} `) });
    assert.deepEqual(ok.problems, []);
    assert.deepEqual(ok.entries[0].keywords.en.slice(0, 2), ['k0', 'k1']);
    assert.deepEqual(ok.entries[0].keywords['zh-cn'], ok.entries[0].keywords.en);
    const message = 'entry 1 (299): "keywords" must be at most 20 strings of at most 40 characters';
    assert.equal(problem({ code: 299, phrase: 'x', keywords: Array.from({ length: 21 }, () => 'k') }), message);
    assert.equal(problem({ code: 299, phrase: 'x', keywords: ['x'.repeat(41)] }), message);
    assert.equal(problem({ code: 299, phrase: 'x', keywords: 'one' }), message);
    assert.equal(problem({ code: 299, phrase: 'x', keywords: [''] }), message);
  });

  it('a custom meaning is an unofficial entry of our own, labelled custom, from the scope it was read in', () => {
    const e = one({ code: 299, phrase: 'Partial' }).entries[0];
    assert.deepEqual({ kind: e.kind, custom: e.custom, customSource: e.customSource, vendors: e.vendors, headers: e.headers, formerPhrases: e.formerPhrases },
      { kind: 'unofficial', custom: true, customSource: 'user', vendors: [], headers: [], formerPhrases: [] });
    assert.equal(parseCustomCodes([{ code: 299, phrase: 'Partial' }], 'workspace').entries[0].customSource, 'workspace');
  });

  it('reads the first 200 entries and says so; numbers entries from 1; skips what is not an object', () => {
    const many = parseCustomCodes(Array.from({ length: 201 }, (_, i) => ({ code: 200 + (i % 99), phrase: `P${i}` })));
    assert.equal(many.entries.length, 200);
    assert.deepEqual(many.problems, ['only the first 200 entries are read']);
    const mixed = parseCustomCodes([{ code: 299, phrase: 'ok' }, [], 'x', null]);
    assert.deepEqual(mixed.problems, ['entry 2: not an object', 'entry 3: not an object', 'entry 4: not an object']);
    assert.deepEqual(parseCustomCodes(null), { entries: [], notes: new Map(), problems: [] });
    assert.deepEqual(parseCustomCodes({}).problems, ['must be an array of objects']);
  });
});
