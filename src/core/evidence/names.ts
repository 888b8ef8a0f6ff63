/**
 * The names that govern a value: the call it is an argument of, the key or variable it is assigned to,
 * the expression it is compared with, the collection it is listed in. Evidence reads their words
 * ("status", "timeout", "width") rather than their exact spelling, so `retryStatuses`, `RETRY_STATUS`
 * and `retry-statuses` read alike.
 */
import type { Candidate } from './types';
import { callOf } from './context';
import { NON_HTTP_RECEIVER } from './vocabulary';

const wordCache = new Map<string, string[]>();

/** Lower-case words of an identifier or expression: `expectedStatusCode` -> expected, status, code. */
export function wordsOf(name: string): string[] {
  let words = wordCache.get(name);
  if (!words) {
    words = splitWords(name);
    if (wordCache.size > 1024) wordCache.clear();
    wordCache.set(name, words);
  }
  return words;
}

function splitWords(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 0 && !/^\d+$/.test(w));
}

const KEY_BEFORE = /(?:^|[^\p{L}\p{N}_$.-])((?:[\p{L}_$@][\p{L}\p{N}_$-]*\s*(?:\?\.|\.|->|::)\s*)*[:@]?["'\[]?[\p{L}_$][\p{L}\p{N}_$-]*["'\]]?)\s*(?::=|=>|<-|\?\?=|\|\|=|&&=|(?<![=!<>:])=(?![=>~])|:(?!:)|\s)\s*$/u;
/** An opened collection and the values listed in it so far: `[500, 502, `, `Set.of(`, `@{`. */
const LIST_PREFIX = /[\[({]\s*(?:(?:["']?[\w.:-]+["']?|["'][^"']*["'])\s*,\s*)*["']?$/u;
const COMPARE_BEFORE = /([\p{L}_$][\p{L}\p{N}_$.?\[\]'"()-]*?)\s*\)?\s*(?:===?|!==?|<=?|>=?|-(?:eq|ne|ge|gt|le|lt)|\bis(?:\s+not)?|\bin|\.equals\(|==~|~=)\s*\(?\s*["']?$/u;
const COMPARE_OP_END = /(?:[=<>!~]=?|\b(?:is|in|not)|-(?:eq|ne|ge|gt|le|lt)|\.equals\()\s*\(?\s*["']?$/;
const COMPARE_AFTER = /^\s*["']?\s*(?:===?|!==?|<=?|>=?|-(?:eq|ne|ge|gt|le|lt))\s*([\p{L}_$][\p{L}\p{N}_$.\[\]'"()]*)/u;

/** A collection's constructor around a list: `new Set(`, `Set.of(`, `frozenset(`, `setOf(`, `listOf(`. */
const COLLECTION_CALL = /(?:\bnew\s+(?:Set|Map|Array|List|HashSet|ArrayList|LinkedHashSet|TreeSet)(?:<[^<>]*>)?|\b(?:Set|List|EnumSet|ImmutableSet|ImmutableList)\.(?:of|copyOf)|\bArrays\.asList|\b(?:setOf|listOf|mutableSetOf|mutableListOf|hashSetOf|arrayOf|intArrayOf|frozenset|set|tuple|list|MapSet\.new))\s*\(?\s*$/;

export interface Governing {
  /** Where the value is an argument: the callee as written (`res.status`, `new HttpException`). */
  call?: string;
  /** The key, field or variable it is assigned to (`status_forcelist`, `timeoutMs`). */
  key?: string;
  /** The expression it is compared with (`resp.StatusCode`, `len(rows)`). */
  compared?: string;
  /** The compared expression is a domain object's field (`order.status`): its status words are not HTTP's. */
  domain?: boolean;
}

/** The names that govern the value, each optional; computed once per candidate. */
export function governing(c: Candidate): Governing {
  const memo = c.memo.governing as Governing | undefined;
  if (memo) return memo;
  const g: Governing = {};
  const left = c.left.length > 160 ? c.left.slice(-160) : c.left;
  const call = callOf(c);
  if (call && (call.argsBefore.split(',').pop() ?? '').trim().replace(/["']/g, '') === '') {
    g.call = call.callee;
    // A request parameter named by a string: .param("size", "201"), query('limit', 200).
    // So does a label just before it: .having((e) => e.statusCode, 'statusCode', 429), doIfEquals("#{pollStatus}", 303).
    const named = /(?:^|,)\s*["'](?:[#$]\{)?([\w.-]+)\}?["']\s*,\s*["']?$/.exec(call.argsBefore);
    if (named) g.key = named[1];
    // The other side of an assertion: assertEquals(404, response.getStatus()), XCTAssertEqual(x.count, 200).
    if (/^(?:assert\w*|Assert\w*|XCTAssert\w*|expect\w*|EXPECT_\w+|ASSERT_\w+|check\w*|verify\w*|is|eq|equal\w*|Equal\w*)$/.test(call.name)) {
      const before = call.argsBefore.split(',').slice(0, -1).join(',');
      const after = /^\s*["']?\s*,\s*((?:[^()]|\([^()]*\))*)\)/.exec(c.right)?.[1] ?? '';
      if ((before + after).trim()) g.compared = (before + ' ' + after).trim();
    }
  }
  // expect(x).toBe(200), expect(x).to.equal(200): x is compared with the value.
  const expected = /\bexpect\s*\(((?:[^()]|\([^()]*(?:\([^()]*\))?[^()]*\))*)\)\s*(?:\.\s*(?:not|to|and|be|is|should|have|been))*\s*\.\s*\w+\s*\(\s*["']?$/.exec(left);
  if (expected) g.compared = expected[1];
  // A key or variable: `status = `, `"retryOn": [429, `, `timeout: `, `Expect = `.
  const list = LIST_PREFIX.exec(left);
  // The list may be wrapped in a collection's constructor: new Set([429, , frozenset({500, , setOf(502, .
  const keyText = list ? left.slice(0, list.index).replace(COLLECTION_CALL, '') : left;
  const k = KEY_BEFORE.exec(keyText.length > 100 ? keyText.slice(-100) : keyText);
  // A map key that is an enum member ([codes.DeadlineExceeded]: 504, Code::NotFound => 404) names a case,
  // not what the value measures.
  const enumMember = !!k && /(?:\.|::)[A-Z][A-Za-z0-9_]*["'\]]?$/.test(k[1]);
  if (k && !enumMember && !/^(?:return|case|when|if|else|in|of|and|or|not|new|throw|yield|await|echo|print|puts)$/.test(k[1])) g.key = k[1].replace(/["'[\]:@]/g, '');
  // A cheap look at the end of the left side before the costly match of the compared expression.
  const cmp = COMPARE_OP_END.test(left) ? COMPARE_BEFORE.exec(left.slice(-100)) : null;
  if (cmp) g.compared = cmp[1];
  else if (!g.compared) {
    const after = COMPARE_AFTER.exec(c.right);
    if (after) g.compared = after[1];
  }
  // What is compared is the last member of the expression: response.json()["grams"] is grams, len(rows) is rows.
  if (g.compared) {
    // `order.status`, `job.status_code`: a domain's status, not a response's.
    const receiver = /([\p{L}_$][\p{L}\p{N}_$]*)\s*(?:\?\.|\.|->|::)\s*[\p{L}_$][\p{L}\p{N}_$]*[\s)\]"'!?]*$/u.exec(g.compared.replace(/\(\s*\)$/, ''));
    if (receiver && NON_HTTP_RECEIVER.test(receiver[1])) g.domain = true;
    const last = /([\p{L}_$][\p{L}\p{N}_$]*)[^\p{L}\p{N}_$]*$/u.exec(g.compared.replace(/[\s)\]"'!?]+$/, ''));
    if (last) g.compared = last[1];
  }
  c.memo.governing = g;
  return g;
}

/** Languages whose calls are often written without parentheses: `check "name" "/path" 200`. */
const COMMAND_LANGUAGES = new Set(['shellscript', 'powershell', 'perl', 'ruby', 'dockerfile', 'elixir', 'groovy']);

/** The words of each governing name, one list per name. */
export function governingNames(c: Candidate): string[][] {
  const memo = c.memo.governingNames as string[][] | undefined;
  if (memo) return memo;
  const g = governing(c);
  const names = [g.call, g.key, g.compared].filter((n): n is string => !!n).map(wordsOf);
  // A paren-less command: its first word governs its arguments.
  const command = COMMAND_LANGUAGES.has(c.lang) && !g.call ? /^\s*(?:if\s+|until\s+|while\s+|RUN\s+|CMD\s+)?([\p{L}_][\p{L}\p{N}_:-]*)\s+(?:\S+\s+)*["']?$/u.exec(c.left) : null;
  if (command && !/^(?:local|export|set|echo|printf|return|exit|then|do|else|fi|done|my|our|puts|print|sleep|timeout)$/.test(command[1])) names.push(wordsOf(command[1]));
  c.memo.governingNames = names;
  return names;
}
