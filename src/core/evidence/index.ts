/**
 * Is the number at a place an HTTP status, and does a status go at the cursor? Each kind of evidence
 * lives in a file of its own in this folder, with the examples it must fire on and stay silent on; this
 * file lists them and combines what they find. To add a rule: write `<id>.ts` exporting an `Evidence`,
 * list it in EVIDENCE below; test/unit/evidence.test.ts runs its examples, `npm run corpus` measures the whole.
 */
import { scanBackward } from '../scan';
import type { Candidate, Evidence, Finding } from './types';
import { otherProtocolNearby } from './context';
import { statusLine } from './status-line';
import { statusCall } from './status-call';
import { statusKey } from './status-key';
import { comparison } from './comparison';
import { assertion } from './assertion';
import { command } from './command';
import { serverConfig } from './server-config';
import { responsesKey } from './responses-key';
import { caseArm } from './case-arm';
import { tuple } from './tuple';
import { statusList } from './status-list';
import { tableRow } from './table-row';
import { statusMap } from './status-map';
import { markdownTable } from './markdown-table';
import { reasonPhrase } from './reason-phrase';
import { prose } from './prose';

export type { Candidate, Evidence, Finding } from './types';

/** Every piece of evidence, strongest and cheapest first. */
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
  tuple,
  statusList,
  tableRow,
  statusMap,
  markdownTable,
  reasonPhrase,
  prose,
];

/** Slots that say HTTP by themselves: another protocol named nearby does not overrule them. */
const SAYS_HTTP = new Set(['status-line', 'status-call', 'responses-key', 'server-config']);

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
  /^\s*(?:.+?\s*(?:\?\?|\|\||\bor\b)\s*|.+?\?\s*(?:(?:["']?\d{3}["']?|[\p{L}_][\p{L}\p{N}_.:]*)\s*:\s*)?|(?:["']?\d{3}["']?|[\p{L}_][\p{L}\p{N}_.:]*)\s+if\s+.+?\s+else\s+|if\s*\(.+\)\s*(?:(?:\d{3}|[\p{L}_][\p{L}\p{N}_.:]*)\s+else\s+)?|if\s+.+?\s+then\s+(?:(?:\d{3}|[\p{L}_][\p{L}\p{N}_.]*)\s+else\s+)?)$/u;

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
  if (head === left) return undefined;
  return directSlot({ ...c, left: head, right: '', memo: {} });
}

/** Characters of context the code rules read; enough for any slot opener, bounded for minified lines. */
const RULE_CONTEXT = 140;

/**
 * The place a status goes, read as code: the first slot evidence that fires, directly or before a
 * conditional expression. Another protocol named nearby (SMTP, FTP, exit codes) overrules inferred slots.
 */
export function codeSlot(c: Candidate): SlotFound | undefined {
  if (c.left.length > RULE_CONTEXT) c = { ...c, left: c.left.slice(-RULE_CONTEXT), memo: {} };
  if (c.right.length > RULE_CONTEXT) c = { ...c, right: c.right.slice(0, RULE_CONTEXT), memo: {} };
  const slot = directSlot(c) ?? alternativeSlot(c);
  if (!slot) return undefined;
  if (!SAYS_HTTP.has(slot.id) && otherProtocolNearby(c)) return undefined;
  return slot;
}

/** The prose evidence that fires on a candidate read as prose, or undefined. */
export function proseSlot(c: Candidate): SlotFound | undefined {
  for (const e of EVIDENCE) {
    if (e.direction !== 'slot' || e.view === 'code') continue;
    const f = e.test(c);
    if (f) return { id: e.id, ...f };
  }
  return undefined;
}
