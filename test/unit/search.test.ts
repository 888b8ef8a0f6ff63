import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { lookup, search } from '../../src/core/index';
import { catalogueData, searchExamples, StatusCatalogue } from '../../src/core/catalogue';
import { identifiers, MEMORY_FEATURES, simplified, soundAlikes, soundMended, StatusIndex, swapped, terms, type Ranker, type SearchFamily } from '../../src/core/search';
import examplesData from '../../data/search-examples.json';
import rankerData from '../../data/search-ranker.json';
import type { Entry } from '../../src/core/types';
import { compact } from '../../src/core/text';

/** Query -> the code that must come first. */
const ENGLISH: Array<[string, number]> = [
  ['404', 404], ['418', 418], ['499', 499], ['not found', 404], ['Not Found', 404], ['notfound', 404],
  ['rate limit', 429], ['throttling', 429], ['too many requests', 429], ['teapot', 418], ["i'm a teapot", 418],
  ['payload too large', 413], ['request entity too large', 413], ['content too large', 413],
  ['unprocessable entity', 422], ['unprocessable content', 422], ['moved temporarily', 302],
  ['requested range not satisfiable', 416], ['request-uri too long', 414], ['uri too long', 414],
  ['maintenance', 503], ['service unavailable', 503], ['unauthorized', 401], ['forbidden', 403],
  ['method not allowed', 405], ['conflict', 409], ['gone', 410], ['bad gateway', 502], ['gateway timeout', 504],
  ['internal server error', 500], ['no content', 204], ['created', 201], ['permanent redirect', 308],
  ['temporary redirect', 307], ['see other', 303], ['not modified', 304], ['partial content', 206],
  ['early hints', 103], ['switching protocols', 101], ['client closed request', 499],
  ['page expired', 419], ['enhance your calm', 420], ['web server is down', 521], ['legal reasons', 451],
  ['precondition failed', 412], ['precondition required', 428], ['too early', 425], ['misdirected', 421],
  ['network authentication', 511], ['ok', 200],
];

const CHINESE: Array<[string, number]> = [
  ['限流', 429], ['未找到', 404], ['找不到', 404], ['未授权', 401], ['禁止访问', 403], ['服务不可用', 503],
  ['维护', 503], ['网关超时', 504], ['错误网关', 502], ['服务器内部错误', 500], ['无内容', 204], ['已创建', 201],
  ['永久重定向', 308], ['临时重定向', 307], ['请求过多', 429], ['方法不允许', 405], ['冲突', 409],
  ['请求体过大', 413], ['未修改', 304], ['部分内容', 206], ['客户端关闭请求', 499],
];

describe('search: ranks the catalogue for a free-text query', () => {
  for (const [q, code] of ENGLISH) {
    it(`"${q}" puts ${code} first`, () => assert.equal(search(q)[0]?.code, code, search(q).slice(0, 3).map((e) => e.code).join(',')));
  }
  for (const [q, code] of CHINESE) {
    it(`"${q}" puts ${code} first (in either locale)`, () => {
      assert.equal(search(q, 'zh-cn')[0]?.code, code, search(q, 'zh-cn').slice(0, 3).map((e) => e.code).join(','));
      assert.equal(search(q, 'en')[0]?.code, code);
    });
  }
  it('prefix digits list a range of codes in order', () => {
    const r = search('40').map((e) => e.code);
    assert.deepEqual(r.slice(0, 3), [400, 401, 402]);
    assert.ok(r.every((c) => c >= 400 && c < 410));
  });
  it('"5xx" lists the server errors', () => {
    assert.ok(search('5xx').length > 10);
    assert.ok(search('5xx').every((e) => e.code >= 500));
  });
  it('answers junk with nothing and never throws', () => {
    for (const q of ['', '   ', 'zzzzqqq', '\u0000', '🙂', '((((', '.*+?', 'a'.repeat(10000)]) assert.doesNotThrow(() => search(q));
    assert.deepEqual(search('zzzzqqq'), []);
    assert.deepEqual(search(undefined as unknown as string), []);
  });
  it('lookup gives the registered meaning first and [] for unknown codes', () => {
    assert.equal(lookup(404)[0].phrase, 'Not Found');
    assert.equal(lookup(499)[0].vendors[0], 'nginx');
    assert.deepEqual(lookup(299), []);
    assert.deepEqual(lookup(NaN), []);
    assert.deepEqual(lookup('404' as unknown as number), []);
  });
});

type Row = { q: string; lang: 'en' | 'zh'; code: number; also?: number[] };
const SETS_DIR = path.join(__dirname, '../../../test/fixtures/search');
/** The query sets of test/fixtures/search by name (queries, queries-2, ...), in the order they were written. */
const QUERY_SETS: Array<[string, Row[]]> = fs.readdirSync(SETS_DIR)
  .filter((f) => /^queries(-\d+)?\.json$/.test(f))
  .map((f): [string, Row[]] => [f.replace(/\.json$/, ''), JSON.parse(fs.readFileSync(path.join(SETS_DIR, f), 'utf8')) as Row[]])
  .sort(([a], [b]) => Number(/\d+/.exec(a)?.[0] ?? 1) - Number(/\d+/.exec(b)?.[0] ?? 1));
type Sections = Record<string, Record<string, Record<string, string[]>>>;
const MEMORY = examplesData as Sections;

/**
 * The query tables (test/fixtures/search, each set written by a helper that saw neither the search nor the
 * catalogue; see the README there): a query is right at rank 1 when the first entry is its code or one of the
 * codes it also accepts, and within the first three likewise. The memory of example searches holds the sets
 * measured so far: each set is measured with the memory left without it (no query is its own example), and
 * gated near that figure; a set the memory does not hold (the newest, kept for the next measure) is measured
 * with the search as shipped. The sets the rules were tuned on read higher than new queries will (README).
 */
describe('search: the query tables, in English and Chinese, each with the memory left without it', () => {
  const GATES: Record<string, Record<'en' | 'zh', { top1: number; top3: number }>> = {
    'queries': { en: { top1: 0.966, top3: 0.992 }, zh: { top1: 0.980, top3: 0.995 } },
    'queries-2': { en: { top1: 0.968, top3: 0.992 }, zh: { top1: 0.977, top3: 0.981 } },
    'queries-3': { en: { top1: 0.975, top3: 0.985 }, zh: { top1: 0.965, top3: 0.990 } },
    'queries-4': { en: { top1: 0.973, top3: 0.986 }, zh: { top1: 0.981, top3: 0.988 } },
    'queries-5': { en: { top1: 0.974, top3: 0.986 }, zh: { top1: 0.948, top3: 0.975 } },
    'queries-6': { en: { top1: 0.942, top3: 0.977 }, zh: { top1: 0.981, top3: 0.988 } },
    'queries-7': { en: { top1: 0.987, top3: 0.995 }, zh: { top1: 0.954, top3: 0.981 } },
    'queries-8': { en: { top1: 0.978, top3: 0.995 }, zh: { top1: 0.947, top3: 0.988 } },
    'queries-9': { en: { top1: 0.974, top3: 0.986 }, zh: { top1: 0.988, top3: 0.995 } },
    'queries-10': { en: { top1: 0.982, top3: 0.995 }, zh: { top1: 0.968, top3: 0.995 } },
    'queries-11': { en: { top1: 0.982, top3: 0.995 }, zh: { top1: 0.988, top3: 0.995 } },
    'queries-12': { en: { top1: 0.966, top3: 0.978 }, zh: { top1: 0.988, top3: 0.995 } },
    'queries-13': { en: { top1: 0.970, top3: 0.995 }, zh: { top1: 0.988, top3: 0.988 } },
    'queries-14': { en: { top1: 0.982, top3: 0.991 }, zh: { top1: 0.982, top3: 0.988 } },
    'queries-15': { en: { top1: 0.982, top3: 0.987 }, zh: { top1: 0.988, top3: 0.995 } },
    'queries-16': { en: { top1: 0.987, top3: 0.995 }, zh: { top1: 0.982, top3: 0.995 } },
    'queries-17': { en: { top1: 0.978, top3: 0.991 }, zh: { top1: 0.995, top3: 0.995 } },
    'queries-18': { en: { top1: 0.961, top3: 0.987 }, zh: { top1: 0.982, top3: 0.995 } },
    'queries-19': { en: { top1: 0.987, top3: 0.995 }, zh: { top1: 0.975, top3: 0.988 } },
    'queries-20': { en: { top1: 0.961, top3: 0.995 }, zh: { top1: 0.982, top3: 0.995 } },
    'queries-21': { en: { top1: 0.995, top3: 0.995 }, zh: { top1: 0.955, top3: 0.995 } },
    'queries-22': { en: { top1: 0.982, top3: 0.991 }, zh: { top1: 0.975, top3: 0.995 } },
    'queries-23': { en: { top1: 0.978, top3: 0.991 }, zh: { top1: 0.975, top3: 0.988 } },
    'queries-24': { en: { top1: 0.970, top3: 0.991 }, zh: { top1: 0.982, top3: 0.995 } },
    'queries-25': { en: { top1: 0.974, top3: 0.987 }, zh: { top1: 0.982, top3: 0.995 } },
    'queries-26': { en: { top1: 0.970, top3: 0.982 }, zh: { top1: 0.975, top3: 0.995 } },
    'queries-27': { en: { top1: 0.978, top3: 0.995 }, zh: { top1: 0.988, top3: 0.995 } },
    'queries-28': { en: { top1: 0.974, top3: 0.991 }, zh: { top1: 0.968, top3: 0.988 } },
    'queries-29': { en: { top1: 0.987, top3: 0.995 }, zh: { top1: 0.982, top3: 0.995 } },
    'queries-30': { en: { top1: 0.982, top3: 0.991 }, zh: { top1: 0.982, top3: 0.988 } },
    'queries-31': { en: { top1: 0.974, top3: 0.991 }, zh: { top1: 0.948, top3: 0.982 } },
    'queries-32': { en: { top1: 0.970, top3: 0.987 }, zh: { top1: 0.988, top3: 0.995 } },
    'queries-33': { en: { top1: 0.974, top3: 0.995 }, zh: { top1: 0.975, top3: 0.988 } },
    'queries-34': { en: { top1: 0.982, top3: 0.987 }, zh: { top1: 0.988, top3: 0.995 } },
  };
  // One catalogue per set, its memory left without the set, shared by the set's two languages.
  const built = new Map<string, StatusCatalogue>();
  const without = (name: string): StatusCatalogue => {
    let catalogue = built.get(name);
    if (!catalogue) {
      catalogue = new StatusCatalogue(catalogueData.codes, searchExamples(Object.fromEntries(Object.entries(MEMORY).filter(([section]) => section !== name))));
      built.set(name, catalogue);
    }
    return catalogue;
  };
  for (const [name, rows] of QUERY_SETS) {
    for (const lang of ['en', 'zh'] as const) {
      const mine = rows.filter((x) => x.lang === lang);
      it(`${lang}, ${name} (${mine.length}${MEMORY[name] ? '' : ', not in the memory'}): the wanted code first and within three`, () => {
        const catalogue = without(name);
        let top1 = 0;
        let top3 = 0;
        for (const x of mine) {
          const ok = [x.code, ...(x.also ?? [])];
          const got = catalogue.search(x.q).slice(0, 3).map((e) => e.code);
          if (ok.includes(got[0])) top1++;
          if (got.some((c) => ok.includes(c))) top3++;
        }
        console.log(`      top-1 ${(top1 / mine.length).toFixed(3)}, top-3 ${(top3 / mine.length).toFixed(3)}`);
        const gate = GATES[name]?.[lang];
        assert.ok(gate, `no gate for ${name}: measure it once and add it`);
        assert.ok(top1 / mine.length >= gate.top1, `top-1 ${top1}/${mine.length}`);
        assert.ok(top3 / mine.length >= gate.top3, `top-3 ${top3}/${mine.length}`);
      });
    }
  }
});

