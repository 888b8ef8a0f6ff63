import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import { activeCatalogue, catalogueData, defaultCatalogue, phrasesOf, setCustomCodes, StatusCatalogue } from '../../src/core/catalogue';
import type { Entry } from '../../src/core/types';

const root = path.resolve(__dirname, '../../..');
/** A copy of the IANA registry snapshot the catalogue follows, kept in the repository with the tests. */
const registryPath = path.join(root, 'test/fixtures/reference/iana-registry.json');
const schema = JSON.parse(fs.readFileSync(path.join(root, 'data/status-codes.schema.json'), 'utf8'));
const raw = JSON.parse(fs.readFileSync(path.join(root, 'data/status-codes.json'), 'utf8'));
const codes: Entry[] = catalogueData.codes;

/** The registry snapshot as of the catalogue's date, embedded so the test runs without shared/. */
const REGISTERED: Array<[number, string, string]> = [
  [100, 'Continue', '15.2.1'], [101, 'Switching Protocols', '15.2.2'], [102, 'Processing', ''], [103, 'Early Hints', ''],
  [104, 'Upload Resumption Supported', ''], [200, 'OK', '15.3.1'], [201, 'Created', '15.3.2'], [202, 'Accepted', '15.3.3'],
  [203, 'Non-Authoritative Information', '15.3.4'], [204, 'No Content', '15.3.5'], [205, 'Reset Content', '15.3.6'],
  [206, 'Partial Content', '15.3.7'], [207, 'Multi-Status', ''], [208, 'Already Reported', ''], [226, 'IM Used', ''],
  [300, 'Multiple Choices', '15.4.1'], [301, 'Moved Permanently', '15.4.2'], [302, 'Found', '15.4.3'], [303, 'See Other', '15.4.4'],
  [304, 'Not Modified', '15.4.5'], [305, 'Use Proxy', '15.4.6'], [306, '(Unused)', '15.4.7'], [307, 'Temporary Redirect', '15.4.8'],
  [308, 'Permanent Redirect', '15.4.9'], [400, 'Bad Request', '15.5.1'], [401, 'Unauthorized', '15.5.2'], [402, 'Payment Required', '15.5.3'],
  [403, 'Forbidden', '15.5.4'], [404, 'Not Found', '15.5.5'], [405, 'Method Not Allowed', '15.5.6'], [406, 'Not Acceptable', '15.5.7'],
  [407, 'Proxy Authentication Required', '15.5.8'], [408, 'Request Timeout', '15.5.9'], [409, 'Conflict', '15.5.10'], [410, 'Gone', '15.5.11'],
  [411, 'Length Required', '15.5.12'], [412, 'Precondition Failed', '15.5.13'], [413, 'Content Too Large', '15.5.14'],
  [414, 'URI Too Long', '15.5.15'], [415, 'Unsupported Media Type', '15.5.16'], [416, 'Range Not Satisfiable', '15.5.17'],
  [417, 'Expectation Failed', '15.5.18'], [418, '(Unused)', '15.5.19'], [421, 'Misdirected Request', '15.5.20'],
  [422, 'Unprocessable Content', '15.5.21'], [423, 'Locked', ''], [424, 'Failed Dependency', ''], [425, 'Too Early', ''],
  [426, 'Upgrade Required', '15.5.22'], [428, 'Precondition Required', ''], [429, 'Too Many Requests', ''],
  [431, 'Request Header Fields Too Large', ''], [451, 'Unavailable For Legal Reasons', ''], [500, 'Internal Server Error', '15.6.1'],
  [501, 'Not Implemented', '15.6.2'], [502, 'Bad Gateway', '15.6.3'], [503, 'Service Unavailable', '15.6.4'],
  [504, 'Gateway Timeout', '15.6.5'], [505, 'HTTP Version Not Supported', '15.6.6'], [506, 'Variant Also Negotiates', ''],
  [507, 'Insufficient Storage', ''], [508, 'Loop Detected', ''], [510, 'Not Extended', ''], [511, 'Network Authentication Required', ''],
];

