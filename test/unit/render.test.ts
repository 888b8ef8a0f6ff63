import * as assert from 'node:assert/strict';
import { defaultCatalogue } from '../../src/core/catalogue';
import { escapeMarkdown, renderCard, renderClassCard, renderReference } from '../../src/core/render';
import type { Entry } from '../../src/core/types';

const cat = defaultCatalogue();
const card = (code: number, locale: 'en' | 'zh-cn' = 'en', extra = {}) =>
  renderCard(cat.lookup(code), { locale, unofficial: true, ...extra });

describe('render: the status card as Markdown', () => {
  it('titles the card with code, RFC 9110 name and class', () => {
    assert.match(card(404), /^\*\*404 Not Found\*\* · 4xx Client Error/);
    assert.match(card(413), /\*\*413 Content Too Large\*\*/);
  });
  it('lists the response headers with their keyword and section', () => {
    assert.match(card(405), /`Allow` \*\*MUST\*\*: .*\(RFC 9110 §15\.5\.6\)/);
    assert.match(card(401), /`WWW-Authenticate` \*\*MUST\*\*/);
    assert.match(card(503), /`Retry-After` \*\*MAY\*\*/);
    assert.match(card(204), /`Content-Length` \*\*MUST NOT\*\*/);
    assert.doesNotMatch(card(404), /Response headers/);
  });
  it('links the spec section and MDN, and the look-up command only when asked', () => {
    assert.match(card(404), /\[RFC 9110 §15\.5\.5\]\(https:\/\/www\.rfc-editor\.org\/rfc\/rfc9110#section-15\.5\.5\)/);
    assert.match(card(404), /\[MDN\]\(https:\/\/developer\.mozilla\.org\/en-US\/docs\/Web\/HTTP\/Reference\/Status\/404\)/);
    assert.doesNotMatch(card(404), /command:/);
    assert.match(card(404, 'en', { lookUpUri: 'command:statusLens.lookUp?%5B%5D' }), /\[Look up…\]\(command:statusLens\.lookUp/);
  });
  it('notes a former name when the file uses it', () => {
    assert.match(card(413, 'en', { member: 'PAYLOAD_TOO_LARGE' }), /former name: RFC 9110 now calls this code \*\*Content Too Large\*\*/);
    assert.match(card(422, 'en', { member: 'HTTP_422_UNPROCESSABLE_ENTITY' }), /now calls this code \*\*Unprocessable Content\*\*/);
    assert.doesNotMatch(card(404, 'en', { member: 'NOT_FOUND' }), /former name/);
  });
  it('shows the registered meaning first and labels the vendors\' ones', () => {
    const c = card(499);
    assert.match(c, /^\*\*499 Client Closed Request\*\*.*unofficial: nginx/);
    assert.match(c, /Other meanings/);
    assert.match(c, /Token Required/);
    const hidden = renderCard(cat.lookup(421), { locale: 'en', unofficial: false });
    assert.doesNotMatch(hidden, /Destination Locked/);
    assert.equal(renderCard(cat.lookup(499), { locale: 'en', unofficial: false }), '');
  });
  it('speaks Chinese in the zh-cn locale', () => {
    const c = card(429, 'zh-cn');
    assert.match(c, /4xx 客户端错误/);
    assert.match(c, /响应头/);
    assert.match(c, /[\u4e00-\u9fff]{4}/);
  });
  it('names the class on a class card', () => {
    const c = renderClassCard(5, cat.entries, { locale: 'en', unofficial: false });
    assert.match(c, /\*\*5xx Server Error\*\*/);
    assert.match(c, /500 to 599/);
    assert.match(c, /503 Service Unavailable/);
  });
  it('escapes untrusted text: no links, images, HTML or command URIs survive', () => {
    const evil: Entry = {
      code: 299, phrase: 'Evil [x](command:workbench.action.quit) <img src=x onerror=alert(1)>', formerPhrases: [],
      kind: 'unofficial', vendors: ['`team`'], custom: true,
      summary: { en: '![img](https://e.com/x.png) **bold** <script>alert(1)</script>', 'zh-cn': '[链接](command:x)' },
      details: { en: '```js\nalert(1)\n```', 'zh-cn': '<b>x</b>' }, headers: [], keywords: { en: [], 'zh-cn': [] },
      reference: { title: 'x', url: 'javascript:alert(1)' },
    };
    for (const locale of ['en', 'zh-cn'] as const) {
      const c = renderCard([evil], { locale, unofficial: true });
      assert.doesNotMatch(c, /\]\(command:/);
      assert.doesNotMatch(c, /!\[img\]\(/);
      assert.doesNotMatch(c, /<img|<script|<b>/);
      assert.doesNotMatch(c, /javascript:/);
      assert.doesNotMatch(c, /^```/m);
    }
    assert.equal(escapeMarkdown('a*b_c <x>'), 'a\\*b\\_c &lt;x&gt;');
    assert.equal(escapeMarkdown('# not a heading'), '\\# not a heading');
  });
  it('renders the whole reference grouped by class', () => {
    const ref = renderReference(cat.entries, { locale: 'en', unofficial: true });
    for (const h of ['## 1xx Informational', '## 2xx Successful', '## 3xx Redirection', '## 4xx Client Error', '## 5xx Server Error']) {
      assert.ok(ref.includes(h), h);
    }
    assert.ok(ref.includes('### 418'));
    assert.ok(ref.includes('Client Closed Request'));
  });
});
