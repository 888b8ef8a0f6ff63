/**
 * Is the number at a place an HTTP status, and does a status go at the cursor? Each kind of evidence
 * lives in a file of its own in this folder, with the examples it must fire on and stay silent on; this
 * file lists them and combines what they find. To add a rule: write `<id>.ts` exporting an `Evidence`,
 * list it in EVIDENCE below; test/unit/evidence.test.ts runs its examples, `npm run corpus` measures the whole.
 */
import { contextLine, scanBackward } from '../scan';
import type { Candidate, Evidence, Finding } from './types';
import { otherProtocolAtHand, otherProtocolNearby } from './context';
import { anyLineWith, LINE } from './facts';
import { statusLine } from './status-line';
import { statusCall } from './status-call';
import { statusKey } from './status-key';
import { comparison } from './comparison';
import { assertion } from './assertion';
import { command } from './command';
import { serverConfig } from './server-config';
import { responsesKey } from './responses-key';
import { caseArm } from './case-arm';
import { boundName } from './binding';
import { tuple } from './tuple';
import { statusList } from './status-list';
import { csvRow, tableRow } from './table-row';
import { statusMap } from './status-map';
import { pipeTable } from './pipe-table';
import { schemaBound } from './schema-bound';
import { mapKey } from './map-key';
import { reasonPhrase } from './reason-phrase';
import { prose } from './prose';
import { docTag } from './doc-tag';
import { statusPath } from './status-path';
import { logLine } from './log-line';
import { httpImport, httpWords } from './http-file';
import { commonStatus, unknownValue } from './value';
import { outcomeName, quantityName, respondingCall, statusName } from './names-evidence';
import { arithmetic, headerValue, indexOrSlice, unitAfter, urlParameter } from './quantity-shape';
import { quantityCompany, statusCompany, statusCrowd } from './siblings';
import { statusFunction } from './status-function';
import { ownConstant } from './own-constant';
import { comparisonChain } from './comparison-chain';
import { statusParameter } from './status-parameter';
import { valueEcho } from './value-echo';
import { checkObject } from './check-object';
import { testFile, testTitle } from './test-context';
import { phraseNear } from './phrase-near';
import { exitStatus, mailInFileEvidence, mailProtocol } from './other-protocol';
import { proseContext } from './prose-context';
import { proseShape } from './prose-shape';
import { rangeBounds } from './range-bounds';
import weights from './weights.json';
import type { TextSource } from '../types';
import { regionAt, type LineView, type Token } from '../scan';
import { governingNames } from './names';

export type { Candidate, Evidence, Finding } from './types';

/** Every piece of evidence: the slots (strongest and cheapest first), then evidence for, then against. */
export const EVIDENCE: readonly Evidence[] = [
  statusLine,
  statusCall,
  statusKey,
  comparison,
  assertion,
  command,
  serverConfig,
  responsesKey,
  caseArm,
  boundName,
  statusFunction,
  ownConstant,
  statusParameter,
  checkObject,
  tuple,
  statusList,
  tableRow,
  csvRow,
  statusMap,
  pipeTable,
  schemaBound,
  docTag,
  statusPath,
  logLine,
  reasonPhrase,
  prose,
  httpImport,
  httpWords,
  commonStatus,
  statusName,
  outcomeName,
  respondingCall,
  statusCompany,
  statusCrowd,
  comparisonChain,
  valueEcho,
  testFile,
  testTitle,
  phraseNear,
  mapKey,
  proseContext,
  proseShape,
  rangeBounds,
  unknownValue,
  quantityName,
  unitAfter,
  arithmetic,
  quantityCompany,
  exitStatus,
  mailInFileEvidence,
  urlParameter,
  headerValue,
  indexOrSlice,
  mailProtocol,
];

/** Slots that say HTTP by themselves: another protocol named nearby does not overrule them. */
const SAYS_HTTP = new Set(['status-line', 'status-call', 'responses-key', 'server-config', 'doc-tag', 'status-path', 'log-line', 'reason-phrase']);