describe('search: the memory of example searches as shipped (data/search-examples.json)', () => {
  const codes = new Set(catalogueData.codes.map((e) => e.code));
  const norm = (q: string) => q.replace(/\s+/g, '').toLowerCase();

  it('holds each query set the search was measured on as written, and no query of a set kept for the next measure', () => {
    for (const [name, rows] of QUERY_SETS) {
      if (MEMORY[name]) {
        const held = searchExamples({ [name]: MEMORY[name] }).map((x) => `${x.code} ${x.q}`);
        assert.deepEqual(held.sort(), rows.map((r) => `${r.code} ${r.q}`).sort(), `${name}: a stale copy (npm run train-search)`);
      } else {
        const kept = new Set(rows.map((r) => norm(r.q)));
        const leaked = searchExamples(MEMORY).filter((x) => kept.has(norm(x.q)));
        assert.deepEqual(leaked, [], `${name} is kept for the next measure: none of its queries may be an example`);
      }
    }
    assert.ok(Object.keys(MEMORY).every((name) => name === 'phrasings' || QUERY_SETS.some(([n]) => n === name)), 'a section with no query set');
  });

  it('every example names a code of the catalogue, in English or Chinese', () => {
    for (const [name, byLanguage] of Object.entries(MEMORY)) {
      assert.deepEqual(Object.keys(byLanguage).sort(), ['en', 'zh'], name);
      for (const [lang, byCode] of Object.entries(byLanguage)) {
        for (const [code, qs] of Object.entries(byCode)) {
          assert.ok(codes.has(Number(code)), `${name}: ${code} is not in the catalogue`);
          // A Chinese query may be all Latin ("nginx 499" typed by a Chinese developer); an English one has no Chinese.
          if (lang === 'en') for (const q of qs) assert.ok(!/[\u3400-\u9fff]/.test(q), `${name}: ${q}`);
        }
      }
    }
    assert.ok(searchExamples().length > 5000, 'the phrasing body and the sets');
  });

  it('the weights are per language and the memory never outweighs the rules (names, keywords, constants, codes)', () => {
    for (const lang of ['en', 'zh'] as const) {
      const { near, weights } = (rankerData as Ranker)[lang];
      assert.ok(Number.isInteger(near) && near > 0);
      assert.equal(weights.length, MEMORY_FEATURES.length);
      // Each feature is at most 1 and counts 1000 points per unit of weight; the rules start at 100,000.
      assert.ok(weights.every((w) => w >= 0) && weights.reduce((a, b) => a + b, 0) * 1000 < 1e5);
    }
  });
});

/** A registered entry with nothing but what a test gives it. */
const E = (code: number, phrase: string, extra: Partial<Entry> = {}): Entry => ({
  code, phrase, kind: 'registered', formerPhrases: [], vendors: [], headers: [], keywords: { en: [], 'zh-cn': [] },
  summary: { en: '', 'zh-cn': '' }, details: { en: '', 'zh-cn': '' }, ...extra,
});

/**
 * The search's contract on a small catalogue built here (so that the catalogue's own words cannot make a
 * test pass): what each kind of query finds, and in which order.
 */
