import type { CompletionSuggestion, Place, TextSource } from './types';

/** Completion arrives with the completion issue. */
export function completeStatus(_doc: TextSource, _position: Place): CompletionSuggestion[] | undefined {
  return undefined;
}
