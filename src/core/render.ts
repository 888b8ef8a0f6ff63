/**
 * The status card as Markdown text. Every string is escaped, catalogue text included, so that a custom
 * code (user settings) can never inject links, images, HTML or command URIs.
 */
import type { CustomSource, Entry, Locale } from './types';
import { CLASS_NAMES, teamNote, teamNotesSource } from './catalogue';
import { compact } from './text';

const LABELS = {
  en: {
    unofficial: 'unofficial',
    vendors: (names: string, verified: boolean) => `unofficial: ${names}${verified ? '' : ' (attributed, unverified)'}`,
    customFrom: (source: CustomSource) => `custom, ${source === 'workspace' ? "from this workspace's settings" : 'from your settings'}`,
    noteFrom: (source: CustomSource) => `**Team note** (${source === 'workspace' ? "from this workspace's settings" : 'from your settings'}):`,
    temporary: 'temporary registration',
    unused: 'reserved, unused',
    obsoleted: 'obsoleted',
    formerly: 'formerly',
    nowCalled: (member: string, phrase: string) => `${member} is a former name: RFC 9110 now calls this code **${phrase}**.`,
    headers: 'Response headers',
    noHeaders: 'The specification ties no response header field to this code.',
    otherMeanings: 'Other meanings of this number',
    usedBy: 'used by',
    lookUp: 'Look up…',
    classCard: (c: number) => `Any code from ${c}00 to ${c}99.`,
    classCheck: 'This check covers a whole class of status codes.',
    mdn: 'MDN',
    source: 'Source',
    constants: 'The same code in framework constants',
    cache: { heuristic: 'Cacheable by default', explicit: 'Cached only with explicit freshness', never: 'Caches must not store it' },
    retry: {
      'as-is': 'Retry: may succeed as is',
      after: 'Retry: after a wait (Retry-After)',
      idempotent: 'Retry: idempotent requests only',
      never: 'Retry: only after fixing the request',
      none: '',
    },
    redirect: (permanent: boolean, method: 'kept' | 'may-change' | 'get') =>
      `${permanent ? 'Permanent' : 'Temporary'}, ${method === 'kept' ? 'method kept' : method === 'get' ? 'follow with GET' : 'method may change'}`,
  },
  'zh-cn': {
    unofficial: '非官方',
    vendors: (names: string, verified: boolean) => `非官方：${names}${verified ? '' : '（据称，未经证实）'}`,
    customFrom: (source: CustomSource) => `自定义（${source === 'workspace' ? '来自此工作区的设置' : '来自你的设置'}）`,
    noteFrom: (source: CustomSource) => `**团队备注**（${source === 'workspace' ? '来自此工作区的设置' : '来自你的设置'}）：`,
    temporary: '临时注册',
    unused: '保留未用',
    obsoleted: '已废止',
    formerly: '曾用名',
    nowCalled: (member: string, phrase: string) => `${member} 是旧名称：RFC 9110 现称 **${phrase}**。`,
    headers: '响应头',
    noHeaders: '规范没有为此状态码规定响应头字段。',
    otherMeanings: '此数字的其他含义',
    usedBy: '使用方',
    lookUp: '查询…',
    classCard: (c: number) => `${c}00 到 ${c}99 之间的任意状态码。`,
    classCheck: '这个判断覆盖一整类状态码。',
    mdn: 'MDN',
    source: '来源',
    constants: '各框架中表示这个状态码的常量',
    cache: { heuristic: '默认可缓存', explicit: '需显式新鲜度才可缓存', never: '缓存不得存储' },
    retry: {
      'as-is': '重试：原样重试可能成功',
      after: '重试：稍候再试（参考 Retry-After）',
      idempotent: '重试：仅限幂等请求',
      never: '重试：先修正请求再试',
      none: '',
    },
    redirect: (permanent: boolean, method: 'kept' | 'may-change' | 'get') =>
      `${permanent ? '永久重定向' : '临时重定向'}，${method === 'kept' ? '保持请求方法' : method === 'get' ? '改用 GET 跟随' : '请求方法可能改变'}`,
  },
} as const;

const CLASS_TEXT: Record<number, Record<Locale, string>> = {
  1: { en: 'Interim responses: the request was received and work goes on; a final response follows.', 'zh-cn': '临时响应：请求已收到、处理仍在继续，之后还会有最终响应。' },
  2: { en: 'The request was received, understood and accepted.', 'zh-cn': '请求已被成功接收、理解并接受。' },
  3: { en: 'The client has to take further action, usually follow a redirect, to complete the request.', 'zh-cn': '客户端需要进一步操作（通常是跟随重定向）才能完成请求。' },
  4: { en: 'The request is at fault: bad syntax, missing rights, or something the server cannot fulfil as asked.', 'zh-cn': '问题出在请求：语法错误、权限不足，或服务器无法按要求处理。' },
  5: { en: 'The server failed to fulfil a request that looks valid.', 'zh-cn': '请求看起来有效，但服务器未能完成处理。' },
};