/** A slot found in code: which evidence found it, and what it found. */
export interface SlotFound extends Finding {
  id: string;
}

/** The first slot evidence that fires on the code view of a candidate, or undefined. */
function directSlot(c: Candidate): SlotFound | undefined {
  for (const e of EVIDENCE) {
    if (e.direction !== 'slot' || e.view === 'prose') continue;
    const f = e.test(c);
    if (f) return { id: e.id, ...f };
  }
  return undefined;
}

/** A value that is one branch of `cond ? 200 : 503`, `x || 500`, `204 if ok else 404`: the slot is before the expression. */
const ALTERNATIVES =
  /^\s*(?:.+?\s*(?:\?\?|\?:|\|\||\bor\b)\s*|.+?\?\s*(?:(?:["']?\d{3}["']?|[\p{L}_][\p{L}\p{N}_.:]*)\s*:\s*)?|(?:["']?\d{3}["']?|[\p{L}_][\p{L}\p{N}_.:]*)\s+if\s+.+?\s+else\s+|if\s*\(.+\)\s*(?:(?:\d{3}|[\p{L}_][\p{L}\p{N}_.:]*)\s+else\s+)?|if\s+.+?\s+then\s+(?:(?:\d{3}|[\p{L}_][\p{L}\p{N}_.]*)\s+else\s+)?)$/u;

function alternativeSlot(c: Candidate): SlotFound | undefined {
  const left = c.left;
  // The start of the current expression: an opener, a separator, an assignment, a status key, `return`.
  const at = scanBackward(left, (ch, i) => {
    if (ch === '(' || ch === '[' || ch === '{' || ch === ',' || ch === ';') return true;
    if (ch === '=' && !'=!<>:'.includes(left[i - 1] ?? '') && left[i + 1] !== '=' && left[i + 1] !== '>') return true;
    if (ch === '>' && left[i - 1] === '=') return true;
    if (ch === '=' && left[i - 1] === ':') return true;
    if (ch === ':' && /(?:^|[^\p{L}\p{N}_$])(?:status|code|statusCode|status_code|StatusCode)["']?\s*$/u.test(left.slice(0, i))) return true;
    return /\breturn\s$/.test(left.slice(Math.max(0, i - 7), i + 1));
  });
  if (at === undefined) return undefined;
  const cut = at + 1;
  const seg = left.slice(cut);
  if (!seg.trim() || !ALTERNATIVES.test(seg)) return undefined;
  const head = left.slice(0, cut) + (/^\s*/.exec(seg)?.[0] ?? '');
  return directSlot({ ...c, left: head, right: '', memo: {} });
}

/** The text before the value names an HTTP response: `resp.StatusCode`, `response.status`, `res.status(`. */
function namesHttp(c: Candidate): boolean {
  return /\b(?:res|resp|response|rsp|httpResponse|http_response|r)\s*(?:\.|->|\?\.)\s*(?:status|statusCode|StatusCode|status_code|getStatus|code)\b/.test(c.left.slice(-100));
}

/** Characters of context the code rules read; enough for any slot opener, bounded for minified lines. */
const RULE_CONTEXT = 140;

function bounded(c: Candidate): Candidate {
  if (c.left.length <= RULE_CONTEXT && c.right.length <= RULE_CONTEXT) return c;
  return { ...c, left: c.left.slice(-RULE_CONTEXT), right: c.right.slice(0, RULE_CONTEXT), memo: {} };
}

/**
 * The place a status goes, read as code: the first slot evidence that fires, directly or before a
 * conditional expression. Another protocol named nearby (SMTP, FTP, exit codes) overrules inferred slots.
 * Completion asks this with the text left of the cursor only.
 */
export function codeSlot(c: Candidate): SlotFound | undefined {
  c = bounded(c);
  const slot = directSlot(c) ?? alternativeSlot(c);
  if (!slot) return undefined;
  // A slot whose own expression names HTTP (`resp.StatusCode`) stands beside an os.Exit in the same file;
  // a bare one (`code == `, `status: `) gives way to another protocol named at hand.
  if (!SAYS_HTTP.has(slot.id) && (namesHttp(c) ? otherProtocolAtHand(c) : otherProtocolNearby(c))) return undefined;
  return slot;
}

/**
 * Where no slot rule fires, completion weighs the rest of the evidence read as code, as the hover would
 * weigh a common status typed there: the file's imports, the names around the cursor, the neighbours in a
 * list or row, quantity words and units. It asks for a margin over the hover's threshold, since nothing
 * has been typed yet.
 */
export function completionWeighs(c: Candidate): boolean {
  c = bounded(c);
  if (!mayHoldValue(c, 'weighed')) return false;
  let score = MODEL.bias + weightOf('common-status');
  for (const e of EVIDENCE) {
    if (e.direction === 'slot' || e.view === 'prose' || e.id === 'common-status' || e.id === 'unknown-value') continue;
    const f = e.test(c);
    if (f) score += weightOf(e.id) * (f.strength ?? 1);
  }
  return score >= COMPLETION_MARGIN;
}

/**
 * Whether completion may weigh a value at the cursor, away from other protocols. `weighed`: the evidence is
 * weighed without a value, so the value must follow something (an opener, a separator, an operator, a key,
 * a command word), and at the start of a line the line above must leave an expression open (the next row of
 * a list). `judged`: a stand-in status will be judged there as the hover judges a number, which reads case
 * arms and rows at the start of a line by itself; only another protocol named at hand stops it.
 */
export function mayHoldValue(c: Candidate, how: 'weighed' | 'judged'): boolean {
  c = bounded(c);
  if (how === 'judged') return !otherProtocolAtHand(c) && !mailProtocol.test(c);
  if (!c.left.trim()) {
    let above = '';
    for (let l = c.line - 1; l >= Math.max(0, c.line - 3) && !above.trim(); l--) above = contextLine(c.doc, l);
    if (!/[[({,:=>|]\s*(?:(?:\/\/|#).*)?$/.test(above)) return false;
  } else if (!/(?:[([{,=:>+|&!?]|[\p{L}\p{N}_$"'\])}])\s*$/u.test(c.left)) return false;
  return !otherProtocolNearby(c) && !mailProtocol.test(c);
}

/** How far over the hover's threshold the weighed evidence must reach for completion to offer codes. */
const COMPLETION_MARGIN = 0.5;

/** The learned weights (weights.json, written by `npm run train`): a status when bias + Σ weight × strength >= 0. */
interface Model {
  bias: number;
  weights: Record<string, number>;
}

const MODEL = weights as Model;

/** What the evidence says about one number. */
export interface Judgement {
  status: boolean;
  /** bias + the weighted strengths; a status at 0 and above (-Infinity when decisive evidence said no). */
  score: number;
  /** The strength of every piece of evidence that spoke, by id. */
  features: Record<string, number>;
  /** The first slot found in code, with its facts (a class check, an integer-only place). */
  slot?: SlotFound;
}

/** The views of a number's place that evidence reads: as code, as code inside a data string, as prose. */
function viewsOf(doc: TextSource, line: number, view: LineView, token: Token, value: number): { code?: Candidate; inner?: Candidate; prose?: Candidate } {
  const lang = doc.languageId;
  const region = regionAt(doc, line, view, token.start);
  let left = view.text.slice(0, token.start);
  let right = view.text.slice(token.end);
  const base: Candidate = { doc, lang, line, left, right, region: region.region, value, completion: false, memo: {} };
  const inCode = region.region === 'code';
  // A quoted value that is exactly the number ('404', "200") is a value in code.
  const quote = left.slice(-1);
  const quotedValue = (quote === '"' || quote === "'") && right[0] === quote && region.region === 'string';
  const views: { code?: Candidate; inner?: Candidate; prose?: Candidate } = {};
  if (inCode || quotedValue || lang === 'markdown') {
    if (quotedValue) {
      left = left.slice(0, -1);
      right = right.slice(1);
    }
    views.code = bounded({ ...base, left, right, region: 'code', memo: {} });
  }
  // Code inside the strings of data files: Postman test scripts, smoke-test configs.
  if (region.region === 'string' && !quotedValue && /^(?:json|jsonc|yaml|toml)$/.test(lang) && region.stringStart !== undefined) {
    const inner = base.left.slice(region.stringStart);
    if ((inner.match(/'/g) ?? []).length % 2 === 0) views.inner = bounded({ ...base, left: inner, region: 'code', memo: {} });
  }
  if (!inCode || lang === 'yaml' || lang === 'http') views.prose = base;
  return views;
}

/**
 * Another protocol imported by the file owns a number whose governing names do not say HTTP status
 * (nodemailer's `err.responseCode === 550`), while `resp.status_code` stays HTTP in the same file.
 */
function mailOwned(c: Candidate, features: Record<string, number>): boolean {
  if (features['mail-in-file'] === undefined || c.value === undefined || !SMTP_REPLIES.has(c.value)) return false;
  // The mail code of a file that also reads HTTP stands somewhere: far from it, the file's HTTP side speaks.
  if (!anyLineWith(c.doc, c.line - MAIL_REACH, c.line + MAIL_REACH, -1, LINE.mail)) return false;
  const names = governingNames(c);
  return names.length > 0 && !names.some((name) => name.includes('status') || name.includes('http'));
}

/** How many lines from the mail code of a file another protocol may own a number. */
const MAIL_REACH = 20;

/** SMTP reply codes (RFC 5321 section 4.2.3 and the authentication extension, RFC 4954). */
const SMTP_REPLIES = new Set([211, 214, 220, 221, 250, 251, 252, 334, 354, 421, 432, 450, 451, 452, 454, 455, 500, 501, 502, 503, 504, 521, 530, 534, 535, 550, 551, 552, 553, 554, 555]);

const weightOf = (id: string): number => MODEL.weights[id] ?? 0;

/** Unknown values, header values and the nearness of other protocols first (cheap, and they can veto), then the slots, then the rest. */
const ORDER: readonly Evidence[] = (() => {
  const first = ['unknown-value', 'header-value', 'common-status', 'mail-in-file'];
  const byId = new Map(EVIDENCE.map((e) => [e.id, e]));
  const head = first.map((id) => byId.get(id)!);
  const slots = EVIDENCE.filter((e) => e.direction === 'slot');
  // The class a range covers is part of the answer: hear it before any early decision.
  const rest = EVIDENCE.filter((e) => e.direction !== 'slot' && !first.includes(e.id) && e.id !== 'mail-protocol')
    .sort((a, b) => Number(b.id === 'range-bounds') - Number(a.id === 'range-bounds'));
  return [...head, ...slots, ...rest];
})();
/** Where the slots end in ORDER, and where range-bounds stands (the earliest place to stop). */
const HEAD_END = 3;
const SLOTS_END = ORDER.findIndex((e, i) => i > HEAD_END && e.direction !== 'slot');
const RANGE_AT = ORDER.findIndex((e) => e.id === 'range-bounds');
const MAX_SLOT = Math.max(0, ...EVIDENCE.filter((e) => e.direction === 'slot').map((e) => weightOf(e.id)));
/** The weight of each piece of evidence in ORDER, and what all of them together could add or take away. */
const ORDER_WEIGHTS = ORDER.map((e) => weightOf(e.id));
const UP_ALL = ORDER_WEIGHTS.reduce((sum, w) => (w > 0 ? sum + w : sum), 0) + (MAX_SLOT + Math.max(0, weightOf('class-bound')));
const DOWN_ALL = ORDER_WEIGHTS.reduce((sum, w) => (w < 0 ? sum + w : sum), 0);

/** Whether a slot that says HTTP by itself (a status call, a status line, ...) fires on any view. */
function httpSlotFires(views: ReturnType<typeof viewsOf>): boolean {
  const asCode = [views.code, views.inner].filter((v): v is Candidate => !!v);
  return EVIDENCE.some((e) => {
    if (!SAYS_HTTP.has(e.id)) return false;
    const seen = e.view === 'prose' ? [] : [...asCode];
    if (e.view !== 'code' && views.prose) seen.push(views.prose);
    return seen.some((c) => !!e.test(c));
  });
}

/**
 * Weighs the evidence about the number `token` (worth `value`) at `line`. With `full` unset (the hover),
 * it stops as soon as the evidence not yet heard could no longer change the answer; `explainNumber` and
 * the training script ask with `full` to hear every piece.
 */
export function judgeNumber(doc: TextSource, line: number, view: LineView, token: Token, value: number, full = false): Judgement {
  const views = viewsOf(doc, line, view, token, value);
  const features: Record<string, number> = {};
  let slot: SlotFound | undefined;
  const speak = (e: Evidence, c: Candidate | undefined): Finding | undefined => {
    if (!c) return undefined;
    const f = e.test(c);
    if (f) features[e.id] = Math.max(features[e.id] ?? 0, f.strength ?? 1);
    return f;
  };
  const main = views.code ?? views.inner ?? views.prose!;
  // What the evidence not heard yet could still add or take away.
  let up = UP_ALL;
  let down = DOWN_ALL;
  let score = MODEL.bias;
  const mailAtHand = !!mailProtocol.test(main);
  const classless = value % 100 !== 0 && value % 100 !== 99;
  let saysHttp = false;
  let saysHttpChecked = false;
  let slotsDone = false;
  const veto = (): boolean =>
    !saysHttp && (mailAtHand || mailOwned(main, features) || features['unknown-value'] !== undefined || features['header-value'] !== undefined);
  for (let i = 0; i < ORDER.length; i++) {
    const e = ORDER[i];
    if (!slotsDone && i === SLOTS_END) {
      slotsDone = true;
      if (!slot) {
        const alt = (views.code && alternativeSlot(views.code)) ?? (views.inner && alternativeSlot(views.inner));
        if (alt) {
          slot = alt;
          features[alt.id] = 1;
          score += weightOf(alt.id);
          saysHttp ||= SAYS_HTTP.has(alt.id);
        }
      }
      up -= MAX_SLOT;
    }
    const w = ORDER_WEIGHTS[i];
    if (w > 0) up -= w;
    else down -= w;
    let f: Finding | undefined;
    if (e.view === 'code' || e.view === 'any') f = speak(e, views.code) ?? speak(e, views.inner);
    if (!f && (e.view === 'prose' || e.view === 'any')) f = speak(e, e.view === 'any' && !views.prose ? main : views.prose);
    if (f) {
      score += w * (f.strength ?? 1);
      if (e.direction === 'slot') {
        slot ??= { id: e.id, ...f };
        saysHttp ||= SAYS_HTTP.has(e.id);
      }
    }
    // Stop once the rest cannot change the answer; for x00 and x99, not before the class of a range is known.
    if (!full && i >= (classless ? HEAD_END : RANGE_AT)) {
      // Before the slots are heard, a veto stands only if no slot that says HTTP itself fires.
      if (veto() && !slotsDone && !saysHttpChecked) {
        saysHttpChecked = true;
        saysHttp ||= httpSlotFires(views);
      }
      if (veto() || score + up < -EPSILON) return { status: false, score, features, slot };
      if (score + down >= -EPSILON) return { status: true, score, features, slot };
    }
  }
  if (slot?.classCheck || features['range-bounds']) {
    features['class-bound'] = 1;
    score += weightOf('class-bound');
  }
  if (mailAtHand) features['mail-protocol'] = 1;
  // Decisive evidence, unless a slot says HTTP itself: another protocol named at hand, another protocol's
  // reply in a file that imports it, a number that no registry or vendor uses as a status, and the value of
  // a header that holds seconds, bytes or counts (Retry-After, Content-Length).
  const vetoed = veto();
  return { status: !vetoed && score >= -EPSILON, score: vetoed ? -Infinity : score, features, slot };
}

/** Sums of weights in another order differ in the last bits: a score this close to the threshold is on it. */
const EPSILON = 1e-9;