describe('search: the contract, on a constructed catalogue', () => {
  const entries = [
    E(200, 'OK', { summary: { en: 'It worked.', 'zh-cn': '成功了。' } }),
    E(204, 'No Content', { summary: { en: 'Nothing to send back.', 'zh-cn': '没有内容。' } }),
    E(400, 'Bad Request', { summary: { en: 'The server will not process a malformed request.', 'zh-cn': '请求有误。' } }),
    E(404, 'Not Found', { localPhrase: { 'zh-cn': '未找到' }, summary: { en: 'Nothing here.', 'zh-cn': '这里没有。' } }),
    E(405, 'Method Not Allowed', { headers: [{ name: 'Allow', level: 'MUST', section: '15.5.6', note: { en: 'x', 'zh-cn': 'x' } }] }),
    E(413, 'Content Too Large', { formerPhrases: ['Payload Too Large'], keywords: { en: ['upload too big'], 'zh-cn': ['文件太大'] } }),
    E(429, 'Too Many Requests', { keywords: { en: ['throttling'], 'zh-cn': ['限流'] }, summary: { en: 'Slow down.', 'zh-cn': '请求过多。' },
      headers: [{ name: 'Retry-After', level: 'MAY', document: 'RFC 6585', section: '4', note: { en: 'x', 'zh-cn': 'x' } }] }),
    E(499, 'Client Closed Request', { kind: 'unofficial', vendors: ['nginx'], summary: { en: 'Not found by anyone: the client left.', 'zh-cn': '客户端走了。' } }),
    E(502, 'Bad Gateway', { summary: { en: 'The gateway got a bad answer.', 'zh-cn': '网关收到了错误的答复。' } }),
    E(503, 'Service Unavailable', { localPhrase: { 'zh-cn': '服务不可用' }, summary: { en: 'Down for now.', 'zh-cn': '暂时不可用。' } }),
    E(561, 'Unauthorized', { kind: 'unofficial', vendors: ['AWS ELB'] }),
    E(401, 'Unauthorized', { summary: { en: 'Credentials first.', 'zh-cn': '先认证。' } }),
  ];
  // Built inside each test, so that what a test checks is what building the index did (mutation runs see it).
  const codes = (q: string) => new StatusIndex(entries).search(q).map((e) => e.code);

  it('a code, its first digits, a class: by number alone, classes with the common codes first', () => {
    assert.deepEqual(codes('404'), [404]);
    assert.deepEqual(codes(' 4 '), [400, 404, 405, 413, 429, 499, 401]);
    assert.deepEqual(codes('40'), [400, 404, 405, 401]);
    assert.deepEqual(codes('4xx'), [400, 401, 404, 405, 429, 413, 499]);
    assert.deepEqual(codes('client errors'), codes('4XX'));
    assert.deepEqual(codes('客户端错误'), codes('4xx'));
    assert.deepEqual(codes('2开头'), [200, 204]);
    assert.deepEqual(codes('5xx'), [502, 503, 561]);
  });

  it('an exact name, a former name, a Chinese name or a keyword comes first, whatever else matches', () => {
    assert.equal(codes('Not Found')[0], 404);
    assert.equal(codes('notfound')[0], 404);
    assert.equal(codes('payload too large')[0], 413);
    assert.equal(codes('未找到')[0], 404);
    assert.equal(codes('服务不可用')[0], 503);
    assert.equal(codes('upload too big')[0], 413);
    assert.equal(codes('限流')[0], 429);
  });

  it('a registered meaning before a vendor\'s with the same name; ties in catalogue order', () => {
    assert.deepEqual(codes('unauthorized'), [401, 561]);
    assert.deepEqual(codes('unauthorzed').slice(0, 2), [401, 561], 'the same through a typo');
  });

  it('word forms, prefixes, typos: stems meet, the last word may be unfinished, long words may hold a typo', () => {
    assert.equal(codes('throttled')[0], 429);
    assert.equal(codes('serv unav')[0], 503);
    assert.equal(codes('unavailabel')[0], 503);
    assert.equal(codes('gatewy')[0], 502);
    assert.deepEqual(codes('xyzzy'), []);
  });

  it('names in code form, a code inside a sentence, Traditional Chinese', () => {
    assert.equal(codes('StatusServiceUnavailable')[0], 503);
    assert.equal(codes('SERVICE_UNAVAILABLE')[0], 503);
    assert.equal(codes('404错误')[0], 404);
    assert.equal(codes('what does 502 mean')[0], 502);
    assert.equal(codes('服務不可用')[0], 503);
  });

  it('header fields and vendors are searchable', () => {
    assert.equal(codes('Retry-After')[0], 429);
    assert.equal(codes('allow header')[0], 405);
    assert.equal(codes('nginx')[0], 499);
  });

  it('all words first; when no entry has them all, any of them', () => {
    assert.equal(codes('bad gateway')[0], 502);
    assert.deepEqual(codes('gateway flamingo').slice(0, 1), [502]);
  });

  it('nothing to search by gives nothing', () => {
    for (const q of ['', '   ', '?!.,', '\u0000']) assert.deepEqual(codes(q), [], JSON.stringify(q));
  });

  it('a class named inside a longer query lists the class; a code beside it wins', () => {
    assert.deepEqual(codes('client side 4xx list'), codes('4xx'));
    assert.deepEqual(codes('codes starting with 5'), codes('5xx'));
    assert.deepEqual(codes('status codes beginning with a 2'), codes('2xx'));
    assert.deepEqual(codes('都是 5 开头的吗'), codes('5xx'));
    assert.equal(codes('nginx 4xx 499')[0], 499);
    assert.notDeepEqual(codes('x4xx'), codes('4xx'));
    assert.notDeepEqual(codes('starting with 55'), codes('5xx'));
    assert.notDeepEqual(codes('a4xx codes'), codes('4xx'));
    assert.deepEqual(codes('(4xx)'), codes('4xx'));
    assert.deepEqual(codes('what starts with 4'), codes('4xx'));
    assert.deepEqual(codes('ones that begin with 5'), codes('5xx'));
    assert.deepEqual(codes('5  开头'), codes('5xx'));
    assert.deepEqual(codes('都是5开头的吗'), codes('5xx'));
    assert.deepEqual(codes('codes that start with 4'), codes('4xx'));
    assert.equal(codes('404 and 4xx')[0], 404, 'a code at the start wins too');
    assert.deepEqual(codes('nginx 4xx 4990'), codes('nginx 4xx'), 'four digits are not a code');
    assert.deepEqual(codes('成功状态码有哪些'), codes('2xx'), 'a class asked about in a Chinese question');
    assert.deepEqual(codes('服务器错误都有哪些'), codes('5xx'));
    assert.deepEqual(codes('重定向是什么意思'), codes('3xx'));
    assert.notDeepEqual(codes('成功了吗'), codes('2xx'), 'more than the framing after the class');
  });

  it('a side\'s errors asked for as a list is that class; one error of a side asked for is not', () => {
    assert.deepEqual(codes('all client error codes'), codes('4xx'));
    assert.deepEqual(codes('list of client-side errors'), codes('4xx'));
    assert.deepEqual(codes('which codes are server errors'), codes('5xx'));
    assert.deepEqual(codes('every server side error'), codes('5xx'));
    assert.deepEqual(codes('types of server errors'), codes('5xx'));
    assert.deepEqual(codes('every serverside error'), codes('5xx'), 'written as one word');
    assert.deepEqual(codes('list of server side  errors'), codes('5xx'), 'however spaced');
    assert.notDeepEqual(codes('which server error means the gateway got a bad answer'), codes('5xx'));
    assert.equal(codes('which server error means the gateway got a bad answer')[0], 502);
    assert.notDeepEqual(codes('all client codes'), codes('4xx'), 'a side without its errors');
    assert.notDeepEqual(codes('all serverless errors'), codes('5xx'), 'a longer word is not the side');
  });

  it('the statuses a tool treats as failures or successes, asked for as a set: the error classes, or 2xx, common ones first', () => {
    const failures = [400, 401, 404, 405, 429, 502, 503, 413, 499, 561];
    assert.deepEqual(codes('which statuses make axios reject the promise'), failures);
    assert.deepEqual(codes('curl --fail exits non-zero on which codes'), failures);
    assert.deepEqual(codes('HttpClient EnsureSuccessStatusCode throws for'), failures, 'a trailing "throws for" asks for the set');
    assert.deepEqual(codes('axios 请求 什么 状态 下 走 到 catch 分支'), failures);
    assert.deepEqual(codes('axios 哪些状态码会报错'), failures);
    assert.deepEqual(codes('which statuses mean the call succeeded'), codes('2xx'));
    assert.deepEqual(codes('axios 哪些状态码算成功'), codes('2xx'));
    // One code asked for, not a set.
    assert.notDeepEqual(codes('which status for a failed upload'), failures);
    assert.notDeepEqual(codes('登录失败返回什么状态码'), failures, 'the framing of a question is no set');
    assert.notDeepEqual(codes('which codes mean throttling'), failures, 'a set, but not of failures');
    assert.notDeepEqual(codes('which codes mean throttling'), codes('2xx'), 'nor of successes');
    // Each way of asking for the set, and each word form of the outcome, spaced as people type.
    for (const q of [
      'which  statuses make axios reject', 'which http  status   codes make fetch throw', 'for  which codes does curl fail',
      'EnsureSuccessStatusCode throw for', 'ky rejects on', 'requests raise for?', 'the call fails  on', 'which codes raise',
      'which responses give a nonzero exit', 'which codes throw an exception', 'on which responses is an error thrown',
      'which ones end in catch', 'which codes make the promise rejected', 'what codes are raised', 'which codes throws',
      'which codes failing', 'which codes cause exceptions',
    ]) assert.deepEqual(codes(q), failures, q);
    for (const q of ['which codes succeed', 'which codes count as successful', 'which statuses mean success', 'which codes succeeds']) assert.deepEqual(codes(q), codes('2xx'), q);
  });

  it('fetch\'s response.ok asked about as a set: false is the failures, true the 2xx', () => {
    const failures = [400, 401, 404, 405, 429, 502, 503, 413, 499, 561];
    for (const q of [
      'fetch response.ok is false for which statuses', 'response.ok == false on which codes', 'for which codes is res.ok   false',
      'fetch response.ok 为 false 是 哪些 状态', '!res.ok for which status codes', 'which responses are not ok in fetch',
      'res.ok===false for which codes', 'for which codes is ! response.ok', 'which responses are not  ok', 'which codes give an exception',
    ]) assert.deepEqual(codes(q), failures, q);
    for (const q of ['fetch response.ok is true for which statuses', 'response.ok === true for which codes', 'response.ok 为 true 是 哪些 状态']) {
      assert.deepEqual(codes(q), codes('2xx'), q);
    }
    assert.notDeepEqual(codes('response.ok is false'), failures, 'not asked for as a set');
    assert.notDeepEqual(codes('which codes are okay to cache'), codes('2xx'), 'a longer word is not ok');
    assert.notDeepEqual(codes('which codes have book false positives'), failures, 'nor one that ends in ok');
  });

  it('the expectation 100-continue and a system error\'s number are not statuses named in the query', () => {
    const own = [
      E(100, 'Continue'), E(104, 'Upload Resumption Supported', { kind: 'temporary' }), E(417, 'Expectation Failed'),
      E(502, 'Bad Gateway'), E(404, 'Not Found'),
    ];
    const first = (q: string) => new StatusIndex(own).search(q)[0]?.code;
    assert.equal(first('expectation failed: the server refuses expect: 100-continue'), 417);
    assert.equal(first('Expect: 100-continue was refused, expectation failed'), 417);
    assert.equal(first('100 continue'), 100, 'the status itself');
    assert.equal(first('the proxy says bad gateway after recv() failed (104: Connection reset by peer)'), 502);
    for (const tail of ['connection refused', 'Connection timed out', 'connection aborted', 'No route to host', 'network is unreachable',
      'Network is down', 'software caused connection abort', 'host is down', 'Host is unreachable', 'broken pipe']) {
      assert.equal(first(`the proxy says bad gateway (104: ${tail})`), 502, tail);
      assert.equal(first(`the proxy says bad gateway (104 :  ${tail})`), 502, `${tail}, spaced`);
    }
    assert.equal(first('the proxy says bad gateway, errno 104'), 502);
    assert.equal(first('the proxy says bad gateway, errno=104'), 502);
    assert.equal(first('the proxy says bad gateway, errno: 104'), 502);
    assert.equal(first('the proxy says bad gateway, errno : 104'), 502);
    assert.equal(first('errno 32 and then a 404 from upstream'), 404, 'a code later than the error number');
    assert.equal(first('upstream said (404: not found)'), 404, 'a status with its name after the colon is still named');
    assert.equal(first('the proxy says bad gateway (104: upload resumption)'), 104, 'so is any number before other words');
    assert.equal(first('the proxy says bad gateway 104-continued'), 104, 'a longer word after the dash');
  });

  it('a class asked for by what its codes mean, and as a metric query\'s pattern', () => {
    assert.deepEqual(codes('status codes that mean redirect'), codes('3xx'));
    assert.deepEqual(codes('codes which indicate a server error'), codes('5xx'));
    for (const q of ['statuses  which   signal client error', 'codes that are  a   client error', 'codes that mean an client error']) assert.deepEqual(codes(q), codes('4xx'), q);
    assert.deepEqual(codes('codes that mean success'), codes('2xx'));
    assert.deepEqual(codes('http_requests_total{status=~"5.."}'), codes('5xx'));
    assert.deepEqual(codes("rate(requests{code=~'4..'}[5m])"), codes('4xx'));
    assert.notDeepEqual(codes('wait 5.. then retry'), codes('5xx'), 'dots after a digit in prose are no pattern');
  });

  it('a class inside a metric\'s name, a side\'s errors asked for as a range or as codes', () => {
    assert.deepEqual(codes('haproxy hrsp_5xx counter'), codes('5xx'));
    assert.deepEqual(codes('http_4xx_total'), codes('4xx'));
    assert.notDeepEqual(codes('hrsp5xx'), codes('5xx'), 'a letter or digit before it is another word');
    assert.deepEqual(codes('server error range for a dashboard'), codes('5xx'));
    assert.deepEqual(codes('client error codes'), codes('4xx'));
    assert.notDeepEqual(codes('which client error code means a bad gateway'), codes('4xx'), 'one code asked for');
  });

  it('a side named in a CamelCase name counts as its words: HttpServerErrorException', () => {
    assert.deepEqual(codes('HttpServerErrorException which codes'), codes('5xx'));
    assert.deepEqual(codes('all HttpClientErrors'), codes('4xx'));
    assert.notDeepEqual(codes('HttpServerErrorException'), codes('5xx'), 'one exception, not asked for as a list');
  });

  it('a number with a unit after it is a quantity, not a status', () => {
    assert.equal(codes('bad gateway after 200 seconds')[0], 502);
    assert.equal(codes('bad gateway after 200ms')[0], 502);
    assert.equal(codes('bad gateway 200 times')[0], 502);
    assert.equal(codes('bad gateway at 200 requests per second')[0], 502);
    assert.equal(codes('bad gateway 200 mb upload')[0], 502);
    assert.equal(codes('上传 200 兆 文件太大')[0], 413);
    assert.equal(codes('网关 200 秒')[0], 502);
    assert.equal(codes('gateway 200')[0], 200, 'a code alone');
    assert.equal(codes('503s from the gateway')[0], 503, 'a code in the plural');
    assert.equal(codes('404 secrets')[0], 404, 'a word that starts like a unit');
    assert.equal(codes('200 seconds then 404')[0], 404, 'the code after the quantity');
  });

  it('a vendor named with a class puts its codes of that class first, in order, then the class as usual', () => {
    assert.deepEqual(codes('nginx 4xx'), [499, 400, 401, 404, 405, 429, 413]);
    assert.deepEqual(codes('aws 5xx'), [561, 502, 503]);
    assert.deepEqual(codes('NGINX 4XX codes'), codes('nginx 4xx'), 'however it is typed');
    assert.deepEqual(codes('nginxx 4xx'), codes('4xx'), 'the vendor\'s word, whole');
    assert.deepEqual(codes('the 400s on nginx'), codes('nginx 4xx'));
    assert.deepEqual(codes('cloudflare 4xx'), codes('4xx'), 'a vendor with no code in the class changes nothing');
    const broad = [E(400, 'Bad Request'), E(440, 'Login Time-out', { kind: 'unofficial', vendors: ['Microsoft Exchange'] }), E(404, 'Not Found')];
    assert.deepEqual(new StatusIndex(broad).search('microsoft 4xx').map((e) => e.code), [400, 404, 440], 'a vendor word that names too much');
    const twice = [E(103, 'Checkpoint', { kind: 'unofficial', vendors: ['Gears'] }), E(103, 'Early Hints'), E(101, 'Switching Protocols')];
    assert.deepEqual(new StatusIndex(twice).search('1xx').map((e) => e.kind), ['registered', 'registered', 'unofficial'], 'one code twice: the registered meaning first');
  });

  it('two entries a rule ranks alike are ordered by the rest of their words', () => {
    const shared = [
      E(426, 'Upgrade Required', { keywords: { en: ['protocol version'], 'zh-cn': [] } }),
      E(505, 'Protocol Version Not Supported', { keywords: { en: ['protocol version'], 'zh-cn': [] } }),
    ];
    assert.deepEqual(new StatusIndex(shared).search('protocol version').map((e) => e.code), [505, 426]);
    assert.deepEqual(new StatusIndex([...shared].reverse()).search('protocol version').map((e) => e.code), [505, 426]);
  });

  it('the framing of a question is not searched for, in either language', () => {
    assert.equal(codes('限流应该返回哪个状态码')[0], 429);
    assert.equal(codes('限流用什么')[0], 429);
    assert.equal(codes('未找到是什么')[0], 404);
    assert.equal(codes('服务不可用怎么办')[0], 503);
    assert.equal(codes('how should I answer when throttled')[0], 429);
    assert.deepEqual(terms('返回什么状态码'), []);
    assert.deepEqual(terms('有哪些'), []);
    assert.deepEqual(terms('why should how'), []);
    assert.equal(codes('bad request meaning')[0], 400, 'an exact name with "meaning" after it');
    assert.deepEqual(terms('what does it mean, what it means'), []);
    assert.deepEqual(terms('服务不可用是什么意思'), terms('服务不可用'));
    assert.deepEqual(terms('未找到啥意思'), terms('未找到'));
    assert.deepEqual(terms('未找到 服务不可用的区别'), terms('未找到 服务不可用'));
    assert.deepEqual(terms('未找到 服务不可用 区别'), terms('未找到 服务不可用'));
  });

  it('a hundred named as a class: "the 400s", "500 series", "400-level", never a number of something else', () => {
    assert.deepEqual(codes('the 400s'), codes('4xx'));
    assert.deepEqual(codes('500 series codes'), codes('5xx'));
    assert.deepEqual(codes('400-level errors'), codes('4xx'));
    assert.deepEqual(codes('2 00 range'), [], 'a hundred is written as one number');
    assert.deepEqual(codes('200 range'), codes('2xx'));
    assert.equal(codes('400 servers')[0], 400, 'a code with another word after it is that code');
    assert.notDeepEqual(codes('1.500s'), codes('5xx'), 'a decimal is no class');
  });

  it('an exception class by what it names, pasted code by its member, a constant asked about in words', () => {
    assert.equal(codes('ServiceUnavailableException')[0], 503);
    assert.equal(codes('GatewayException')[0], 502);
    assert.equal(codes('ResponseEntity.notFound()')[0], 404);
    assert.equal(codes('return NotFound();')[0], 404);
    assert.equal(codes('Results.BadGateway()')[0], 502);
    assert.equal(codes('new Unauthorized')[0], 401);
  });

  it('where few entries have every word of a long query, entries with some of them follow, below', () => {
    // Only 502 has every word ("Bad Gateway", "a bad answer"); 400 has one of them ("Bad Request").
    const some = codes('bad gateway answer');
    assert.deepEqual(some.slice(0, 2), [502, 400]);
    // No entry has every word: any word counts, at full weight.
    assert.deepEqual(codes('gateway answer nginx').slice(0, 2).sort(), [499, 502]);
    // A short query is answered by the entries that have all its words, and only by them.
    assert.deepEqual(codes('bad gateway'), [502]);
  });
});