describe('catalogue: data/status-codes.json', () => {
  it('validates against its JSON Schema', () => {
    const ajv = new Ajv2020({ allErrors: true });
    const ok = ajv.validate(schema, raw);
    assert.ok(ok, JSON.stringify(ajv.errors?.slice(0, 5), null, 2));
  });

  it('holds all 64 registered codes with the registry name and RFC 9110 section', () => {
    assert.equal(REGISTERED.length, 64);
    for (const [code, phrase, section] of REGISTERED) {
      const e = codes.find((x) => x.code === code && x.kind !== 'unofficial');
      assert.ok(e, `missing ${code}`);
      assert.equal(e.phrase, phrase, `phrase of ${code}`);
      if (section) {
        assert.equal(e.spec?.document, 'RFC 9110', `document of ${code}`);
        assert.equal(e.spec?.section, section, `section of ${code}`);
        assert.equal(e.spec?.url, `https://www.rfc-editor.org/rfc/rfc9110#section-${section}`);
      }
    }
  });

  it('agrees with the IANA registry snapshot, code by code: kind and RFC 9110 section', () => {
    const reg = JSON.parse(fs.readFileSync(registryPath, 'utf8')).codes as Array<{ code: number; kind: string; rfc9110Section?: string }>;
    assert.equal(reg.length, 64);
    for (const r of reg) {
      const e = codes.find((x) => x.code === r.code && x.kind !== 'unofficial');
      assert.ok(e, `missing ${r.code}`);
      assert.equal(e.kind, r.kind, `kind of ${r.code}`);
      if (r.rfc9110Section) assert.equal(e.spec?.section, r.rfc9110Section);
    }
  });

  it('marks the temporary, unused and obsoleted registrations', () => {
    assert.equal(defaultCatalogue().lookup(104)[0].kind, 'temporary');
    assert.equal(defaultCatalogue().lookup(306)[0].kind, 'unused');
    assert.equal(defaultCatalogue().lookup(418)[0].kind, 'unused');
    assert.equal(defaultCatalogue().lookup(510)[0].kind, 'obsoleted');
  });

  it('keeps the former names people still type', () => {
    const former = (c: number) => defaultCatalogue().lookup(c)[0].formerPhrases;
    assert.deepEqual(former(413), ['Payload Too Large', 'Request Entity Too Large']);
    assert.ok(former(414).includes('Request-URI Too Long'));
    assert.ok(former(416).includes('Requested Range Not Satisfiable'));
    assert.ok(former(422).includes('Unprocessable Entity'));
    assert.ok(former(302).includes('Moved Temporarily'));
    assert.ok(former(418).includes("I'm a teapot"));
    assert.deepEqual(former(404), []);
  });

  it('has one entry per (code, meaning), the registered meaning first', () => {
    const seen = new Set<string>();
    for (const e of codes) {
      const key = `${e.code} ${e.phrase}`;
      assert.ok(!seen.has(key), `duplicate ${key}`);
      seen.add(key);
    }
    for (const code of defaultCatalogue().codes()) {
      const list = defaultCatalogue().lookup(code);
      const firstUnofficial = list.findIndex((e) => e.kind === 'unofficial');
      if (firstUnofficial >= 0) assert.ok(list.slice(firstUnofficial).every((e) => e.kind === 'unofficial'), `order of ${code}`);
    }
    const sorted = [...codes].sort((a, b) => a.code - b.code);
    assert.deepEqual(codes.map((e) => e.code), sorted.map((e) => e.code), 'file ordered by code');
  });

  it('labels the unofficial codes developers meet with their vendors', () => {
    const vendorOf = (code: number, phrase: RegExp) =>
      defaultCatalogue().lookup(code).find((e) => e.kind === 'unofficial' && phrase.test(e.phrase))?.vendors.join(' ');
    assert.match(vendorOf(499, /Client Closed/) ?? '', /nginx/);
    assert.match(vendorOf(444, /Connection Closed|No Response/) ?? '', /nginx/);
    for (const c of [520, 521, 522, 523, 524, 525, 526, 530]) assert.match(vendorOf(c, /./) ?? '', /Cloudflare/, String(c));
    for (const c of [460, 463, 464, 561]) assert.match(vendorOf(c, /./) ?? '', /AWS|Elastic Load/, String(c));
    assert.match(vendorOf(419, /Page Expired/) ?? '', /Laravel/);
    assert.match(vendorOf(420, /Enhance Your Calm/) ?? '', /Twitter/);
    assert.match(vendorOf(498, /Invalid Token/) ?? '', /Esri/);
    assert.equal(defaultCatalogue().lookup(499).length >= 2, true);
    assert.equal(defaultCatalogue().lookup(421)[0].phrase, 'Misdirected Request');
  });

  it('puts the vendor meaning most developers meet first where one number has several (nginx 499 before Esri 499)', () => {
    const firstVendor = (code: number) => defaultCatalogue().lookup(code).filter((e) => e.kind === 'unofficial')[0]?.vendors.join(' ');
    assert.match(firstVendor(499) ?? '', /nginx/);
    assert.match(firstVendor(419) ?? '', /Laravel/);
    assert.match(firstVendor(420) ?? '', /Twitter/);
    assert.match(firstVendor(530) ?? '', /Cloudflare/);
  });

  it('is bilingual everywhere, with https links only', () => {
    for (const e of codes) {
      for (const f of ['summary', 'details'] as const) {
        assert.ok(e[f].en.trim().length > 10, `${e.code} ${f}.en`);
        assert.ok(/[\u4e00-\u9fff]/.test(e[f]['zh-cn']), `${e.code} ${f}.zh-cn is Chinese`);
      }
      assert.ok(e.keywords.en.length > 0 && e.keywords['zh-cn'].length > 0, `${e.code} keywords`);
      for (const h of e.headers) assert.ok(/[\u4e00-\u9fff]/.test(h.note['zh-cn']), `${e.code} ${h.name} note`);
      for (const url of [e.spec?.url, e.mdn, e.reference?.url]) if (url) assert.match(url, /^https:\/\//);
    }
  });

  it('ties the response headers of RFC 9110 to their codes with the spec keyword', () => {
    const level = (code: number, name: string) =>
      defaultCatalogue().lookup(code)[0].headers.filter((h) => h.name === name).map((h) => h.level);
    assert.deepEqual(level(405, 'Allow'), ['MUST']);
    assert.deepEqual(level(401, 'WWW-Authenticate'), ['MUST']);
    assert.deepEqual(level(407, 'Proxy-Authenticate'), ['MUST']);
    assert.deepEqual(level(503, 'Retry-After'), ['MAY']);
    assert.deepEqual(level(429, 'Retry-After'), ['MAY']);
    assert.ok(level(204, 'Content-Length').includes('MUST NOT'));
    assert.ok(level(426, 'Upgrade').includes('MUST'));
    assert.ok(level(301, 'Location').includes('SHOULD'));
    assert.ok(level(416, 'Content-Range').includes('SHOULD'));
    assert.ok(level(413, 'Retry-After').includes('SHOULD'));
    assert.deepEqual(level(404, 'Allow'), []);
  });
});

describe('the catalogue as a structure: order, copies, freezing, custom codes', () => {
  const E = (code: number, kind: Entry['kind'], phrase: string, extra: Partial<Entry> = {}): Entry => ({
    code, phrase, kind, formerPhrases: [], vendors: [], headers: [], keywords: { en: [], 'zh-cn': [] },
    summary: { en: phrase, 'zh-cn': phrase }, details: { en: '', 'zh-cn': '' }, ...extra,
  });

  it('lists a code\'s meanings registered first, then reserved and withdrawn, then vendors\', custom ones last', () => {
    const cat = new StatusCatalogue([E(499, 'unofficial', 'Vendor B'), E(499, 'unofficial', 'Mine', { custom: true }), E(499, 'registered', 'Registered'), E(499, 'unofficial', 'Vendor A'), E(400, 'registered', 'Bad')]);
    assert.deepEqual(cat.lookup(499).map((e) => e.phrase), ['Registered', 'Vendor B', 'Vendor A', 'Mine']);
    assert.deepEqual(cat.codes(), [400, 499]);
    const kinds = new StatusCatalogue([E(306, 'obsoleted', 'O'), E(306, 'unused', 'U'), E(306, 'temporary', 'T'), E(306, 'registered', 'R')]);
    assert.deepEqual(kinds.lookup(306).map((e) => e.phrase), ['R', 'T', 'U', 'O']);
  });

  it('hands out a fresh list each time, of entries nobody can change', () => {
    const cat = new StatusCatalogue([E(404, 'registered', 'Not Found', { keywords: { en: ['missing'], 'zh-cn': [] } })]);
    const a = cat.lookup(404);
    a.push(E(404, 'unofficial', 'Pushed'));
    assert.equal(cat.lookup(404).length, 1);
    assert.notEqual(cat.lookup(404), cat.lookup(404));
    assert.equal(cat.meanings(404), cat.meanings(404), 'the inner list, not a copy');
    const e = cat.lookup(404)[0];
    assert.throws(() => { (e as { phrase: string }).phrase = 'x'; }, TypeError);
    assert.throws(() => { e.keywords.en.push('x'); }, TypeError);
    assert.throws(() => { (e.summary as { en: string }).en = 'x'; }, TypeError);
    assert.deepEqual(cat.lookup(405), []);
    assert.equal(cat.meanings(405).length, 0);
  });

  it('prepare: a second call waits for the same reading; after a search there is nothing to read', async () => {
    const entries = [E(410, 'registered', 'Gone'), E(503, 'registered', 'Service Unavailable')];
    const memory = [{ q: 'left and never coming back', code: 410 }, { q: 'shop closed come back tomorrow', code: 503 }, { q: 'deleted, never coming back', code: 410 }];
    const cat = new StatusCatalogue(entries, memory);
    assert.equal(cat.preparing, false);
    const ready = cat.prepare(async () => assert.fail('three examples fit in one slice'));
    assert.equal(cat.prepare(), ready);
    await ready;
    assert.equal(cat.preparing, false);
    assert.equal(cat.search('never coming back')[0]?.code, 410);
    assert.deepEqual(cat.search('never coming back'), new StatusCatalogue(entries, memory).search('never coming back'));
    assert.deepEqual(new StatusCatalogue(entries, []).search('never coming back'), [], 'what the words alone give');
    const many = Array.from({ length: 2500 }, (_, i) => ({ q: `shop closed come back at ${i}`, code: 503 }));
    const searched = new StatusCatalogue(entries, many);
    searched.search('gone');
    await searched.prepare(async () => assert.fail('nothing left to read'));
    assert.equal(searched.preparing, false);
    // By default the host gets its turn between slices: a timer set before is run before the reading ends.
    const timed = new StatusCatalogue(entries, many);
    let ticked = false;
    setTimeout(() => { ticked = true; }, 0);
    await timed.prepare();
    assert.ok(ticked, 'a timer ran between slices');
    assert.equal(timed.search('shop closed come back')[0]?.code, 503);
  });

  it('prepare on the shipped memory gives the host back between slices, answers from the words meanwhile, and ends as a search', async () => {
    const cat = new StatusCatalogue(catalogueData.codes);
    const words = new StatusCatalogue(catalogueData.codes, []);
    const queries = ['throttled', '接口不存在', 'we broke it, not you', 'gone', '404'];
    let pauses = 0;
    await cat.prepare(async () => {
      if (!pauses++) {
        assert.equal(cat.preparing, true);
        for (const q of queries) assert.deepEqual(cat.search(q).map((e) => e.code), words.search(q).map((e) => e.code), `meanwhile: ${q}`);
      }
    });
    assert.ok(pauses >= 20, `thousands of examples, a slice at a time (${pauses} pauses)`);
    assert.equal(cat.preparing, false);
    for (const q of queries) assert.deepEqual(cat.search(q).map((e) => e.code), defaultCatalogue().search(q).map((e) => e.code), q);
    assert.notDeepEqual(queries.map((q) => cat.search(q)[0]?.code), queries.map((q) => words.search(q)[0]?.code), 'the memory moved some answer');
  });

  it('custom codes join the editor\'s catalogue and leave the shipped one alone; phrasesOf covers both', () => {
    try {
      setCustomCodes([E(299, 'unofficial', 'Partial', { custom: true })], new Map());
      assert.equal(activeCatalogue().lookup(299)[0].phrase, 'Partial');
      assert.deepEqual(defaultCatalogue().lookup(299), []);
      assert.deepEqual(phrasesOf(299), ['Partial']);
      assert.ok(phrasesOf(413).includes('Content Too Large') && phrasesOf(413).includes('Payload Too Large'));
    } finally {
      setCustomCodes([], new Map());
    }
    assert.equal(activeCatalogue(), defaultCatalogue());
    assert.deepEqual(phrasesOf(299), []);
  });
});

describe('catalogue 0.2: facts, claims and the Chinese glossary, on the real data', () => {
  const reg = (code: number) => codes.find((e) => e.code === code && e.kind !== 'unofficial')!;
  const vendor = (code: number, name: string) => codes.find((e) => e.code === code && e.vendors.some((v) => v.includes(name)))!;

  it('every entry that is not unofficial says whether caches may keep it, what a client does next, and where a redirect goes', () => {
    for (const e of codes.filter((x) => x.kind !== 'unofficial')) {
      assert.ok(e.cache && e.retry && e.redirect !== undefined, `${e.code} lacks facts`);
    }
    // RFC 9110 15.1 (and RFC 7725 for 451): cacheable by default; RFC 6585: never stored.
    for (const c of [200, 203, 204, 206, 300, 301, 308, 404, 405, 410, 414, 451, 501]) assert.equal(reg(c).cache, 'heuristic', String(c));
    for (const c of [428, 429, 431, 511]) assert.equal(reg(c).cache, 'never', String(c));
    for (const c of [201, 302, 307, 400, 500, 503]) assert.equal(reg(c).cache, 'explicit', String(c));
    assert.deepEqual([408, 429, 503, 502, 504, 400, 404, 422, 200, 301].map((c) => reg(c).retry),
      ['as-is', 'after', 'after', 'idempotent', 'idempotent', 'never', 'never', 'never', 'none', 'none']);
    assert.deepEqual([301, 302, 303, 307, 308].map((c) => reg(c).redirect), [
      { permanent: true, method: 'may-change' }, { permanent: false, method: 'may-change' }, { permanent: false, method: 'get' },
      { permanent: false, method: 'kept' }, { permanent: true, method: 'kept' },
    ]);
    assert.equal(reg(304).redirect, null);
    assert.equal(reg(300).redirect, null);
  });

  it('states the review\'s corrections', () => {
    assert.doesNotMatch(reg(104).details.en, /\bexpired\b/);
    assert.match(reg(104).details.en, /-05/);
    assert.ok(reg(104).headers.some((h) => h.name === 'Upload-Draft-Interop-Version' && h.level === 'MUST'));
    assert.doesNotMatch(reg(304).details.en, /should repeat/i);
    for (const c of [307, 308]) assert.match(reg(c).summary.en, /a client that follows/);
    assert.match(reg(426).summary.en, /might be willing/);
    assert.match(reg(504).details.en, /legitimately long/);
    assert.doesNotMatch(vendor(499, 'nginx').details.en, /built on nginx/);
    assert.equal(reg(201).headers.find((h) => h.name === 'ETag')?.section, '15.3.2');
  });

  it('ties the header requirements the review found missing', () => {
    const has = (code: number, name: string, level: string, section: string) =>
      assert.ok(reg(code).headers.some((h) => h.name === name && h.level === level && h.section === section), `${code} ${name} ${level} ${section}`);
    has(511, 'WWW-Authenticate', 'SHOULD NOT', '6');
    has(304, 'Content-Type', 'SHOULD NOT', '15.4.5');
    has(206, 'Content-Range', 'MUST', '15.3.7.2');
    has(206, 'Content-Type', 'SHOULD', '15.3.7.2');
    has(200, 'Allow', 'SHOULD', '9.3.7');
    for (const c of [100, 101, 102, 103, 104]) assert.match(reg(c).details.en, /HTTP\/1\.0 client/, String(c));
  });

  it('holds the meanings of the seed documents and labels attributions no source confirms', () => {
    assert.ok(codes.some((e) => e.code === 425 && e.phrase === 'Unordered Collection' && e.kind === 'unofficial'));
    assert.ok(vendor(530, 'Pantheon') && vendor(530, 'Pantheon').verified === false);
    assert.ok(vendor(526, 'Cloudflare').vendors.includes('Cloud Foundry gorouter'));
    assert.ok(reg(306).formerPhrases.includes('Switch Proxy'));
    assert.ok(vendor(444, 'nginx').keywords.en.includes('No Response'));
    for (const [c, v] of [[218, 'Apache'], [450, 'Microsoft'], [527, 'Cloudflare'], [598, 'Microsoft']] as const) {
      assert.equal(vendor(c, v).verified, false, `${c} ${v}`);
    }
    assert.equal(vendor(499, 'nginx').verified, undefined, 'nginx 499 is confirmed by its source');
  });

  it('writes Chinese with one term per concept (docs/glossary.zh-cn.md)', () => {
    const texts: string[] = [];
    for (const e of codes) {
      // A code's own English name ("499 Token Required") may stand in the Chinese text as a name.
      const names = [e.phrase, ...e.formerPhrases];
      const own = (t: string) => names.reduce((acc, n) => acc.split(n).join(''), t);
      texts.push(...[e.summary['zh-cn'], e.details['zh-cn'], e.localPhrase?.['zh-cn'] ?? '', ...e.headers.map((h) => h.note['zh-cn'])].map(own));
    }
    // Quoted page titles and code identifiers keep their own spelling.
    const prose = texts.map((t) => t.replace(/“[^”]*”|"[^"]*"|[A-Za-z0-9_.-]*[_-][A-Za-z0-9_.-]+|Request Header Fields Too Large/g, ''));
    const banned: Array<[RegExp, string]> = [
      [/[Hh]eader/, '头'], [/\btoken\b/i, '令牌'], [/身份验证/, '认证'], [/Nginx|NGINX/, 'nginx'], [/源服务器/, '源站'],
      [/消息体|返回体/, '响应体'], [/已废弃/, '已弃用 or 已废止'], [/临时登记/, '临时注册'], [/压根|狂刷|赶到/, 'plain words'],
    ];
    for (const [re, instead] of banned) {
      const bad = prose.filter((t) => re.test(t));
      assert.deepEqual(bad.map((t) => t.slice(0, 60)), [], `write ${instead}, not ${re}`);
    }
  });
});
