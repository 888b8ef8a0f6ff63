/**
 * An entry of a map from something to HTTP statuses: `[GrpcStatus.NOT_FOUND]: 404,` under
 * `GRPC_TO_HTTP = {`, `NotFound: 404,` under `var httpStatusByError = map[...]int{`.
 */
import { contextLine } from '../scan';
import type { Candidate, Evidence, Examples, Finding } from './types';
import { NON_HTTP_RECEIVER, NOT_STATUS_NAME, OTHER_PROTOCOL } from './vocabulary';
import { wordsOf } from './names';
import { QUANTITY_WORDS } from './names-evidence';

function mapEntryAt(c: Candidate): Finding | undefined {
  const entry = /^\s*(?:\[[^\]]{1,80}\]|["']?([\p{L}_$][\p{L}\p{N}_$.-]*)["']?)\s*(?::|=>)\s*["']?$/u.exec(c.left);
  if (!entry) return undefined;
  // A field of a struct that happens to sit in an HTTP test (`StationId: 301`) is not a map entry.
  if (entry[1] && wordsOf(entry[1]).some((w) => QUANTITY_WORDS.has(w))) return undefined;
  if (c.right.trim() && !/^["']?\s*,?\s*(?:\/\/.*|#.*)?$/.test(c.right)) return undefined;
  for (let l = c.line - 1, seen = 0; l >= 0 && seen < 40; l--, seen++) {
    const t = contextLine(c.doc, l);
    if (!t.trim() || /^\s*(?:\/\/|#|\*)/.test(t)) continue;
    if (/^\s*(?:\[[^\]]{1,80}\]|["']?[\p{L}_$][\p{L}\p{N}_$.-]*["']?)\s*(?::|=>)\s*["']?\d{3}["']?\s*,?\s*(?:\/\/.*|#.*)?$/u.test(t)) continue;
    if (/[{(\[]\s*$/.test(t)) {
      const head = t.replace(/[{(\[]\s*$/, '');
      // The map's name says HTTP statuses: GRPC_TO_HTTP, httpStatusByKind, expectations, STATUS_CODES; a domain's
      // statuses (jobStatusCodes) and words that only contain one (decodes) do not.
      const words = wordsOf(head);
      const says = words.some((w) => /^(?:https?|status(?:es)?|expect\w*|codes?)$/.test(w));
      const domain = !words.includes('http') && words.some((w) => NON_HTTP_RECEIVER.test(w));
      return says && !domain && !NOT_STATUS_NAME.test(head) && !OTHER_PROTOCOL.test(head) && !/smtp|ftp|imap|ldap|exit/i.test(head) ? {} : undefined;
    }
    return undefined;
  }
  return undefined;
}

export const statusMap: Evidence = {
  id: 'status-map',
  direction: 'slot',
  view: 'code',
  summary: 'a value of a map whose name says it holds HTTP statuses',
  test: mapEntryAt,
};

/** Tokens each rule must fire on and, as many, look-alikes it must stay silent on (test/unit/evidence.test.ts). */
export const examples: Examples = {
  'status-map': {
    fires: [
      { lang: 'typescript', text: 'const GRPC_TO_HTTP = {\n  [Code.NotFound]: ⟦404⟧,\n};' },
      { lang: 'python', text: 'HTTP_STATUS_BY_ERROR = {\n    "missing": 404,\n    "conflict": ⟦409⟧,\n}' },
      { lang: 'ruby', text: 'STATUS_FOR = {\n  not_found: ⟦404⟧,\n}' },
      { lang: 'go', text: 'var httpStatusByKind = map[string]int{\n\t"auth": ⟦401⟧,\n}' },
      // Comments, blank lines and other entries between the entry and the map's name; a comment after it.
      { lang: 'typescript', text: 'const HTTP_STATUS_BY_CODE = {\n  // client errors\n\n  INVALID:   400,\n  MISSING:   ⟦404⟧, // the usual one\n};' },
      { lang: 'php', text: "const STATUS_MAP = [\n    'missing' => 404,\n    'gone' => ⟦410⟧,\n];" },
      { lang: 'python', text: 'HTTP_CODES = {\n    "missing":  ⟦404⟧  ,\n}' },
      { lang: 'javascript', text: "const expectations = {\n  'bad-request': 400,\n  'not-found': ⟦404⟧,\n};" },
    ],
    silent: [
      { lang: 'typescript', text: 'const TIMEOUTS = {\n  search: ⟦500⟧,\n};' },
      { lang: 'python', text: 'BREAKPOINTS = {\n    "sm": ⟦480⟧,\n}' },
      { lang: 'ruby', text: 'STATUS_TIMEOUTS = {\n  slow: ⟦300⟧,\n}' },
      { lang: 'go', text: 'var smtpStatus = map[string]int{\n\t"busy": ⟦421⟧,\n}' },
      { lang: 'typescript', text: 'const HTTP_STATUS_BY_CODE = {\n  retryDelayMs: ⟦500⟧,\n};' },
      { lang: 'typescript', text: 'const HTTP_STATUS_BY_CODE = {\n  MISSING: ⟦404⟧ + offset,\n};' },
      { lang: 'typescript', text: 'const HTTP_STATUS_BY_CODE = computeAll();\nconst other = {\n  MISSING: ⟦404⟧,\n};' },
      { lang: 'python', text: 'limits = {\n    "missing": ⟦404⟧,\n}' },
    ],
  },
};