describe('search: the memory of example searches, on a constructed catalogue', () => {
  const entries = [
    E(404, 'Not Found', { summary: { en: 'Nothing here.', 'zh-cn': '这里没有。' } }),
    E(410, 'Gone', { summary: { en: 'Removed on purpose.', 'zh-cn': '已删除。' } }),
    E(429, 'Too Many Requests', { summary: { en: 'Slow down.', 'zh-cn': '请求过多。' } }),
    E(499, 'Left Early', { kind: 'unofficial', vendors: ['nginx'] }),
    E(503, 'Service Unavailable', { summary: { en: 'Down for now.', 'zh-cn': '暂时不可用。' } }),
  ];
  const examples = [
    { q: 'left and never coming back', code: 410 },
    { q: 'deleted for good, never coming back', code: 410 },
    { q: 'shop closed come back tomorrow', code: 503 },
    { q: 'no such page here', code: 404 },
    { q: '手速太快 被拦了', code: 429 },
    { q: '人走了 再也不回来', code: 410 },
    { q: 'a code nobody has', code: 299 },
  ];
  const reading = (near: number, weights: number[]) => ({ near, weights });
  const RANKER: Ranker = { en: reading(10, [0.6, 0.2, 0]), zh: reading(10, [0.6, 0.2, 0]) };
  const codes = (q: string, ranker: Ranker = RANKER, memory = examples) => new StatusIndex(entries, [], memory, ranker).search(q).map((e) => e.code);

  it('read in slices (learn): nothing of it counts before the last slice, and then it answers as one read at once', async () => {
    const index = new StatusIndex(entries, [], [], RANKER);
    const queries = ['never coming back', 'closed, come back tomorrow', '手速太快了', '他们走了不回来', 'nothing here', 'gone'];
    const alone = queries.map((q) => index.search(q).map((e) => e.code));
    let pauses = 0;
    await index.learn(examples, async () => {
      pauses++;
      assert.deepEqual(queries.map((q) => index.search(q).map((e) => e.code)), alone, `answers without the memory at pause ${pauses}`);
    }, 2);
    assert.equal(pauses, 3, 'seven examples in slices of two: three pauses, none before the first slice');
    assert.deepEqual(queries.map((q) => index.search(q).map((e) => e.code)), queries.map((q) => codes(q)));
    assert.equal(index.search('never coming back')[0]?.code, 410);
    const more = [{ q: 'never coming back', code: 503 }, { q: 'never coming back at all', code: 503 }];
    await index.learn(more, async () => assert.fail('read once'), 1);
    assert.equal(index.search('never coming back')[0]?.code, 410, 'a second call reads nothing');
    const built = new StatusIndex(entries, [], examples, RANKER);
    await built.learn(more, async () => assert.fail('read once'), 1);
    assert.equal(built.search('never coming back')[0]?.code, 410, 'nor one on an index built with a memory');
    let even = 0;
    await new StatusIndex(entries, [], [], RANKER).learn(examples.slice(0, 6), async () => { even++; }, 2);
    assert.equal(even, 2, 'six in slices of two: two pauses, none after the last slice');
  });

  it('finds what the catalogue\'s words do not say, by the examples closest to the query', () => {
    assert.deepEqual(codes('never coming back', RANKER, []), [], 'the catalogue alone has no such words');
    assert.equal(codes('never coming back')[0], 410);
    assert.equal(codes('closed, come back tomorrow')[0], 503);
    assert.equal(codes('手速太快了')[0], 429);
    assert.equal(codes('他们走了不回来')[0], 410);
  });

  it('adds to the catalogue\'s words: the closest examples decide between entries the words leave close', () => {
    // "page" is in no entry; "here" is in 404's summary only; the examples move nothing against that.
    assert.equal(codes('nothing here')[0], 404);
    // Two examples say 410 for "coming back"; one says 503 for "come back": the votes and the closest one agree.
    assert.deepEqual(codes('coming back').slice(0, 2), [410, 503]);
  });

  it('each language reads the memory with its own weights', () => {
    const none = reading(10, [0, 0, 0]);
    const down = [...examples, { q: 'down for maintenance', code: 503 }];
    // "down" is in two summaries alike: the catalogue's order, until the memory speaks.
    assert.deepEqual(codes('down', { en: none, zh: RANKER.zh }, down).slice(0, 2), [429, 503]);
    assert.deepEqual(codes('down', RANKER, down).slice(0, 2), [503, 429]);
    assert.deepEqual(codes('手速太快了', { en: RANKER.en, zh: none }), [429], 'an entry only the memory names stays, with no points');
  });

  it('reads a query\'s words as the examples\' words: stems meet, each term once', () => {
    const memory = [{ q: 'throttling heavily again', code: 429 }, { q: 'shut for maintenance', code: 503 }];
    assert.equal(codes('throttled', RANKER, memory)[0], 429, 'throttled and throttling meet by their stem');
    assert.equal(codes('maintenance maintenance maintenance throttled', RANKER, memory)[0], 429, 'a repeated word counts once');
  });

  it('matches a name in code form whole, as it was typed: an exception is not read as its words alone', () => {
    const closing = [{ q: 'ShopClosedForGood', code: 410 }, { q: 'ShopClosed', code: 503 }];
    assert.equal(codes('ShopClosed raised', RANKER, closing)[0], 503, 'the shorter name is not a part of the longer');
    assert.equal(codes('ShopClosedForGood raised', RANKER, closing)[0], 410);
    const thrown = [{ q: 'ShopClosedException', code: 503 }, { q: 'shop closed', code: 410 }];
    assert.equal(codes('ShopClosedException', RANKER, thrown)[0], 503, 'the memory reads Exception where the words drop it');
    assert.equal(codes('why ShopClosedException', RANKER, thrown)[0], 503);
    // The memory reads a sentence's worth of terms (twelve); names in code form are read first.
    const twelve = 'alpha bravo charlie delta echo foxtrot golf hotel india juliet kilo lima';
    assert.deepEqual(codes(`${twelve} zulu`, RANKER, [{ q: 'zulu', code: 410 }]), [], 'a thirteenth word is not read');
    assert.equal(codes(`${twelve} ShopClosed`, RANKER, closing)[0], 503, 'a name in code form is read before the words');
  });

  it('only the closest examples count: as many as the language reads', () => {
    const many = [...examples, ...Array.from({ length: 12 }, (_, i) => ({ q: `coming back later ${i}`, code: 503 }))];
    assert.equal(codes('coming back', { ...RANKER, en: reading(2, [0.6, 0.2, 0]) }, many)[0], 410);
    assert.equal(codes('coming back', { ...RANKER, en: reading(14, [0.6, 0.2, 0]) }, many)[0], 503);
  });

  it('never outranks a rule: an exact name, a code typed, a class', () => {
    const loud = Array.from({ length: 20 }, () => ({ q: 'gone', code: 404 }));
    assert.equal(codes('gone', RANKER, loud)[0], 410);
    assert.deepEqual(codes('410', RANKER, loud), [410]);
    assert.deepEqual(codes('5xx', RANKER, loud), [503]);
  });

  it('a vendor\'s meaning of a code the memory names stays below the registered one', () => {
    const both = [E(499, 'Token Required'), ...entries];
    const found = new StatusIndex(both, [], [{ q: 'the client walked away', code: 499 }], RANKER).search('walked away').map((e) => e.kind);
    assert.deepEqual(found, ['registered', 'unofficial']);
  });

  it('what it says about each code is in [0, 1]: votes, closest, rank', () => {
    const evidence = new StatusIndex(entries, [], examples, RANKER).evidence('never coming back');
    assert.ok(!Array.isArray(evidence));
    const of410 = evidence.memory.get(410);
    assert.deepEqual(of410, [1, 1, 1], '410 has every close vote, the closest example, the first rank');
    for (const features of evidence.memory.values()) for (const f of features) assert.ok(f >= 0 && f <= 1);
    const of503 = evidence.memory.get(503);
    assert.ok(of503 && of503[0] < 1 && of503[1] < 1 && of503[2] < 1);
    assert.deepEqual(new StatusIndex(entries, [], [], RANKER).evidence('never coming back'), { scores: new Map(), memory: new Map(), cjk: false });
    assert.equal(codes('a code nobody has').includes(299), false, 'an example of a code the catalogue lacks adds nothing');
  });
});