/**
 * Escapes text for Markdown so that it renders as the same text, never as markup or a link: one line, no
 * leading indentation (an indented code block), every punctuation mark that starts markup escaped, and the
 * shapes the renderer turns into links by itself (`https://`, `www.`, `name@host`) broken by an escape.
 */
export function escapeMarkdown(text: string): string {
  return String(text)
    .replace(/\s*[\r\n]+\s*/g, ' ')
    .replace(/^\s+/, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\\`*_{}[\]()!|~#]/g, '\\$&')
    .replace(/:\/\//g, '\\://')
    .replace(/www\./gi, (w) => w.slice(0, 3) + '\\.')
    .replace(/@/g, '\\@')
    // Block markers only matter at the start: "- x", "+ x", "1. x", "= x".
    .replace(/^[+=-]/, '\\$&')
    .replace(/^(\d+)\./, '$1\\.');
}

/** Text shown as a code span: as is (no escapes apply inside), one line, with no backtick to end it early. */
function codeSpan(text: string): string {
  return '`' + String(text).replace(/`/g, '').replace(/\s+/g, ' ').trim() + '`';
}

/** A URL we render as a link target: only https, with no characters that could end the link early. */
function safeUrl(url: string | undefined): string | undefined {
  if (!url || !/^https:\/\/[^\s()<>"'`]+$/.test(url)) return undefined;
  return url;
}

export interface CardOptions {
  locale: Locale;
  /** Show unofficial meanings (setting statusLens.unofficialCodes). */
  unofficial: boolean;
  /** The constant member as written in the file, for former-name notes. */
  member?: string;
  deprecatedMember?: boolean;
  /** A command URI for the "Look up…" link (only that command is trusted by the hover). */
  lookUpUri?: string;
}

function classLabel(code: number, locale: Locale): string {
  const c = Math.floor(code / 100);
  return `${c}xx ${CLASS_NAMES[c]?.[locale] ?? ''}`.trim();
}

function kindFlags(e: Entry, locale: Locale): string[] {
  const L = LABELS[locale];
  const flags: string[] = [];
  if (e.custom) flags.push(L.customFrom(e.customSource ?? 'user'));
  if (e.kind === 'unofficial' && !e.custom) {
    flags.push(L.vendors(e.vendors.map(escapeMarkdown).join(', '), e.verified !== false));
  }
  if (e.kind === 'temporary') flags.push(L.temporary);
  if (e.kind === 'unused') flags.push(L.unused);
  if (e.kind === 'obsoleted') flags.push(L.obsoleted);
  return flags;
}

/** The title line of an entry: "404 Not Found · 4xx Client Error". */
export function entryTitle(e: Entry, locale: Locale): string {
  const local = locale === 'zh-cn' && e.localPhrase?.['zh-cn'] ? `（${escapeMarkdown(e.localPhrase['zh-cn'])}）` : '';
  const flags = kindFlags(e, locale);
  return `**${e.code} ${escapeMarkdown(e.phrase)}**${local} · ${classLabel(e.code, locale)}${flags.length ? ' · ' + flags.join(' · ') : ''}`;
}

function specLink(e: Entry): string | undefined {
  const url = safeUrl(e.spec?.url);
  if (!e.spec || !url) return undefined;
  const label = e.spec.section ? `${e.spec.document} §${e.spec.section}` : e.spec.document;
  return `[${escapeMarkdown(label)}](${url})`;
}

function headerLines(e: Entry, locale: Locale): string[] {
  const L = LABELS[locale];
  if (!e.headers.length) return [];
  const lines = [`**${L.headers}**`, ''];
  for (const h of e.headers) {
    const where = `${h.document ?? 'RFC 9110'} §${h.section}`;
    lines.push(`- ${codeSpan(h.name)} **${escapeMarkdown(h.level)}**: ${escapeMarkdown(h.note[locale])} (${escapeMarkdown(where)})`);
  }
  return lines;
}

/** The facts line: "Cacheable by default · Retry: after Retry-After · Permanent, method kept" (empty without facts). */
export function factsLine(e: Entry, locale: Locale): string {
  const L = LABELS[locale];
  const parts: string[] = [];
  if (e.cache) parts.push(L.cache[e.cache]);
  if (e.retry && e.retry !== 'none') parts.push(L.retry[e.retry]);
  if (e.redirect) parts.push(L.redirect(e.redirect.permanent, e.redirect.method));
  return parts.join(' · ');
}

/**
 * The full card for one code. The first screen holds what a reader looks for: the name, the summary, the
 * facts line, the header requirements and the links; the long paragraph, the team's note and the other
 * meanings of the number follow them.
 */
