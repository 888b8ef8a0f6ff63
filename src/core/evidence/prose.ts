/**
 * A status named in prose (comments, docstrings, test titles, strings, Markdown): "returns 404 when the
 * user is missing", "a 503 during deploys", "429 and 503 are retried", "after repeated 429s". Units after
 * the number ("200 items", "500 ms") and quantities before it ("up to 300") keep it silent, and so does
 * another protocol named on the line or next to it (SMTP 550).
 */
import { anyLineWith, LINE } from './facts';
import type { Candidate, Evidence, Examples, Finding } from './types';
import { COMMON_STATUSES, ID_NOUN_BEFORE, MAIL_OR_FTP, STATUSY_LINE } from './vocabulary';

export const UNIT_AFTER =
  /^\s*(?:items?|rows?|records?|bytes?|[kmg]i?b\b|ms\b|milliseconds?|seconds?|secs?\b|minutes?|mins?\b|hours?|hrs?\b|days?|weeks?|months?|years?|times|users?|requests?(?!ed)|lines?|chars?|characters?|words?|entries|entry|px\b|pixels?|elements?|objects?|files?|messages?|tokens?|points?|calls?|retries|attempts?|connections?|ids?\b|products?|orders?|posts?|comments?|results|numbers?|digits?|steps?|kb\b|mb\b|percent|%|of\s+the\b|of\s+\d|pages|tracks?|books?|people|persons?|tests?|cases|cells?|columns?|events?|jobs?|tasks?|images?|photos?|members?|accounts?|customers?|rps\b|qps\b|req\/s|concurrent|threads?|workers?|nodes?|servers?|instances?|replicas?|pods?|units?|dollars?|euros?|usd\b|eur\b|cents?|km\b|m\b|cm\b|mm\b|kg\b|g\b|degrees?|°|x\b|dpi\b|ppi\b|fps\b|k?hz\b|[kmg]bps\b|kbit|mbit)/i;

/** Verbs and nouns that make the number after them a status: "returns 404", "HTTP 404", "status 503". */
const PROSE_STRONG =
  /(?:\b(?:https?|status(?:es)?(?:\s+codes?)?(?:\s+of)?|instead\s+of|rather\s+than|(?:response|error|http)\s+codes?|returns?|returned|returning|respond(?:s|ed|ing)?(?:\s+with)?|saw|sees?|seeing|hits?|hitting|answering|renders?|rendered|rendering|(?:comes?|came|coming|goes|went)\s+back\s+(?:as|with)|repl(?:y|ies|ied)(?:\s+with)?|answers?(?:\s+with)?|answered(?:\s+with)?|sends?|sent|sending|throws?|threw|throwing|raises?|raised|gives?|gave|yields?|emits?|gets?|got|getting|receives?|received|expects?|expected|expecting|wants?|wanted|fails?\s+with|failed\s+with|results?\s+in|ends?\s+with|maps?(?:\s+to)?|mapped(?:\s+to)?|becomes?|turns?\s+into|logs?|logged|treats?|treated|translates?\s+to|converts?\s+to|retr(?:y|ies|ied)\s+on|abort(?:s|ed)?\s+with|redirects?\s+with|serves?|served)\s+(?:(?:an?|the|http|https|status|code|plain|generic|proper|real|another)\s+)*)$/i;