describe('search: constants pasted or asked about, on a constructed catalogue with three families', () => {
  const entries = [
    E(404, 'Not Found'), E(502, 'Bad Gateway'), E(503, 'Service Unavailable'), E(410, 'Gone'), E(302, 'Found'),
  ];
  const families: SearchFamily[] = [
    { qualifiers: ['HttpStatus'], members: { NOT_FOUND: 404, BAD_GATEWAY: 502, SERVICE_UNAVAILABLE: 503 } },
    { members: { ':not_found': 404, ':gone': 410 } },
    { qualifiers: ['Results'], members: { Redirect: 302 } },
  ];
  const codes = (q: string) => new StatusIndex(entries, families).search(q).map((e) => e.code);

  it('code pasted as written: a leading keyword and a trailing call are not part of the constant', () => {
    assert.equal(codes('head :not_found')[0], 404);
    assert.equal(codes('head   :gone')[0], 410);
    assert.equal(codes('return HttpStatus.BAD_GATEWAY')[0], 502);
    assert.equal(codes('RETURN HttpStatus.BAD_GATEWAY;')[0], 502);
    assert.equal(codes('throw new HttpStatus.SERVICE_UNAVAILABLE()')[0], 503);
    assert.equal(codes('throw  new  HttpStatus.SERVICE_UNAVAILABLE( ) ;')[0], 503);
    assert.equal(codes('await HttpStatus.NOT_FOUND()')[0], 404);
    assert.equal(codes('raise HttpStatus.BAD_GATEWAY')[0], 502);
    assert.equal(codes('HttpStatus.BAD_GATEWAY()')[0], 502);
  });

  it('a constant asked about in words: the token that reads as one, a little below a constant alone', () => {
    assert.equal(codes('HttpStatus.SERVICE_UNAVAILABLE 是什么')[0], 503);
    assert.equal(codes('what is HttpStatus.BAD_GATEWAY for')[0], 502);
    assert.equal(codes('what is SERVICE_UNAVAILABLE')[0], 503);
    assert.equal(codes('gone or HttpStatus.NOT_FOUND')[0], 404);
    // A code named in the query outweighs nothing a constant says, and a constant asked about outweighs the code.
    assert.equal(codes('HttpStatus.BAD_GATEWAY or 503')[0], 502);
    assert.equal(codes('HttpStatus.BAD_GATEWAYS 503')[0], 503, 'a member no family has is no constant');
    assert.equal(codes('fooHttpStatus.BAD_GATEWAYbar 503')[0], 503, 'nor one glued inside a longer word');
  });

  it('a constant inside a line of code', () => {
    assert.equal(codes('@ResponseStatus(HttpStatus.BAD_GATEWAY)')[0], 502);
    assert.equal(codes('return new Response(body, HttpStatus.SERVICE_UNAVAILABLE);')[0], 503);
    assert.equal(codes('if (res.status == HttpStatus.NOT_FOUND) retry(HttpStatus.BAD_GATEWAY)')[0], 404, 'the first one that names a code');
    assert.equal(codes('format.json { head :not_found }')[0], 404, 'a Ruby symbol');
    assert.equal(codes('render json: err, status: :not_found')[0], 404);
    assert.equal(codes('format.json { head :nothing_known }')[0], undefined, 'a symbol no family has');
    // A qualifier some family writes outranks a receiver of the program that shares a member's name.
    assert.equal(codes('c.Redirect(HttpStatus.BAD_GATEWAY, url)')[0], 502);
    assert.equal(codes('c.Redirect(url, HttpStatus.BAD_GATEWAY)')[0], 502);
    assert.equal(codes('Results.Redirect(HttpStatus.BAD_GATEWAY)')[0], 302, 'both known: the first');
    assert.equal(codes('c.Redirect(url)')[0], 302, 'no qualifier known: the member');
    assert.equal(codes('x.NOT_FOUND or y.BAD_GATEWAY')[0], 404, 'no qualifier known: the first that names a code');
  });

  it('a redirect helper called on a receiver no family writes reads as its words; a method named for a status as the constant', () => {
    const own: SearchFamily[] = [
      { qualifiers: ['Results'], members: { Redirect: 302, PermanentRedirect: 404, redirect_found: 302 } }, { qualifiers: ['HttpStatus'], members: { GONE: 410, Gone: 410 } },
    ];
    const first = (q: string) => new StatusIndex(entries, own).search(q)[0]?.code;
    assert.equal(first('NextResponse.redirect service unavailable'), 503);
    assert.equal(first('Route::permanentRedirect bad gateway'), 502);
    assert.equal(first('res->redirect bad gateway'), 502);
    assert.equal(first('NextResponse.redirect'), undefined, 'nothing else to go by');
    assert.equal(first('Results.redirect service unavailable'), 302, 'a receiver a family writes: the constant');
    assert.equal(first('c.Redirect service unavailable'), 302, 'a member written as a constant is one');
    assert.equal(first('ServerResponse.gone() bad gateway'), 410, 'a method named for a status');
    assert.equal(first('NextResponse.redirect_found service unavailable'), 302, 'a member in snake_case is written as a constant');
  });

  it('beside a call whose qualifier no family writes, a member written bare in CamelCase is the constant; alone it is a word', () => {
    const own: SearchFamily[] = [{ qualifiers: ['http'], members: { StatusLostEntity: 404 } }, { qualifiers: ['Results'], members: { Redirect: 302 } }];
    const first = (q: string) => new StatusIndex(entries, own).search(q)[0]?.code;
    assert.equal(first('gin c.Redirect 用 StatusLostEntity 是几'), 404);
    assert.equal(first('StatusLostEntity then c.Redirect(url)'), 404, 'before the call too');
    assert.equal(first('c.Redirect(url)'), 302, 'the call alone: its member');
    assert.equal(first('StatusLostEntity'), 404, 'the whole query: a constant');
    assert.equal(first('StatusLostEntity gone'), 410, 'among words, an error name of the same shape is no constant');
    assert.equal(first('c.Redirect(http.StatusLostEntity)'), 404, 'a qualifier a family writes still decides');
    assert.equal(first('Results.Redirect plus StatusLostEntity'), 302, 'a known qualifier outranks a bare member');
  });
});

