import * as assert from 'node:assert/strict';
import { setCustomCodes } from '../../src/core/catalogue';
import { escapeMarkdown, factsLine, renderCard, renderClassCard, renderDetails, renderReference } from '../../src/core/render';
import type { Entry } from '../../src/core/types';

/**
 * Cards are checked in full against text written here by hand, for entries built here: the names, sections
 * and header requirements are the specs' (RFC 9110, the IANA registry, the resumable-upload draft), the
 * sentences are test prose. The shipped catalogue's own text is checked in catalogue.test.ts.
 */
const RFC = (section: string) => ({ document: 'RFC 9110', section, url: `https://www.rfc-editor.org/rfc/rfc9110#section-${section}` });
const MDN = (code: number) => `https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Status/${code}`;
const none = { en: [], 'zh-cn': [] };

function entry(e: Partial<Entry> & Pick<Entry, 'code' | 'phrase'>): Entry {
  return { formerPhrases: [], kind: 'registered', vendors: [], headers: [], keywords: none, summary: { en: '', 'zh-cn': '' }, details: { en: '', 'zh-cn': '' }, ...e };
}

const notFound = entry({
  code: 404, phrase: 'Not Found', spec: RFC('15.5.5'), mdn: MDN(404), localPhrase: { 'zh-cn': '未找到' },
  summary: { en: 'No current representation of the target resource, or none the server will admit to.', 'zh-cn': '目标资源没有当前表示，或服务器不愿承认有。' },
  details: { en: 'Nothing says whether the absence lasts; 410 says it does.', 'zh-cn': '不说明缺失是否长久；长久缺失用 410。' },
  cache: 'heuristic', retry: 'never', redirect: null,
});
const methodNotAllowed = entry({
  code: 405, phrase: 'Method Not Allowed', spec: RFC('15.5.6'), localPhrase: { 'zh-cn': '方法不允许' },
  summary: { en: "The target resource does not support the request's method.", 'zh-cn': '目标资源不支持该请求方法。' },
  headers: [{ name: 'Allow', level: 'MUST', section: '15.5.6', note: { en: 'the methods the resource supports now', 'zh-cn': '资源当前支持的方法' } }],
  cache: 'heuristic', retry: 'never',
});
const uploadResumption = entry({
  code: 104, phrase: 'Upload Resumption Supported', kind: 'temporary',
  spec: { document: 'draft-ietf-httpbis-resumable-upload', section: '5', url: 'https://datatracker.ietf.org/doc/draft-ietf-httpbis-resumable-upload/' },
  summary: { en: 'The server can resume this upload if it breaks off.', 'zh-cn': '上传中断时服务器可以续传。' },
  headers: [{ name: 'Upload-Draft-Interop-Version', level: 'MUST', document: 'draft-ietf-httpbis-resumable-upload-05', section: '5', note: { en: 'the draft version spoken', 'zh-cn': '所用的草案版本' } }],
  cache: 'explicit', retry: 'none',
});
const unused418 = entry({
  code: 418, phrase: '(Unused)', kind: 'unused', formerPhrases: ["I'm a teapot"], spec: RFC('15.5.19'), mdn: MDN(418),
  summary: { en: 'Reserved: no server should send it.', 'zh-cn': '保留：服务器不应发送。' },
});
const notExtended = entry({
  code: 510, phrase: 'Not Extended', kind: 'obsoleted', spec: { document: 'RFC 2774', section: '7', url: 'https://www.rfc-editor.org/rfc/rfc2774#section-7' },
  summary: { en: 'The request did not name an extension the server requires.', 'zh-cn': '请求没有声明服务器要求的扩展。' },
});
const clientClosed = entry({
  code: 499, phrase: 'Client Closed Request', kind: 'unofficial', vendors: ['nginx', 'Cloudflare'],
  reference: { title: 'nginx source', url: 'https://github.com/nginx/nginx/blob/master/src/http/ngx_http_request.h' },
  summary: { en: 'The client went away before the answer was ready.', 'zh-cn': '答复就绪前客户端已断开。' },
  details: { en: 'Only logs show it: nobody is left to read it.', 'zh-cn': '只出现在日志里：已经没有人接收它。' },
});
const tokenRequired = entry({
  code: 499, phrase: 'Token Required', kind: 'unofficial', vendors: ['Esri ArcGIS'],
  summary: { en: 'A token is needed for this resource.', 'zh-cn': '访问此资源需要令牌。' },
});
const contentTooLarge = entry({
  code: 413, phrase: 'Content Too Large', formerPhrases: ['Payload Too Large', 'Request Entity Too Large'], spec: RFC('15.5.14'),
  summary: { en: 'The request content is larger than the server will take.', 'zh-cn': '请求内容超出服务器愿意处理的大小。' },
});
const custom = entry({ code: 299, phrase: 'Partial Sync', kind: 'unofficial', vendors: ['us'], custom: true, summary: { en: 'Some shards answered.', 'zh-cn': '部分分片已答复。' } });

