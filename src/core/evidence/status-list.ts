/**
 * A list, set or tuple of statuses named like one: `RETRYABLE = new Set([408, 429, 503])`,
 * `status_forcelist=[500, 502, 504]`, `retryOn: [429, 503]`.
 */
import { enclosingCall } from '../scan';
import type { Candidate, Evidence, Examples, Finding } from './types';
import { NOT_STATUS_NAME, STATUSY_NAME } from './vocabulary';

const COLLECTION_CALL = /^(?:Set|List|of|setOf|listOf|arrayOf|mutableSetOf|hashSetOf|frozenset|set|tuple|Array|asList|Tuple)$/;

function listAt(c: Candidate): Finding | undefined {
  const m = /([\[({])\s*((?:["']?\d{3}["']?\s*,\s*)*)["']?$/.exec(c.left);
  if (!m) return undefined;
  const before = c.left.slice(0, m.index);
  let count = (m[2].match(/\d{3}/g) ?? []).length + 1;
  if (c.right.trim() || !c.completion) {
    const r = /^["']?\s*((?:,\s*["']?\d{3}["']?\s*)*),?\s*[\])}]/.exec(c.right);
    if (!r) return undefined;
    count += (r[1].match(/\d{3}/g) ?? []).length;
  }
  // Completion needs a code already in the list: `[429, ` yes, `[` no.
  if (count < 2) return undefined;
  // The list's own name: the text just before the opener, back to the statement start.
  const name = before.slice(-80).split(/[;{}\n]/).pop() ?? '';
  if (!STATUSY_NAME.test(name) || NOT_STATUS_NAME.test(name)) return undefined;
  const call = m[1] === '(' ? enclosingCall(c.left) : undefined;
  if (call && !STATUSY_NAME.test(call.callee) && !COLLECTION_CALL.test(call.name)) return undefined;
  return {};
}

export const statusList: Evidence = {
  id: 'status-list',
  direction: 'slot',
  view: 'code',
  summary: 'a member of a list or set of statuses named like one',
  test: listAt,
};

/** Tokens each rule must fire on and, as many, look-alikes it must stay silent on (test/unit/evidence.test.ts). */
export const examples: Examples = {
  'status-list': {
    fires: [
      { lang: 'javascript', text: 'const RETRYABLE = new Set([408, ⟦429⟧, 503]);' },
      { lang: 'python', text: 'retry = Retry(total=3, status_forcelist=[⟦500⟧, 502, 504])' },
      { lang: 'typescript', text: 'const retryOn = [⟦429⟧, 503];' },
      { lang: 'kotlin', text: 'val okCodes = setOf(⟦200⟧, 201, 204)' },
      { lang: 'json', text: '{ "retryOn": ["502", "⟦503⟧", "504"] }' },
      { lang: 'javascript', text: 'const RETRYABLE = [408,⟦429⟧,503];' },
      { lang: 'python', text: 'RETRY_STATUSES = frozenset((⟦500⟧, 502, 503))' },
      { lang: 'java', text: 'static final List<Integer> RETRYABLE_STATUSES = List.of(⟦502⟧, 503, 504);' },
      { lang: 'typescript', text: 'client.retryOnStatuses(⟦429⟧, 503);' },
      { lang: 'javascript', text: 'let tries = 0; const okStatuses = [⟦200⟧, 204];' },
      { lang: 'json', text: '{ "expectedStatuses": [ "⟦200⟧" , "201" ] }' },
      { lang: 'kotlin', text: 'val retryOn = mutableSetOf(⟦408⟧, 429)' },
    ],
    silent: [
      { lang: 'javascript', text: 'const sizes = [⟦256⟧, 512, 1024];' },
      { lang: 'python', text: 'delays_ms = [⟦100⟧, 200, 400]' },
      { lang: 'typescript', text: 'const retryDelays = [⟦250⟧, 500];' },
      { lang: 'kotlin', text: 'val widths = listOf(⟦320⟧, 480)' },
      // One value is no list; a call that is not a collection is no list; a list that goes on below is read elsewhere.
      { lang: 'python', text: 'RETRY_STATUSES = [⟦503⟧]' },
      { lang: 'python', text: 'retry_statuses = backoff(⟦500⟧, 502)' },
      { lang: 'python', text: 'RETRY_STATUSES = [⟦500⟧,' },
      { lang: 'java', text: 'static final List<Integer> TILE_SIZES = List.of(⟦502⟧, 503, 504);' },
      { lang: 'typescript', text: 'const statuses = compute(⟦429⟧, 503);' },
      { lang: 'javascript', text: 'let statusCount = 0; const sizes = [⟦200⟧, 204];' },
      { lang: 'json', text: '{ "expectedSizes": [ "⟦200⟧" , "201" ] }' },
      { lang: 'python', text: 'RETRY_STATUSES = [⟦500⟧, 502 + 1]' },
    ],
  },
};