export function renderCard(entries: readonly Entry[], options: CardOptions): string {
  const { locale } = options;
  const L = LABELS[locale];
  const shown = options.unofficial ? entries : entries.filter((e) => e.kind !== 'unofficial' || e.custom);
  if (!shown.length) return '';
  const [main, ...others] = shown;
  const out: string[] = [entryTitle(main, locale), ''];
  if (options.member) {
    const m = compact(options.member.replace(/^(?:HTTP_\d{3}_|HTTP_|SC_|Status\d{3}|Status)/, ''));
    const former = main.formerPhrases.find((p) => compact(p) === m);
    if (former || options.deprecatedMember) out.push(L.nowCalled(codeSpan(options.member), escapeMarkdown(main.phrase)), '');
  } else if (main.formerPhrases.length) {
    out.push(`*${L.formerly}: ${main.formerPhrases.map(escapeMarkdown).join(', ')}*`, '');
  }
  out.push(escapeMarkdown(main.summary[locale]), '');
  const facts = factsLine(main, locale);
  if (facts) out.push(`*${facts}*`, '');
  const headers = headerLines(main, locale);
  if (headers.length) out.push(...headers, '');
  else if (main.kind !== 'unofficial' && !main.custom) out.push(`*${L.noHeaders}*`, '');
  const links = linkLine(main, options);
  if (links) out.push(links, '');
  const more: string[] = [];
  if (main.details[locale]) more.push(escapeMarkdown(main.details[locale]), '');
  const note = teamNote(main.code);
  if (note) more.push(`${L.noteFrom(teamNotesSource())} ${escapeMarkdown(note)}`, '');
  if (others.length) {
    more.push(`**${L.otherMeanings}**`, '');
    for (const o of others) more.push(`- ${entryTitle(o, locale)}: ${escapeMarkdown(o.summary[locale])}`);
    more.push('');
  }
  if (more.length) out.push('---', '', ...more);
  return out.join('\n').trim();
}

function linkLine(e: Entry, options: CardOptions): string {
  const L = LABELS[options.locale];
  const links: string[] = [];
  const spec = specLink(e);
  if (spec) links.push(spec);
  const ref = safeUrl(e.reference?.url);
  if (ref) links.push(`[${L.source}](${ref})`);
  // MDN in the reader's language: its Chinese pages live under zh-CN.
  const mdn = safeUrl(options.locale === 'zh-cn' ? e.mdn?.replace('/en-US/', '/zh-CN/') : e.mdn);
  if (mdn) links.push(`[${L.mdn}](${mdn})`);
  if (options.lookUpUri) links.push(`[${L.lookUp}](${options.lookUpUri})`);
  return links.join(' · ');
}

/**
 * The details page of a code (Show Details): the card, then the constant each family we know writes for the
 * code, grouped by language, so that a reader can copy the name their framework uses.
 */
export function renderDetails(entries: readonly Entry[], options: CardOptions, constants: ReadonlyArray<{ language: string; family: string; text: string }>): string {
  const card = renderCard(entries, options);
  if (!constants.length) return card;
  const L = LABELS[options.locale];
  const byLanguage = new Map<string, string[]>();
  for (const c of constants) byLanguage.set(c.language, [...(byLanguage.get(c.language) ?? []), `${codeSpan(c.text)} (${escapeMarkdown(c.family)})`]);
  const lines = [...byLanguage].map(([language, items]) => `- **${escapeMarkdown(language)}**: ${items.join(', ')}`);
  return [card, '', `**${L.constants}**`, '', ...lines].join('\n');
}

/** The card for a class check (`status >= 500`, `5xx`). */
export function renderClassCard(digit: number, codes: readonly Entry[], options: CardOptions): string {
  const { locale } = options;
  const L = LABELS[locale];
  const list = codes
    .filter((e) => Math.floor(e.code / 100) === digit && (e.kind === 'registered' || (options.unofficial && e.kind === 'unofficial')))
    .filter((e, i, a) => a.findIndex((x) => x.code === e.code) === i)
    .map((e) => `${e.code} ${escapeMarkdown(e.phrase)}`);
  const out = [
    `**${classLabel(digit * 100, locale)}**`,
    '',
    `${L.classCheck} ${L.classCard(digit)}`,
    '',
    escapeMarkdown(CLASS_TEXT[digit]?.[locale] ?? ''),
    '',
    list.join(' · '),
  ];
  if (options.lookUpUri) out.push('', `[${L.lookUp}](${options.lookUpUri})`);
  return out.join('\n');
}

/** The whole catalogue as one Markdown document grouped by class (the "Open Reference" command). */
export function renderReference(entries: readonly Entry[], options: CardOptions): string {
  const title = options.locale === 'zh-cn' ? 'HTTP 状态码参考' : 'HTTP status code reference';
  const out = [`# ${title}`, ''];
  for (const digit of [1, 2, 3, 4, 5]) {
    const inClass = entries.filter((e) => Math.floor(e.code / 100) === digit);
    if (!inClass.length) continue;
    out.push(`## ${classLabel(digit * 100, options.locale)}`, '');
    const codes = [...new Set(inClass.map((e) => e.code))];
    for (const code of codes) {
      const card = renderCard(inClass.filter((e) => e.code === code), { ...options, lookUpUri: undefined });
      if (!card) continue;
      out.push(`### ${code}`, '', card, '');
    }
  }
  return out.join('\n');
}