const LOOK_UP = 'command:statusLens.lookUp?%5B%7B%22code%22%3A404%7D%5D';

describe('render: whole cards, written out by hand', () => {
  afterEach(() => setCustomCodes([], new Map()));

  it('404: title, summary, facts, no headers, links, then the longer paragraph', () => {
    assert.equal(renderCard([notFound], { locale: 'en', unofficial: true, lookUpUri: LOOK_UP }), [
      '**404 Not Found** · 4xx Client Error',
      '',
      'No current representation of the target resource, or none the server will admit to.',
      '',
      '*Cacheable by default · Retry: only after fixing the request*',
      '',
      '*The specification ties no response header field to this code.*',
      '',
      `[RFC 9110 §15.5.5](https://www.rfc-editor.org/rfc/rfc9110#section-15.5.5) · [MDN](${MDN(404)}) · [Look up…](${LOOK_UP})`,
      '',
      '---',
      '',
      'Nothing says whether the absence lasts; 410 says it does.',
    ].join('\n'));
  });

  it('405: the Allow requirement with its keyword and section, in English and Chinese', () => {
    assert.equal(renderCard([methodNotAllowed], { locale: 'en', unofficial: true }), [
      '**405 Method Not Allowed** · 4xx Client Error',
      '',
      "The target resource does not support the request's method.",
      '',
      '*Cacheable by default · Retry: only after fixing the request*',
      '',
      '**Response headers**',
      '',
      '- `Allow` **MUST**: the methods the resource supports now (RFC 9110 §15.5.6)',
      '',
      '[RFC 9110 §15.5.6](https://www.rfc-editor.org/rfc/rfc9110#section-15.5.6)',
    ].join('\n'));
    assert.equal(renderCard([methodNotAllowed], { locale: 'zh-cn', unofficial: true }), [
      '**405 Method Not Allowed**（方法不允许） · 4xx 客户端错误',
      '',
      '目标资源不支持该请求方法。',
      '',
      '*默认可缓存 · 重试：先修正请求再试*',
      '',
      '**响应头**',
      '',
      '- `Allow` **MUST**: 资源当前支持的方法 (RFC 9110 §15.5.6)',
      '',
      '[RFC 9110 §15.5.6](https://www.rfc-editor.org/rfc/rfc9110#section-15.5.6)',
    ].join('\n'));
  });

  it('104: a temporary registration, a requirement from another document, no retry advice for an interim code', () => {
    assert.equal(renderCard([uploadResumption], { locale: 'en', unofficial: true }), [
      '**104 Upload Resumption Supported** · 1xx Informational · temporary registration',
      '',
      'The server can resume this upload if it breaks off.',
      '',
      '*Cached only with explicit freshness*',
      '',
      '**Response headers**',
      '',
      '- `Upload-Draft-Interop-Version` **MUST**: the draft version spoken (draft-ietf-httpbis-resumable-upload-05 §5)',
      '',
      '[draft-ietf-httpbis-resumable-upload §5](https://datatracker.ietf.org/doc/draft-ietf-httpbis-resumable-upload/)',
    ].join('\n'));
  });

  it('418: reserved and unused, with its former name, and no facts line when the entry has no facts', () => {
    assert.equal(renderCard([unused418], { locale: 'en', unofficial: true }), [
      '**418 \\(Unused\\)** · 4xx Client Error · reserved, unused',
      '',
      "*formerly: I'm a teapot*",
      '',
      'Reserved: no server should send it.',
      '',
      '*The specification ties no response header field to this code.*',
      '',
      `[RFC 9110 §15.5.19](https://www.rfc-editor.org/rfc/rfc9110#section-15.5.19) · [MDN](${MDN(418)})`,
    ].join('\n'));
  });

  it('510: obsoleted, linked to the document that defined it', () => {
    assert.equal(renderCard([notExtended], { locale: 'zh-cn', unofficial: true }), [
      '**510 Not Extended** · 5xx 服务器错误 · 已废止',
      '',
      '请求没有声明服务器要求的扩展。',
      '',
      '*规范没有为此状态码规定响应头字段。*',
      '',
      '[RFC 2774 §7](https://www.rfc-editor.org/rfc/rfc2774#section-7)',
    ].join('\n'));
  });

  it('499: the first meaning in full, the vendors named, the other meanings after the paragraph; none when unofficial codes are hidden', () => {
    assert.equal(renderCard([clientClosed, tokenRequired], { locale: 'en', unofficial: true }), [
      '**499 Client Closed Request** · 4xx Client Error · unofficial: nginx, Cloudflare',
      '',
      'The client went away before the answer was ready.',
      '',
      '[Source](https://github.com/nginx/nginx/blob/master/src/http/ngx_http_request.h)',
      '',
      '---',
      '',
      'Only logs show it: nobody is left to read it.',
      '',
      '**Other meanings of this number**',
      '',
      '- **499 Token Required** · 4xx Client Error · unofficial: Esri ArcGIS: A token is needed for this resource.',
    ].join('\n'));
    assert.equal(renderCard([clientClosed, tokenRequired], { locale: 'en', unofficial: false }), '');
    assert.equal(renderCard([], { locale: 'en', unofficial: true }), '');
  });

  it('a custom code: labelled custom (not by vendor), shown even when unofficial codes are hidden, no claim about headers', () => {
    const expected = ['**299 Partial Sync** · 2xx Successful · custom, from your settings', '', 'Some shards answered.'].join('\n');
    assert.equal(renderCard([custom], { locale: 'en', unofficial: false }), expected);
    assert.equal(renderCard([custom], { locale: 'en', unofficial: true }), expected);
    assert.equal(renderCard([custom], { locale: 'zh-cn', unofficial: true }), ['**299 Partial Sync** · 2xx 成功 · 自定义（来自你的设置）', '', '部分分片已答复。'].join('\n'));
    assert.equal(renderCard([{ ...custom, customSource: 'workspace' }], { locale: 'en', unofficial: true }).split('\n')[0], "**299 Partial Sync** · 2xx Successful · custom, from this workspace's settings");
  });

  it("a team note joins the card's second part", () => {
    setCustomCodes([], new Map([[404, 'We send 404 for soft-deleted users too.']]));
    const card = renderCard([notFound], { locale: 'en', unofficial: true });
    assert.ok(card.endsWith('---\n\nNothing says whether the absence lasts; 410 says it does.\n\n**Team note** (from your settings): We send 404 for soft-deleted users too.'), card);
  });
});

