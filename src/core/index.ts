/**
 * The headless core of HTTP Status Lens (CONTRACT.md): pure functions, no `vscode`, no Node built-ins.
 * `dist/core.js` is built from this file and is exactly what the editor features call.
 */
import { defaultCatalogue } from './catalogue';
import type { CompletionSuggestion, Entry, Locale, Place, StatusHit, TextSource } from './types';
import { detectStatus } from './detect';
import { completeStatus, type CompletionOptions } from './complete';
import { findProblems, type Problem, type ProblemContext } from './problems';
export type { Problem, ProblemContext, Fix, Edit } from './problems';
export type { CompletionOptions, InsertMode } from './complete';

export type { Entry, Locale, Place, StatusHit, TextSource, CompletionSuggestion } from './types';

/** The status a token under `position` denotes, when that token is an HTTP response status. */
export function statusAt(doc: TextSource, position: Place): StatusHit | undefined {
  try {
    const hit = detectStatus(doc, position);
    // The contract's shape, exactly: what the editor features read besides (the constant, how it was found) stays inside.
    return hit && { code: hit.code, line: hit.line, start: hit.start, end: hit.end };
  } catch {
    return undefined;
  }
}

/** What completion offers at `position`, or undefined where no status goes. */
export function completionsAt(
  doc: TextSource,
  position: Place,
  options?: CompletionOptions,
): CompletionSuggestion[] | undefined {
  try {
    return completeStatus(doc, position, options);
  } catch {
    return undefined;
  }
}

/** All catalogue entries for a code, registered meaning first; [] when unknown. */
export function lookup(code: number): Entry[] {
  try {
    return typeof code === 'number' ? defaultCatalogue().lookup(code) : [];
  } catch {
    return [];
  }
}

/** Catalogue entries answering a free-text query (code, phrase, former name, keyword; en or zh-cn), best first. */
export function search(query: string, locale?: Locale): Entry[] {
  try {
    return defaultCatalogue().search(query, locale);
  } catch {
    return [];
  }
}

/**
 * Spec problems in lines from..to (0-based, inclusive), each with the edits that solve it: a literal the
 * file could write as its constant, a former constant name, a missing required header, content sent with
 * a status that allows none. [] on any input it cannot read.
 */
export function problemsIn(doc: TextSource, from: number, to: number, context?: ProblemContext): Problem[] {
  try {
    // The shape of CONTRACT.md: edits carry no internal placeholder.
    return findProblems(doc, from, to, context ?? {}).map((p) => ({
      ...p,
      fixes: p.fixes.map((f) => ({ title: f.title, edits: f.edits.map(({ line, start, end, newText }) => ({ line, start, end, newText })) })),
    }));
  } catch {
    return [];
  }
}