describe('search: what the index learns from the entries as it is built', () => {
  it('an exact name, current or former, outranks an entry that only holds it as a keyword', () => {
    const entries = [
      E(404, 'Not Found', { keywords: { en: ['gone', 'payload too large'], 'zh-cn': [] } }),
      E(410, 'Gone'),
      E(413, 'Content Too Large', { formerPhrases: ['Payload Too Large'] }),
    ];
    assert.equal(new StatusIndex(entries).search('gone')[0]?.code, 410);
    assert.equal(new StatusIndex(entries).search('payload too large')[0]?.code, 413);
  });

  it('counts the Chinese pairs of the entries, so that a character picked by sound is mended', () => {
    // 网关 is in both names: only the pairs the index counted (超时, not 抄时) tell them apart.
    const entries = [E(502, 'Bad Gateway', { localPhrase: { 'zh-cn': '错误网关' } }), E(504, 'Gateway Timeout', { localPhrase: { 'zh-cn': '网关超时' } })];
    assert.equal(new StatusIndex(entries).search('网关抄时')[0]?.code, 504);
    assert.equal(new StatusIndex(entries).search('网关超时')[0]?.code, 504);
  });

  it('a symbol is found by its name without the colon; a capitalised bare word ranks below an exact keyword', () => {
    const entries = [E(404, 'Not Found'), E(301, 'Moved Permanently', { keywords: { en: ['redirect'], 'zh-cn': [] } }), E(302, 'Found')];
    const families: SearchFamily[] = [{ members: { ':no_luck': 404 } }, { qualifiers: ['HttpStatusCode'], members: { Redirect: 302, REDIRECT_ALL: 302 } }];
    assert.equal(new StatusIndex(entries, families).search(':no_luck')[0]?.code, 404);
    assert.equal(new StatusIndex(entries, families).search('Redirect')[0]?.code, 301, 'a word that is also a member is the keyword first');
    assert.equal(new StatusIndex(entries, families).search('HttpStatusCode.Redirect')[0]?.code, 302);
    assert.equal(new StatusIndex(entries, families).search('REDIRECT_ALL')[0]?.code, 302, 'SHOUTING_CASE reads as a constant');
  });
});

/** Weights under which a few examples of the memory outvote the catalogue's words: what a rule must outrank. */
const MEMORY_SPEAKS: Ranker = { en: { near: 5, weights: [2, 3, 0.8] }, zh: { near: 5, weights: [2, 3, 0.8] } };

describe('search: a name the query starts with', () => {
  it('a name an English query starts with counts as named: two words or more with anything after them, one word with "status" after it', () => {
    const entries = [
      E(302, 'Found'), E(404, 'Not Found'), E(410, 'Gone'), E(308, 'Permanent Redirect'), E(301, 'Moved Permanently'),
      E(451, 'Redirect', { kind: 'unofficial', vendors: ['Microsoft Exchange'] }),
    ];
    const examples = ['redirect after logout', 'logout redirect', 'after logout send them home'].map((q) => ({ q, code: 301 }));
    const first = (q: string) => new StatusIndex(entries, [], examples, MEMORY_SPEAKS).search(q)[0]?.code;
    assert.equal(first('after logout redirect'), 301, 'what the memory says, with no name');
    assert.equal(first('permanent redirect after logout'), 308);
    assert.equal(first('Permanent  Redirect after logout'), 308, 'however typed');
    assert.equal(first('found status after a logout redirect'), 302);
    for (const word of ['code', 'redirect', 'response', 'http']) assert.equal(first(`found ${word} after logout`), 302, word);
    assert.equal(first('gone status after logout'), 410);
    assert.equal(first('found after logout redirect'), 301, 'one word with no status word after it is a word');
    assert.equal(first('found statuses after logout redirect'), 301, 'nor with a longer word');
    assert.equal(first('found substatus after logout redirect'), 301, 'nor with a word that ends like one');
    assert.equal(first('redirect status after logout'), 301, 'a vendor\'s one-word name says too little');
    assert.equal(first('permanent redirect, after logout'), 301, 'punctuation inside the run is no name');
    assert.equal(first('after logout permanent redirect'), 301, 'a name later in the query is left to the words');
    assert.equal(first('permanent redirect version of 301'), 308, 'it outranks a code named later ("the permanent version of 307")');
  });
});