describe('render: former names, facts and links', () => {
  const opts = { locale: 'en' as const, unofficial: true };
  const second = (card: string) => card.split('\n')[2];

  it('a member spelling a former phrase gets the note, with or without a numbered prefix; a current one does not', () => {
    const note = '`PAYLOAD_TOO_LARGE` is a former name: RFC 9110 now calls this code **Content Too Large**.';
    assert.equal(second(renderCard([contentTooLarge], { ...opts, member: 'PAYLOAD_TOO_LARGE' })), note);
    assert.equal(second(renderCard([contentTooLarge], { ...opts, member: 'HTTP_413_REQUEST_ENTITY_TOO_LARGE' })),
      '`HTTP_413_REQUEST_ENTITY_TOO_LARGE` is a former name: RFC 9110 now calls this code **Content Too Large**.');
    assert.equal(second(renderCard([contentTooLarge], { ...opts, member: 'SC_REQUEST_ENTITY_TOO_LARGE' })),
      '`SC_REQUEST_ENTITY_TOO_LARGE` is a former name: RFC 9110 now calls this code **Content Too Large**.');
    assert.equal(second(renderCard([contentTooLarge], { ...opts, member: 'StatusRequestEntityTooLarge' })),
      '`StatusRequestEntityTooLarge` is a former name: RFC 9110 now calls this code **Content Too Large**.');
    // A current name: neither the note nor the "formerly" line, which is for cards without a member.
    assert.equal(second(renderCard([contentTooLarge], { ...opts, member: 'CONTENT_TOO_LARGE' })), 'The request content is larger than the server will take.');
    assert.equal(second(renderCard([contentTooLarge], opts)), '*formerly: Payload Too Large, Request Entity Too Large*');
    // A member the family itself marks deprecated, whatever it spells.
    assert.equal(second(renderCard([contentTooLarge], { ...opts, member: 'TOO_BIG', deprecatedMember: true })),
      '`TOO_BIG` is a former name: RFC 9110 now calls this code **Content Too Large**.');
    assert.equal(second(renderCard([contentTooLarge], { locale: 'zh-cn', unofficial: true, member: 'PAYLOAD_TOO_LARGE' })),
      '`PAYLOAD_TOO_LARGE` 是旧名称：RFC 9110 现称 **Content Too Large**。');
  });

  it('the facts line names each fact in both languages, redirects included', () => {
    const cases: Array<[Partial<Entry>, string, string]> = [
      [{ cache: 'heuristic', retry: 'none', redirect: { permanent: true, method: 'kept' } }, 'Cacheable by default · Permanent, method kept', '默认可缓存 · 永久重定向，保持请求方法'],
      [{ cache: 'heuristic', redirect: { permanent: true, method: 'may-change' } }, 'Cacheable by default · Permanent, method may change', '默认可缓存 · 永久重定向，请求方法可能改变'],
      [{ cache: 'explicit', redirect: { permanent: false, method: 'get' } }, 'Cached only with explicit freshness · Temporary, follow with GET', '需显式新鲜度才可缓存 · 临时重定向，改用 GET 跟随'],
      [{ cache: 'explicit', redirect: { permanent: false, method: 'kept' } }, 'Cached only with explicit freshness · Temporary, method kept', '需显式新鲜度才可缓存 · 临时重定向，保持请求方法'],
      [{ cache: 'never', retry: 'after' }, 'Caches must not store it · Retry: after a wait (Retry-After)', '缓存不得存储 · 重试：稍候再试（参考 Retry-After）'],
      [{ cache: 'explicit', retry: 'idempotent' }, 'Cached only with explicit freshness · Retry: idempotent requests only', '需显式新鲜度才可缓存 · 重试：仅限幂等请求'],
      [{ cache: 'explicit', retry: 'as-is' }, 'Cached only with explicit freshness · Retry: may succeed as is', '需显式新鲜度才可缓存 · 重试：原样重试可能成功'],
      [{ retry: 'never' }, 'Retry: only after fixing the request', '重试：先修正请求再试'],
      [{}, '', ''],
    ];
    for (const [facts, en, zh] of cases) {
      const e = entry({ code: 300, phrase: 'x', ...facts });
      assert.equal(factsLine(e, 'en'), en);
      assert.equal(factsLine(e, 'zh-cn'), zh);
    }
  });

  it('links only https targets that cannot end the link early; never a reference or spec link otherwise', () => {
    const bad = ['http://example.com/x', 'javascript:alert(1)', 'https://e.com/a b', 'https://e.com/a)b', 'https://e.com/<x>', 'command:workbench.action.quit', '', ' https://e.com/x'];
    for (const url of bad) {
      const e = entry({ code: 299, phrase: 'x', kind: 'unofficial', summary: { en: 's', 'zh-cn': 's' }, reference: { title: 't', url }, mdn: url, spec: { document: 'D', url } });
      assert.equal(renderCard([e], { locale: 'en', unofficial: true }), '**299 x** · 2xx Successful · unofficial: \n\ns', url);
    }
    const ok = entry({ code: 299, phrase: 'x', kind: 'unofficial', summary: { en: 's', 'zh-cn': 's' }, spec: { document: 'D', url: 'https://e.com/d' } });
    assert.ok(renderCard([ok], { locale: 'en', unofficial: true }).endsWith('\n\n[D](https://e.com/d)'));
  });
});

