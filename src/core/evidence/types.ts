/**
 * The shape shared by every piece of evidence: the question (a Candidate), the answer (a Finding) and the
 * rule itself (an Evidence, with the examples it must fire on and stay silent on).
 */
import type { TextSource } from '../types';
import type { Region } from '../scan';

/** One question: is the value at this place an HTTP response status (or, for completion, does one go here)? */
export interface Candidate {
  doc: TextSource;
  lang: string;
  line: number;
  /** Text before the value on its line, within the bounded window; for completion, before the cursor. */
  left: string;
  /** Text after the value on its line (empty for completion). */
  right: string;
  /** Where the value stands. Code-reading evidence sees quoted values and Markdown cells as 'code'. */
  region: Region;
  /** The value, when it is a number (undefined for completion). */
  value?: number;
  completion: boolean;
  /** Facts computed once per candidate and shared between evidence (context.ts). */
  memo: Memo;
}

export interface Memo {
  httpNearby?: boolean;
  otherProtocol?: boolean;
  [fact: string]: unknown;
}

/** What a piece of evidence found. */
export interface Finding {
  /** How strongly it speaks, 0..1; 1 when absent. */
  strength?: number;
  /** The place takes an integer, not a constant: StatusCode::from_u16(, HttpStatusCode.fromValue(. */
  numeric?: boolean;
  /** An ordering comparison or range bound: the check covers a whole class (`>= 500`, `200..299`). */
  classCheck?: boolean;
}

/**
 * 'slot': a place where a status goes (a status call, key, comparison, ...): strong evidence for, and
 *         the places completion offers codes at;
 * 'for' / 'against': softer evidence that moves the decision either way.
 */
export type Direction = 'slot' | 'for' | 'against';

/** Which view of the candidate the evidence reads: code (quoted values and table cells included) or prose. */
export type View = 'code' | 'prose' | 'any';

/** A snippet with the candidate marked: `res.status(⟦404⟧)`. The first marked token is the one asked about. */
export interface Example {
  lang: string;
  text: string;
  /** For a firing example: the strength the evidence must report (1 when it gives none). */
  strength?: number;
}

export interface Evidence {
  /** Kebab-case, the file's name: `status-call` lives in status-call.ts. */
  id: string;
  direction: Direction;
  view: View;
  /** One line for readers of the README and of `explain`. */
  summary: string;
  test(c: Candidate): Finding | undefined;
}

/**
 * Per rule id, the marked tokens it must fire on and as many it must stay silent on. Each rule file
 * exports its own `examples`; they are read by the unit tests and left out of the bundles.
 */
export type Examples = Record<string, { fires: readonly Example[]; silent: readonly Example[] }>;