describe('search: Chinese characters an input method picked by sound', () => {
  const pairs = new Map([['网关', 3], ['超时', 2], ['关超', 1], ['授权', 2], ['冲突', 1], ['未授', 1]]);
  it('reads a character that pairs with neither neighbour as the one of the same sound that pairs the most', () => {
    assert.equal(soundMended('网关抄时', pairs), '网关超时');
    assert.equal(soundMended('未受权', pairs), '未授权');
    assert.equal(soundMended('冲图', pairs), '冲突');
    assert.equal(soundMended('网管', pairs), '网关', 'the second character of a run');
    assert.equal(soundMended('往关', pairs), '网关', 'the first character of a run');
    assert.equal(soundMended('nginx 网关抄时 504', pairs), 'nginx 网关超时 504', 'only the Chinese runs');
  });
  it('leaves characters that already pair, runs of one character, and slips with no sound-alike that pairs', () => {
    assert.equal(soundMended('网关超时', pairs), '网关超时');
    assert.equal(soundMended('抄', pairs), '抄');
    assert.equal(soundMended('闭门羹', pairs), '闭门羹');
    assert.equal(soundMended('', pairs), '');
  });
  it('knows the sounds of the common characters, every reading of those with several', () => {
    assert.ok(soundAlikes('抄').includes('超'));
    assert.ok(!soundAlikes('抄').includes('抄'), 'itself left out');
    assert.ok(soundAlikes('重').includes('中') && soundAlikes('重').includes('冲'), 'zhong and chong');
    assert.deepEqual(soundAlikes('a'), []);
  });
  it('a Chinese name typed with a sound-alike slip, or asked about, is an exact name, whatever the memory says', () => {
    const entries = [
      E(308, 'Permanent Redirect', { localPhrase: { 'zh-cn': '永久重定向' } }),
      E(301, 'Moved Permanently', { localPhrase: { 'zh-cn': '永久移动' }, summary: { en: '', 'zh-cn': '永久重定向到新地址。' } }),
      E(399, 'Forever Elsewhere', { kind: 'unofficial', vendors: ['Example'], localPhrase: { 'zh-cn': '永久重定向' } }),
    ];
    const examples = ['永久 重定向 用 301', '永久 重定向 选 哪个', '重定向 永久 seo'].map((q) => ({ q, code: 301 }));
    const first = (q: string) => new StatusIndex(entries, [], examples, MEMORY_SPEAKS).search(q)[0]?.code;
    assert.equal(first('永久重定向'), 308, 'typed right');
    assert.equal(first('永久重定像'), 308, 'the registered meaning before a vendor\'s of the same name');
    assert.equal(first('永久崇定向'), 308);
    assert.equal(first('永久重定向是什么意思'), 308, 'asked about');
    assert.equal(first('永久重定向 301'), 301, 'a code named beside it is no name alone');
  });

  it('mends the real catalogue\'s Chinese queries, and changes nothing typed right', () => {
    assert.equal(search('网关抄时')[0].code, 504);
    assert.equal(search('未受权')[0].code, 401);
    assert.equal(search('冲图')[0].code, 409);
    assert.equal(search('服物器错误')[0].code, 500);
    assert.equal(search('限流应该返回哪个状态码')[0].code, 429, 'the framing of a question is no slip');
  });
});

describe('search: two letters swapped', () => {
  it('a CamelCase name is left to be read word by word, even where its swap is in the index', () => {
    assert.equal(swapped('NotFuond', new Set(['notfound'])), 'NotFuond');
    assert.equal(swapped('notfuond', new Set(['notfound'])), 'notfound');
  });

  const vocabulary = new Set(['found', 'internal', 'permanent', 'error']);
  it('reads a word the index lacks as the swap it holds', () => {
    assert.equal(swapped('not foudn', vocabulary), 'not found');
    assert.equal(swapped('intenral server erorr', vocabulary), 'internal server error');
    assert.equal(swapped('Premanent', vocabulary), 'permanent');
    assert.equal(swapped('ofund', vocabulary), 'found', 'the first two letters');
    assert.equal(swapped('foudn', vocabulary), 'found', 'the last two letters');
    assert.equal(swapped('fuond', vocabulary), 'found', 'two in the middle');
  });
  it('leaves alone what the index holds, short words, CamelCase names, Chinese, and words with no such swap', () => {
    assert.equal(swapped('found', vocabulary), 'found');
    assert.equal(swapped('Found', vocabulary), 'Found');
    assert.equal(swapped('ofr', new Set(['for'])), 'ofr');
    assert.equal(swapped('NotFoudn', vocabulary), 'NotFoudn');
    assert.equal(swapped('未找到', vocabulary), '未找到');
    assert.equal(swapped('fodun', vocabulary), 'fodun');
    assert.equal(swapped('xyzzy', vocabulary), 'xyzzy');
  });
});

describe('search: a framework constant typed as the query finds the code it stands for', () => {
  const entries = [
    E(301, 'Moved Permanently', { keywords: { en: ['moved'], 'zh-cn': [] } }),
    E(302, 'Found'),
    E(303, 'See Other'),
    E(404, 'Not Found'),
    E(422, 'Unprocessable Content'),
  ];
  const families: SearchFamily[] = [
    { qualifiers: ['HttpStatusCode', 'System.Net.HttpStatusCode'], members: { Moved: 301, Redirect: 302, RedirectMethod: 303, NotFound: 404 } },
    { qualifiers: ['Http'], members: { Moved: 302 } },
    { members: { ':unprocessable_entity': 422, ':not_found': 404 } },
  ];
  const codes = (q: string) => new StatusIndex(entries, families).search(q).map((e) => e.code);

  it('qualified: the member of the family the qualifier names, also under its full name', () => {
    assert.equal(codes('HttpStatusCode.Redirect')[0], 302);
    assert.equal(codes('HttpStatusCode.RedirectMethod')[0], 303);
    assert.equal(codes('System.Net.HttpStatusCode.Moved')[0], 301);
    assert.equal(codes('Http.Moved')[0], 302, 'the same member in another family means what that family says');
  });

  it('a symbol, with or without its colon; a member in any case', () => {
    assert.equal(codes(':unprocessable_entity')[0], 422);
    assert.equal(codes('unprocessable_entity')[0], 422);
    assert.equal(codes('REDIRECTMETHOD')[0], 303);
  });

  it('a bare word two families disagree on gives both; an exact keyword still leads a bare member', () => {
    assert.deepEqual(codes('Moved').slice(0, 2).sort(), [301, 302]);
    assert.equal(codes('moved')[0], 301);
    // The keyword on the higher code: a bare member, even one naming the lower code, ranks below it.
    const keyed = [E(301, 'Moved Permanently'), E(302, 'Found', { keywords: { en: ['moved'], 'zh-cn': [] } })];
    assert.equal(new StatusIndex(keyed, families).search('moved')[0]?.code, 302);
  });

  it('the code most families agree on; qualifiers matched by their last segments, either way round', () => {
    const fams: SearchFamily[] = [
      { qualifiers: ['Codes'], members: { Relocated: 302, Shifted: 302 } },
      { qualifiers: ['Acme.Web.Status'], members: { Relocated: 302, Shifted: 303 } },
      { qualifiers: ['Other', 'Legacy'], members: { Relocated: 303, Shifted: 303 } },
    ];
    const find = (q: string) => new StatusIndex(entries, fams).search(q).map((e) => e.code);
    assert.deepEqual(find('Relocated'), [302], 'two families against one: only the code they agree on');
    assert.deepEqual(find('Shifted'), [303], 'and the other way round');
    assert.deepEqual(find('Vendor.Codes.Shifted'), [302], 'a longer qualifier ending in the family\'s');
    assert.deepEqual(find('Vendor\\Codes::Shifted'), [302], 'namespaces written with backslashes and ::');
    assert.deepEqual(find('Web.Status.Relocated'), [302], 'a shorter qualifier the family\'s ends in');
    assert.deepEqual(find('Legacy.Relocated'), [303], 'any one of a family\'s qualifiers');
    assert.deepEqual(find('Unknown.RedirectMethod'), [], 'no family has it');
    assert.equal(new StatusIndex(entries, families).search('Unknown.RedirectMethod')[0]?.code, 303, 'an unknown qualifier: the member in any family');
  });

  it('nothing for a name no family has; without the families a constant is only its words', () => {
    assert.deepEqual(codes('HttpStatusCode.Flamingo'), []);
    assert.deepEqual(new StatusIndex(entries).search('HttpStatusCode.RedirectMethod'), []);
  });

  it('on the shipped data: constants of several ecosystems', () => {
    assert.equal(search('HttpStatusCode.Redirect')[0]?.code, 302);
    assert.equal(search('HttpStatusCode.Ambiguous')[0]?.code, 300);
    assert.equal(search('StatusTooManyRequests')[0]?.code, 429);
    assert.equal(search('Response::HTTP_I_AM_A_TEAPOT')[0]?.code, 418);
    assert.equal(search(':content_too_large')[0]?.code, 413);
  });
});

