/** The two locales the catalogue is written in. */
export type Locale = 'en' | 'zh-cn';

export type Bilingual = Record<Locale, string>;

export type EntryKind = 'registered' | 'temporary' | 'unused' | 'obsoleted' | 'unofficial';

export type RequirementLevel = 'MUST' | 'MUST NOT' | 'SHOULD' | 'SHOULD NOT' | 'MAY' | 'informative';

/** A response header field that a specification ties to a status code. */
export interface HeaderRequirement {
  name: string;
  level: RequirementLevel;
  /** The document the requirement stands in; RFC 9110 when absent. */
  document?: string;
  section: string;
  note: Bilingual;
}

/** One meaning of one status code: an element of `codes` in data/status-codes.json (see CONTRACT.md). */
export interface Entry {
  code: number;
  phrase: string;
  formerPhrases: string[];
  kind: EntryKind;
  vendors: string[];
  spec?: { document: string; section?: string; url: string };
  /** False on unofficial meanings no public source confirms (the card says "attributed, unverified"). */
  verified?: false;
  /** For unofficial meanings: the best public source for the vendor's use. */
  reference?: { title: string; url: string };
  mdn?: string;
  localPhrase?: Partial<Bilingual>;
  summary: Bilingual;
  details: Bilingual;
  headers: HeaderRequirement[];
  keywords: Record<Locale, string[]>;
  /** Set on entries that come from the user's `statusLens.customCodes`, never in the catalogue file. */
  custom?: boolean;
  /** Where a custom entry was written: the user's own settings or the workspace's (a cloned repository's). */
  customSource?: CustomSource;
  /** Structured facts (CONTRACT.md, new in 0.2): whether a cache may store it, what a client does next. */
  cache?: CachePolicy;
  retry?: RetryAdvice;
  redirect?: Redirect | null;
}

export type CustomSource = 'user' | 'workspace';

/** Whether a cache may store the response: by default, only with explicit freshness, or never. */
export type CachePolicy = 'heuristic' | 'explicit' | 'never';
/** What a client should do with the same request. */
export type RetryAdvice = 'as-is' | 'after' | 'idempotent' | 'never' | 'none';
/** A 3xx that sends the client elsewhere: for good or for now, and what becomes of the method. */
export interface Redirect {
  permanent: boolean;
  method: 'kept' | 'may-change' | 'get';
}

export interface Catalogue {
  registry: { name: string; updated: string };
  codes: Entry[];
}

/** Anything shaped like a vscode.TextDocument fits. */
export interface TextSource {
  languageId: string;
  lineCount: number;
  lineAt(line: number): { text: string };
  /** Optional: lets callers cache file-level facts per document version. */
  version?: number;
  uri?: { toString(): string };
}

export interface Place {
  line: number;
  character: number;
}

export interface StatusHit {
  code: number;
  line: number;
  start: number;
  end: number;
}

/** One completion item (CONTRACT.md): the text replaces the characters start..end of the cursor's line. */
export interface CompletionSuggestion {
  code: number;
  insertText: string;
  start: number;
  end: number;
  /** After a family's qualifier: the member inserted, and the family's id. */
  member?: string;
  family?: string;
  /** A name the family keeps for compatibility; `replacement` is its current name for the same code. */
  deprecated?: boolean;
  replacement?: string;
}