describe('render: the class card and the reference', () => {
  const all = [uploadResumption, notFound, methodNotAllowed, unused418, clientClosed, tokenRequired, notExtended, contentTooLarge];

  it("lists the class's registered codes once each, the vendors' ones only when shown", () => {
    const head = ['**4xx Client Error**', '', 'This check covers a whole class of status codes. Any code from 400 to 499.', '',
      'The request is at fault: bad syntax, missing rights, or something the server cannot fulfil as asked.', ''];
    assert.equal(renderClassCard(4, all, { locale: 'en', unofficial: false }), [...head, '404 Not Found · 405 Method Not Allowed · 413 Content Too Large'].join('\n'));
    assert.equal(renderClassCard(4, all, { locale: 'en', unofficial: true, lookUpUri: LOOK_UP }),
      [...head, '404 Not Found · 405 Method Not Allowed · 499 Client Closed Request · 413 Content Too Large', '', `[Look up…](${LOOK_UP})`].join('\n'));
    assert.equal(renderClassCard(5, all, { locale: 'zh-cn', unofficial: true }),
      ['**5xx 服务器错误**', '', '这个判断覆盖一整类状态码。 500 到 599 之间的任意状态码。', '', '请求看起来有效，但服务器未能完成处理。', '', ''].join('\n'));
  });

  it('the reference groups every code under its class heading, each card without the look-up link', () => {
    const ref = renderReference(all, { locale: 'en', unofficial: true, lookUpUri: LOOK_UP });
    const headings = ref.split('\n').filter((l) => l.startsWith('#'));
    assert.deepEqual(headings, ['# HTTP status code reference', '## 1xx Informational', '### 104', '## 4xx Client Error', '### 404', '### 405', '### 418', '### 499', '### 413', '## 5xx Server Error', '### 510']);
    assert.ok(ref.includes(renderCard([clientClosed, tokenRequired], { locale: 'en', unofficial: true })));
    assert.doesNotMatch(ref, /command:/);
    assert.equal(renderReference(all, { locale: 'zh-cn', unofficial: false }).split('\n')[0], '# HTTP 状态码参考');
    assert.doesNotMatch(renderReference(all, { locale: 'en', unofficial: false }), /### 499/);
  });
});

describe('render: text that is not ours stays text', () => {
  /** A seeded generator, so that a failure can be replayed. */
  function random(seed: number) {
    return () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  }
  const PIECES = ['[', ']', '(', ')', '!', '<', '>', '`', '```', '*', '_', '#', '-', '+', '=', '1.', '2)', '    ', '\t', '\n', '\r\n', '&', '&lt;',
    '|', '~~~', '\\', 'https://e.com/x', 'www.e.com', 'me@e.com', 'javascript:', 'command:x', '<img src=x>', 'a', ' ', '{', '}', '>', '中文'];

  /** What is left once every escaped character is taken out: nothing there may start markup. */
  const unescaped = (s: string) => s.replace(/\\[\s\S]/g, '');

  it('escapeMarkdown: one line, no leading space or block marker, no unescaped markup, link or entity', () => {
    const next = random(404);
    for (let i = 0; i < 3000; i++) {
      const text = Array.from({ length: 1 + Math.floor(next() * 12) }, () => PIECES[Math.floor(next() * PIECES.length)]).join('');
      const out = escapeMarkdown(text);
      const bare = unescaped(out);
      assert.doesNotMatch(out, /[\r\n]/, JSON.stringify(text));
      assert.doesNotMatch(out, /^\s/, JSON.stringify(text));
      assert.doesNotMatch(out, /^(?:[#>+=*_-]|\d+[.)]|`|~)/, JSON.stringify(text));
      assert.doesNotMatch(bare, /[[\]()<>`*_!|~#{}]/, JSON.stringify(text));
      // The shapes a GitHub-flavoured renderer links by itself: a scheme, `www.` after a space or at the start, an address.
      assert.doesNotMatch(bare, /:\/\/|(?:^|[\s*_~(])www\.|@/i, JSON.stringify(text));
      assert.doesNotMatch(bare.replace(/&(?:amp|lt|gt);/g, ''), /&/, JSON.stringify(text));
    }
  });

  it('keeps plain words as they are, and each escape renders as the character it protects', () => {
    assert.equal(escapeMarkdown('Too many requests, wait a minute.'), 'Too many requests, wait a minute.');
    assert.equal(escapeMarkdown('限流：请稍后再试'), '限流：请稍后再试');
    assert.equal(escapeMarkdown('a*b_c <x> & [y](z)'), 'a\\*b\\_c &lt;x&gt; &amp; \\[y\\]\\(z\\)');
    assert.equal(escapeMarkdown('# not a heading'), '\\# not a heading');
    assert.equal(escapeMarkdown('1. not a list'), '1\\. not a list');
    assert.equal(escapeMarkdown('- not a list'), '\\- not a list');
    assert.equal(escapeMarkdown('    not code\nand one line'), 'not code and one line');
    assert.equal(escapeMarkdown('see https://e.com and www.e.com, mail me@e.com'), 'see https\\://e.com and www\\.e.com, mail me\\@e.com');
    assert.equal(escapeMarkdown('C:\\path'), 'C:\\\\path');
  });

  it('a hostile custom entry: every field shows as text, and the only link targets are ours', () => {
    const next = random(418);
    for (let i = 0; i < 300; i++) {
      const junk = () => Array.from({ length: 1 + Math.floor(next() * 10) }, () => PIECES[Math.floor(next() * PIECES.length)]).join('');
      const e = entry({
        code: 298, phrase: junk(), kind: 'unofficial', vendors: [junk()], custom: i % 2 === 0, localPhrase: { 'zh-cn': junk() },
        summary: { en: junk(), 'zh-cn': junk() }, details: { en: junk(), 'zh-cn': junk() },
        headers: [{ name: junk(), level: 'MAY', section: junk(), document: junk(), note: { en: junk(), 'zh-cn': junk() } }],
      });
      setCustomCodes([], new Map([[298, junk()]]));
      for (const locale of ['en', 'zh-cn'] as const) {
        const card = renderCard([e, e], { locale, unofficial: true, lookUpUri: LOOK_UP });
        const targets = [...card.matchAll(/(?<!\\)\]\(([^)]*)\)/g)].map((m) => m[1]);
        assert.deepEqual(targets, [LOOK_UP], card);
        // Code spans (header names) show their content as it is, markup included: only text outside them counts.
        const outside = card.replace(/`[^`\n]*`/g, '');
        assert.doesNotMatch(outside, /(?<!\\)!\[|<[a-z/!?]/i, card);
        for (const line of card.split('\n')) assert.doesNotMatch(line, /^(?: {4}|\t|```|~~~|>|#)/, card);
      }
    }
    setCustomCodes([], new Map());
  });
});

describe('render: 0.2 additions', () => {
  it('an attribution no source confirms says so, in both languages', () => {
    const e = entry({ code: 218, phrase: 'This is fine', kind: 'unofficial', vendors: ['Apache HTTP Server'], verified: false, summary: { en: 's', 'zh-cn': 's' } });
    assert.equal(renderCard([e], { locale: 'en', unofficial: true }).split('\n')[0], '**218 This is fine** · 2xx Successful · unofficial: Apache HTTP Server (attributed, unverified)');
    assert.equal(renderCard([e], { locale: 'zh-cn', unofficial: true }).split('\n')[0], '**218 This is fine** · 2xx 成功 · 非官方：Apache HTTP Server（据称，未经证实）');
  });
  it('links MDN in the reader\'s language', () => {
    assert.match(renderCard([notFound], { locale: 'zh-cn', unofficial: true }), /\[MDN\]\(https:\/\/developer\.mozilla\.org\/zh-CN\/docs\/Web\/HTTP\/Reference\/Status\/404\)/);
    assert.match(renderCard([notFound], { locale: 'en', unofficial: true }), /\/en-US\/docs\/Web\/HTTP\/Reference\/Status\/404\)/);
  });
  it('the details page adds each language\'s constants for the code, one line a language', () => {
    const page = renderDetails([notFound], { locale: 'en', unofficial: true }, [
      { language: 'Go', family: 'net/http', text: 'http.StatusNotFound' },
      { language: 'Java', family: 'Spring', text: 'HttpStatus.NOT_FOUND' },
      { language: 'Java', family: 'Servlet', text: 'HttpServletResponse.SC_NOT_FOUND' },
    ]);
    assert.ok(page.startsWith(renderCard([notFound], { locale: 'en', unofficial: true })));
    assert.ok(page.endsWith([
      '**The same code in framework constants**',
      '',
      '- **Go**: `http.StatusNotFound` (net/http)',
      '- **Java**: `HttpStatus.NOT_FOUND` (Spring), `HttpServletResponse.SC_NOT_FOUND` (Servlet)',
    ].join('\n')), page);
    assert.equal(renderDetails([notFound], { locale: 'en', unofficial: true }, []), renderCard([notFound], { locale: 'en', unofficial: true }));
  });
});