describe('search: class queries in the words people use', () => {
  it('"success codes", "server side errors", 成功状态码, 重定向, 跳转状态码 list the class, the common codes first', () => {
    assert.deepEqual(search('success codes').slice(0, 3).map((e) => e.code), [200, 201, 202]);
    assert.deepEqual(search('server side errors').slice(0, 2).map((e) => e.code), [500, 502]);
    assert.equal(search('成功状态码')[0]?.code, 200);
    assert.equal(search('重定向')[0]?.code, 301);
    assert.equal(search('跳转状态码')[0]?.code, 301);
    assert.ok(search('重定向').every((e) => e.code >= 300 && e.code < 400));
  });
});

describe('search: the terms a text is indexed by', () => {
  it('names in code form, whole and in lower case: CamelCase, snake_case, SHOUTING_CASE; not plain words', () => {
    assert.deepEqual(identifiers('django HttpResponseRedirect status'), ['httpresponseredirect']);
    assert.deepEqual(identifiers('REQUEST_LIMIT_EXCEEDED and is_client_error()'), ['requestlimitexceeded', 'isclienterror']);
    assert.deepEqual(identifiers('Not Found 404 NOTFOUND notFound'), ['notfound']);
    assert.deepEqual(identifiers('_private $x'), []);
    assert.deepEqual(identifiers('__init__ total__ __x'), [], 'an underscore beside another is no join of two words');
    assert.deepEqual(identifiers('x_1 1_x'), ['x1'], 'a digit joined to a letter counts; a token starts with a letter');
  });

  it('stems English words, keeps numbers, drops words that say nothing, splits code-style names', () => {
    assert.deepEqual(terms('Throttled requests'), ['throttl', 'request']);
    assert.deepEqual(terms('the status code 404 error'), ['404']);
    assert.deepEqual(terms('the status', true), ['the', 'statu']);
    assert.deepEqual(terms('StatusServiceUnavailable'), ['servic', 'unavail']);
    assert.deepEqual(terms('HTTPStatusNotFound'), ['not', 'found']);
    assert.deepEqual(terms('SERVICE_UNAVAILABLE'), ['servic', 'unavail']);
  });
  it('reads Chinese in overlapping pairs of characters, a lone character as itself, Traditional as Simplified', () => {
    assert.deepEqual(terms('限流'), ['限流']);
    assert.deepEqual(terms('未找到'), ['未找', '找到']);
    assert.deepEqual(terms('慢'), ['慢']);
    assert.deepEqual(terms('請求過多'), ['请求', '求过', '过多']);
    assert.deepEqual(terms('429 请求过多 too many'), ['请求', '求过', '过多', '429', 'too', 'mani']);
    assert.equal(simplified('伺服器錯誤'), '服务器错误');
    assert.equal(simplified('閘道逾時'), '网关超时');
  });
});

describe('search: what each part of an entry contributes', () => {
  const index = () => new StatusIndex([
    E(401, 'Alpha', { summary: { en: 'Credentials come first.', 'zh-cn': '先给凭证。' } }),
    E(413, 'Beta', { formerPhrases: ['Gamma Delta'], keywords: { en: ['oversized upload'], 'zh-cn': ['文件超大'] } }),
    E(503, 'Epsilon', { localPhrase: { 'zh-cn': '服务暂停中' } }),
    E(499, 'Zeta', { kind: 'unofficial', vendors: ['Frobnicator'] }),
    E(450, 'Same Words'),
    E(451, 'Same Words'),
  ]);
  const codes = (q: string) => index().search(q).map((e) => e.code);

  it('each field on its own finds its entry: summary, former name, keyword, Chinese name, vendor', () => {
    assert.deepEqual(codes('credentials'), [401]);
    assert.deepEqual(codes('先给凭证'), [401]);
    assert.deepEqual(codes('gamma'), [413]);
    assert.deepEqual(codes('oversized'), [413]);
    assert.deepEqual(codes('超大'), [413]);
    assert.deepEqual(codes('暂停'), [503]);
    assert.deepEqual(codes('frobnicator'), [499]);
    assert.deepEqual(codes('gammadelta'), [413], 'a name typed without spaces');
  });

  it('equal answers keep the catalogue order', () => {
    assert.deepEqual(codes('same words'), [450, 451]);
    assert.deepEqual(new StatusIndex([E(451, 'Same Words'), E(450, 'Same Words')]).search('same words').map((e) => e.code), [451, 450]);
  });

  it('prefixes: the last word from two letters, the others from three; typos only in words of five letters or more', () => {
    assert.deepEqual(codes('ep'), [503]);
    assert.deepEqual(codes('eps zeta').sort(), codes('epsilon zeta').sort());
    assert.deepEqual(codes('e zeta'), [499], 'a one-letter word is no prefix: only the other word answers');
    assert.deepEqual(codes('epsilom'), [503]);
    assert.deepEqual(codes('zeto'), [], 'four letters: no typo allowed');
  });

  it('Chinese queries take any of their character pairs; English ones all their words first', () => {
    assert.deepEqual(codes('凭证 暂停').sort(), [401, 503]);
    assert.deepEqual(codes('alpha epsilon').sort(), [401, 503], 'no entry has both: either counts');
  });
});

describe('search: the structured facts, by what they mean, in both languages', () => {
  const index = () => new StatusIndex([
    E(200, 'Alpha', { cache: 'heuristic' }),
    E(429, 'Beta', { cache: 'never', retry: 'after' }),
    E(503, 'Gamma', { retry: 'as-is' }),
    E(502, 'Delta', { retry: 'idempotent' }),
    E(308, 'Epsilon', { redirect: { permanent: true, method: 'kept' } }),
    E(303, 'Zeta', { redirect: { permanent: false, method: 'get' } }),
    E(302, 'Eta', { redirect: { permanent: false, method: 'may-change' } }),
    E(400, 'Theta'),
  ]);
  const codes = (q: string) => index().search(q).map((e) => e.code);

  it('caching: cacheable by default, never cached', () => {
    assert.deepEqual(codes('cacheable by default'), [200]);
    assert.equal(codes('默认可缓存')[0], 200);
    assert.deepEqual(codes('never cached'), [429]);
    assert.equal(codes('不可缓存')[0], 429);
  });

  it('retrying: after a wait, as is, idempotent requests only', () => {
    assert.deepEqual(codes('retry after'), [429]);
    assert.equal(codes('稍后重试')[0], 429);
    assert.equal(codes('retry as is')[0], 503);
    assert.deepEqual(codes('retryable').sort(), [429, 503], 'the one word people type for both');
    assert.equal(codes('可重试')[0], 503);
    assert.equal(codes('retry idempotent')[0], 502);
    assert.deepEqual(codes('幂等重试').slice(0, 1), [502]);
  });

  it('redirects: permanent or temporary, method kept or changed to GET; no fact, no match', () => {
    assert.deepEqual(codes('permanent redirect')[0], 308);
    assert.equal(codes('永久重定向')[0], 308);
    assert.deepEqual(codes('temporary redirect').slice(0, 2).sort(), [302, 303]);
    assert.deepEqual(codes('临时重定向').slice(0, 2).sort(), [302, 303]);
    assert.deepEqual(codes('method kept'), [308]);
    assert.deepEqual(codes('保持请求方法'), [308]);
    assert.deepEqual(codes('follow with get'), [303]);
    assert.equal(codes('改用 GET')[0], 303);
    assert.ok(!codes('redirect').includes(400), 'an entry without facts is not a redirect');
  });
});

describe('compact: names folded for comparison', () => {
  it('lower-cases, folds width, and drops spaces, punctuation and symbols', () => {
    assert.equal(compact("I'm a Teapot"), 'imateapot');
    assert.equal(compact('ＮＯＴ　ＦＯＵＮＤ'), 'notfound');
    assert.equal(compact('Request-URI Too Long!'), 'requesturitoolong');
    assert.equal(compact('限流 (429)'), '限流429');
  });
});
