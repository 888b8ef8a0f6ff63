/**
 * A common status named in a sentence that talks of requests, responses, errors, retries or deploys,
 * when the prose rule's grammar does not decide it: "treat as our own 404", "with 429 and a Retry-After
 * header", "links that answer 404 or 500". Units after it and quantities before it keep it silent.
 */
import type { Candidate, Evidence, Examples, Finding } from './types';
import { COMMON_STATUSES, ID_NOUN_BEFORE, STATUSY_LINE } from './vocabulary';
import { activeCatalogue } from '../catalogue';
import { QUANTITY_WORDS } from './names-evidence';
import { wordsOf } from './names';
import { UNIT_AFTER } from './prose';

const QUANTITY_BEFORE = /(?:[?&][\w.-]+=|\b(?:up\s+to|at\s+most|at\s+least|over|under|about|around|approximately|roughly|max(?:imum)?|min(?:imum)?|every|each|first|last|top|only|nearly|almost|exactly|(?:more|less|fewer|greater|larger|higher|lower|bigger|smaller|longer|shorter)\s+than|(?:capped|limited|set|clamped|raised|lowered|bumped)\s+(?:at|to)|to|page|line|row|column|port|version|step|item|index|id|number|no\.|build|issue|pr|ticket|room|bus|route|flight|#|\$|€|£))\s*$/i;

function statusyProse(c: Candidate): boolean {
  if (c.value === undefined || c.region === 'code' || c.value < 200 || c.value === 300 || !activeCatalogue().meanings(c.value).length) return false;
  if (UNIT_AFTER.test(c.right) || QUANTITY_BEFORE.test(c.left) || ID_NOUN_BEFORE.test(c.left)) return false;
  // key=value inside a string: the key decides (max=200, limit=500, "topUpMinimumCents": 500).
  const key = /([A-Za-z_][\w-]*)\\?["']?\s*[=:]\s*\\?["']?$/.exec(c.left);
  if (key && wordsOf(key[1]).some((w) => QUANTITY_WORDS.has(w))) return false;
  // Part of a number, a range or a fraction (1,204, 3/200, 200-250), but not the comment marker before it.
  const sentence = c.left.replace(/^\s*(?:\/\/+|#+|--+|\/\*+|\*+|;+|%+)\s*/, '');
  if (/^\s*(?:[-–.:/]\s*\d|,\d{3}\b|x\d)/.test(c.right) || /[\d.,:/-]\s*$/.test(sentence)) return false;
  return STATUSY_LINE.test(c.left.slice(-100)) || STATUSY_LINE.test(c.right.slice(0, 100));
}

export const proseContext: Evidence = {
  id: 'prose-context',
  direction: 'for',
  view: 'prose',
  summary: 'a common status named in a sentence about requests, responses, errors or retries',
  test: (c): Finding | undefined => (statusyProse(c) ? { strength: COMMON_STATUSES.has(c.value!) ? 1 : 0.5 } : undefined),
};

/** Tokens each rule must fire on and, as many, look-alikes it must stay silent on (test/unit/evidence.test.ts). */
export const examples: Examples = {
  'prose-context': {
    fires: [
      { lang: 'typescript', text: '// the upstream forgets cells; treat as our own ⟦404⟧' },
      { lang: 'toml', text: '# fail the deploy if any internal link answers ⟦404⟧ or 500' },
      { lang: 'javascript', text: "it('throttles bursts with ⟦429⟧ and a Retry-After header', () => {" },
      { lang: 'markdown', text: 'Anything in the 5xx range other than ⟦503⟧ is a bug on our side.' },
      { lang: 'python', text: '# a request that gets ⟦409⟧ back is not retried' },
      { lang: 'go', text: '// ⟦502⟧ responses from the load balancer mean the pods restart' },
      { lang: 'javascript', text: '// the gateway answers ⟦451⟧ when the request is blocked', strength: 0.5 },
      { lang: 'ruby', text: '# retry the request once on ⟦504⟧ and give up after that' },
      { lang: 'java', text: '// a response of ⟦410⟧ means the export expired' },
      { lang: 'yaml', text: '# the probe request fails on ⟦500⟧ and on timeouts' },
    ],
    silent: [
      { lang: 'typescript', text: '// the grid has ⟦400⟧ cells per request' },
      { lang: 'toml', text: '# retry up to ⟦200⟧ times' },
      { lang: 'javascript', text: "it('pages through ⟦500⟧ results from the api', () => {" },
      { lang: 'markdown', text: 'The API server runs on build ⟦404⟧ since Monday.' },
      { lang: 'python', text: '# the request sends ⟦101⟧ headers at most' },
      { lang: 'go', text: '// the response lists ⟦300⟧ choices' },
      { lang: 'javascript', text: '// requests time out after ⟦500⟧ ms' },
      { lang: 'ruby', text: '# the request for order ⟦404⟧ failed twice' },
      { lang: 'java', text: '// a request may carry ⟦200⟧-250 items' },
      { lang: 'yaml', text: '# the response was 1,⟦204⟧ bytes long' },
    ],
  },
};