/** Weak words: the number needs a status word after it ("falls back to 500 error"). */
const PROSE_WEAK = /\b(?:with|on|for|as|into|or|and|to|from|like|is|are|be|than|not|except|instead\s+of)\s+(?:(?:an?|the|http|status)\s+)*$/i;
const QUANTITY_BEFORE =
  /\b(?:up\s+to|at\s+most|at\s+least|over|under|about|around|approximately|roughly|between|max(?:imum)?|min(?:imum)?|limit(?:ed)?(?:\s+to)?|every|each|first|last|top|only|nearly|almost|(?:more|less|fewer|greater|larger|higher|lower|bigger|smaller|longer|shorter)\s+than|exactly|total\s+of|page|line|row|column|port|version|v|step|item|index|id|number|no\.|#)\s*$/i;
const ARTICLE_BEFORE =
  /(?:\b(?:an?|the|any|no|every|each|this|that|our|their|its|your)\s+(?:(?:empty|plain|bare|generic|proper|real|successful|permanent|temporary|quick|instant|normal|default|explicit|correct|wrong|unexpected|blank|cached|final|eventual|actual|clean|proper|sensible|spurious|random|stray|upstream|legitimate|genuine)\s+)?|\bnon-)$/i;
const STATUS_NOUN_AFTER =
  /^(?:\s+(?:errors?|responses?|status(?:es)?|codes?|page|redirects?|replies|reply|result|class|range|family|series|handler|handling|when|if|unless|because|instead|rather\s+than|means|meaning|indicates|tells|signals|says|keeps|carries|lets|makes|should|must|will|would|can|could|is|was|comes|happens|back|here|there|from|for|or|and|then|status\s+code|with|during|after|before|in\s+the|so|since|while|until|that|which|through|plus)\b|s\b)/i;
const VERB_AFTER =
  /^\s+(?:fails|failed|breaks|broke|shows|showed|appears|means|meant|indicates|indicated|tells|told|signals|says|said|keeps|kept|carries|lets|makes|needs|has|had|is|was|should|must|will|would|can|could|may|might|goes|went|comes|came|happens|triggers|forces|asks|requires|redirects|stays|remains|works|does|did|stands|covers|answers)\b/i;
const SENTENCE_START = /(?:^|[.!?;:]\s+|^\s*(?:\/\/+|#+|\*+|--|\/\*+|<!--|>|-|\d+\.)\s*|\s(?:\/\/+|#+)\s*|["'`(]\s*)$/;
/** Verbs weak enough that a sentence-initial number before them needs more ("404 is the rooftop sensor"). */
const WEAK_VERB_AFTER = /^\s+(?:is|was|has|had|does|did|may|might|can|could)\b/i;
/** Another code follows: "on 405 or 501", "a 301 or 302", "401/403". */
const CODE_LIST_AFTER = /^\s*(?:,|\bor\b|\band\b|\/)\s*(?:an?\s+)?[1-5](?:\d\d|xx)\b/i;
const STRONG_AFTER = /^\s+(?:when|unless|because|instead|if\s+the|means|indicates|on\s+(?:error|failure|success))\b/i;

type ProseQuestion = Pick<Candidate, 'left' | 'right' | 'value' | 'region' | 'completion'> & { lang: string };

/** Whether prose around a number makes it a status (left and right are the text of its line). */
export function proseNames(q: ProseQuestion): boolean {
  if (q.completion) return false;
  if (UNIT_AFTER.test(q.right)) return false;
  // A plural status ("a wave of 502s", "first 429s") reads as one, unless it is a round hundred ("the 200s").
  if (/^s\b/.test(q.right) && q.value !== undefined && q.value % 100 !== 0 && COMMON_STATUSES.has(q.value) && q.region !== 'code') return true;
  if (/^\s*(?:-|–|to|and)\s*\d/.test(q.right) && /\b(?:from|between)\s+$/i.test(q.left)) return false;
  if (QUANTITY_BEFORE.test(q.left) || ID_NOUN_BEFORE.test(q.left)) return false;
  // Part of a longer number or a version (2 404, 1. 404).
  if (/\d\.?\s*$/.test(q.left)) return false;
  // "300s" in a string is a duration; "the 404s" in a comment is a status.
  if (q.region === 'string' && /^s\b/.test(q.right)) return false;
  if (PROSE_STRONG.test(q.left)) return true;
  // "Lend a copy -> 201", "{:error, :not_found} → 404".
  if (/(?:->|→|=>|⇒)\s*$/.test(q.left) && q.value !== undefined && q.value >= 200) return true;
  // 1xx and 300 are rarely the subject of prose, while 100 and 300 are everyday numbers.
  if (q.value !== undefined && (q.value < 200 || q.value === 300)) return false;
  if (/\bwith\s+$/i.test(q.left) && /^\s*["'`]?\s*(?:,|\)|$)/.test(q.right)) return true;
  // Test names end on the status: it('reports created on 201'), fun `unknown book is 404`().
  if (q.region === 'string' && /\b(?:is|be|on|gets?|with|answers?)\s+$/i.test(q.left) && /^["'`]\s*(?:,|\)|\(|$)/.test(q.right)) return true;
  if (PROSE_WEAK.test(q.left) && STATUS_NOUN_AFTER.test(q.right) && !/^\s*(?:or|and|from|for|with|when|if|is|was|then)\b/i.test(q.right)) return true;
  if ((PROSE_WEAK.test(q.left) || ARTICLE_BEFORE.test(q.left) || SENTENCE_START.test(q.left)) && CODE_LIST_AFTER.test(q.right) && STATUSY_LINE.test(q.left + q.right)) {
    return true;
  }
  // A definition at the start of a comment or sentence: "// 202: refund queued", "3. Mostly 503: someone is deploying".
  const start = SENTENCE_START.test(q.left) || SENTENCE_START.test(q.left.replace(/\b(?:mostly|mainly|usually|often|sometimes|typically|always|never|also|even|then)\s+$/i, ''));
  if (start && /^\s*(?::|\s-\s|\s—\s|\s–\s)/.test(q.right)) return true;
  const common = q.value !== undefined && COMMON_STATUSES.has(q.value);
  if (/\b(?:on|after|with)\s+$/i.test(q.left) && /^\s*[,.;]/.test(q.right) && common) return true;
  if (ARTICLE_BEFORE.test(q.left) && !/^\s*\d/.test(q.right)) {
    if (/^\s*(?:$|[.,;:!?)\]'"`\/]|—|–|-\s)/.test(q.right) || STATUS_NOUN_AFTER.test(q.right) || VERB_AFTER.test(q.right)) return true;
  }
  if (SENTENCE_START.test(q.left) && (VERB_AFTER.test(q.right) || STATUS_NOUN_AFTER.test(q.right)) && !WEAK_VERB_AFTER.test(q.right) && !/^\s+(?:or|and|from|for|with|then)\b/i.test(q.right)) {
    return true;
  }
  if (STRONG_AFTER.test(q.right)) return true;
  // A trailing comment naming the status an error class stands for: `class Gone < ClientError; end  # 410`.
  if (q.region === 'comment' && /(?:Error|Exception|Failure)\b[^#/]*(?:#|\/\/)\s*$/.test(q.left) && q.value !== undefined && q.value >= 400) return true;
  // "after repeated 429s": a plural status in a comment.
  if (q.region === 'comment' && /^s\b/.test(q.right) && common) return true;
  // "(204, empty body)" in request files and docs.
  if (q.region === 'comment' && /\(\s*$/.test(q.left) && /^\s*[,)]/.test(q.right) && common && STATUSY_LINE.test(q.left + q.right + ' ' + q.lang)) return true;
  if (/^\s+(?:errors?|responses?|status(?:\s+code)?|redirects?|page)\b/i.test(q.right)) return true;
  // A list of codes: "429 and 503 are retried", "Returns 404 for an unknown id, 200 otherwise".
  if (/\b[1-5]xx\s*(?:,|\band\b|\bor\b|\/)\s*$/i.test(q.left)) return true;
  const prev = /(\d{3})(?:s)?\b[^\d]{0,40}?(?:,|\band\b|\bor\b|\/|\bthen\b|\botherwise\b|\bbut\b|\(\s*\w+(?:\s+\w+)?)\s*(?:(?:an?|the)\s+)?$/i.exec(q.left);
  // The earlier number is asked with its own left side: a longer number or a version there says no (1.404, 1404).
  if (prev) {
    const earlier = proseNames({ ...q, value: Number(prev[1]), left: q.left.slice(0, prev.index), right: q.left.slice(prev.index + 3) + String(q.value ?? '') + q.right });
    if (earlier) return true;
  }
  const next = /^\s*(?:,|\band\b|\bor\b|\/)\s*(\d{3})\b/.exec(q.right);
  return !!next && STATUSY_LINE.test(q.left + q.right);
}

/** Another protocol named on the line or next to it: SMTP 550 in prose. */
function otherProtocolProse(c: Candidate): boolean {
  if (MAIL_OR_FTP.test(c.left) || MAIL_OR_FTP.test(c.right)) return true;
  return anyLineWith(c.doc, c.line - 1, c.line + 1, c.line, LINE.mail);
}

function proseAt(c: Candidate): Finding | undefined {
  if (c.completion || c.value === undefined) return undefined;
  let q: ProseQuestion = c;
  // A number set off as code or emphasis in prose: `503`, **404**.
  const mark = /[`*_'"]$/.exec(c.left)?.[0];
  if (mark && c.right.startsWith(mark) && (c.region === 'comment' || (mark === '`' && c.region === 'string'))) {
    q = { ...c, left: c.left.slice(0, -1).replace(/[`*_]+$/, ''), right: c.right.slice(1).replace(/^[`*_]+/, '') };
  }
  // A status key inside a comment or a string: # {"status":429}, '{"status":410}', escaped JSON bodies in JSON
  // strings, ModSecurity's "deny,status:403", k6 tags 'http_reqs{status:500}'.
  if (/\\?["']?(?:status|statusCode|status_code)\\?["']?\s*[:=]\s*\\?["']?$/.test(q.left) &&
    (c.region === 'comment' || /(?:[{,]|\\n|\\t)\s*(?:\\n|\\t|\s)*\\?["'](?:status|statusCode|status_code)\\?["']\s*:\s*$/.test(q.left) || /[,{]\s*status\s*:\s*$/.test(q.left))) return {};
  // An error body quoted in a string: "{ \"code\": 404, \"message\": ... }" (API gateway templates, mocks).
  if (/[{,]\s*(?:\\n|\s)*\\?["']code\\?["']\s*:\s*$/.test(q.left) && /^\s*,\s*(?:\\n|\s)*\\?["'](?:message|error|detail|title|reason)\\?["']/.test(q.right)) return {};
  return proseNames(q) && !otherProtocolProse(c) ? {} : undefined;
}

export const prose: Evidence = {
  id: 'prose',
  direction: 'slot',
  view: 'prose',
  summary: 'a status named in prose: comments, docstrings, test titles, strings and Markdown',
  test: proseAt,
};

/** Tokens each rule must fire on and, as many, look-alikes it must stay silent on (test/unit/evidence.test.ts). */
export const examples: Examples = {
  'prose': {
    fires: [
      { lang: 'javascript', text: '// returns ⟦404⟧ when the user is missing' },
      { lang: 'markdown', text: 'The API answers ⟦429⟧ when you go over quota.' },
      { lang: 'python', text: '# retry on ⟦503⟧ responses from the gateway' },
      { lang: 'markdown', text: 'Expect a ⟦503⟧ during deploys.' },
    ],
    silent: [
      { lang: 'javascript', text: '// took ⟦500⟧ ms on average' },
      { lang: 'markdown', text: 'Uploads are capped at ⟦500⟧ MB.' },
      { lang: 'python', text: '# returns ⟦200⟧ items per page' },
      { lang: 'python', text: '# the SMTP relay answers ⟦550⟧ when the mailbox is gone' },
    ],
  },
};
