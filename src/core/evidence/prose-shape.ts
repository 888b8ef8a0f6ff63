/**
 * A number that stands alone as a noun in prose, the way people cite a status: "still be a 404 in five
 * minutes", "which they want as 409", "already stored (409), skipping", "// 429", "499 = client closed",
 * "stop on 401/403". Quantities are written otherwise: with a unit after them ("500 ms"), a measure word
 * before them ("up to 300"), as ids ("room 305"), or in arithmetic and ranges. Weak on its own; it adds to
 * what the value and the file say.
 */
import type { Candidate, Evidence, Examples, Finding } from './types';
import { ID_NOUN_BEFORE } from './vocabulary';
import { UNIT_AFTER } from './prose';

/** Before the number: an article, a preposition or verb that takes a noun, an opening parenthesis. */
const NOUN_BEFORE =
  /(?:\b(?:an?|the|as|on|to|into|hence|said|says|say|replying|reply|count|counts|treat|treats|stop|stops|plain|any|is|was|be|not|than|got|get|gets|gives?|see|sees|saw|hit|hits|throw|throws|with|also|still|answer|answers|keep|keeps|map|maps|like|mean|means|report|reports|log|logs|want|wants|expect|expects|return|returns|send|sends|use|uses)\s+|\(\s*)$/i;
/** Nothing before the number but a comment mark: `// 429`, `-- 499 = client closed`. */
const COMMENT_START = /^\s*(?:\/\/+|#+|--|;+|%+|\*|\/\*+|<!--)?\s*$/;
/** After it: the end of the clause or comment, a closing parenthesis, another code, a definition mark, a plural s. */
const CLAUSE_END_AFTER = /^(?:\s*(?:$|[.,;:!?)\]]|<\/|\*\/|-->|=\s|—|–|-\s|\/\s*[1-5]\d\d\b|\bor\s+[1-5]\d\d\b|\band\s+[1-5]\d\d\b)|s\b|\s+(?:in|for|until|while|on|when|then|but|so|if|after|before|because)\b)/i;
const QUANTITY_BEFORE =
  /\b(?:up\s+to|at\s+most|at\s+least|over|under|about|around|approximately|roughly|between|max(?:imum)?|min(?:imum)?|every|each|first|last|top|only|nearly|almost|exactly|(?:more|less|fewer|greater|larger|higher|lower|bigger|smaller|longer|shorter)\s+than|set\s+to|capped\s+at|limited\s+to|total\s+of|[$€£#])\s*$/i;

function standsAlone(c: Candidate): boolean {
  if (c.value === undefined || c.completion || c.region === 'code') return false;
  if (UNIT_AFTER.test(c.right) || QUANTITY_BEFORE.test(c.left) || ID_NOUN_BEFORE.test(c.left)) return false;
  // Decimals, times, versions, ranges, arithmetic: 1.500, 12:300, v2.404, 100-499, 250 * 2.
  const commentStart = COMMENT_START.test(c.left);
  if ((!commentStart && /[\d.:,/*+^-]\s*$/.test(c.left)) || /^(?:[.,:]\d|\s*[-–*+x]\s*\d|\s*%)/.test(c.right)) return false;
  if (commentStart) return CLAUSE_END_AFTER.test(c.right);
  return NOUN_BEFORE.test(c.left.slice(-40)) && CLAUSE_END_AFTER.test(c.right);
}

export const proseShape: Evidence = {
  id: 'prose-shape',
  direction: 'for',
  view: 'prose',
  summary: 'a number that stands alone as a noun in prose ("still a 404", "(409)", "// 429")',
  test: (c): Finding | undefined => (standsAlone(c) ? {} : undefined),
};

/** Tokens each rule must fire on and, as many, look-alikes it must stay silent on (test/unit/evidence.test.ts). */
export const examples: Examples = {
  'prose-shape': {
    fires: [
      { lang: 'markdown', text: 'An accession number withdrawn today will still be a ⟦404⟧ in five minutes.' },
      { lang: 'go', text: "// minus AlreadyExists, which they want as ⟦409⟧" },
      { lang: 'dart', text: "_log.info('readings already stored (⟦409⟧), skipping');" },
      { lang: 'haskell', text: '-- ⟦429⟧' },
      { lang: 'go', text: '// ⟦499⟧ = client closed the connection' },
    ],
    silent: [
      { lang: 'markdown', text: 'Each page holds up to ⟦200⟧ rows.' },
      { lang: 'go', text: '// the batch is capped at ⟦500⟧' },
      { lang: 'dart', text: "_log.info('stored 12 of ⟦250⟧ readings');" },
      { lang: 'haskell', text: '-- ⟦100⟧ - 499 are bus fleet numbers' },
      { lang: 'go', text: '// gallery ⟦305⟧ is closed' },
    ],
  },
};
