/**
 * A name bound to a status a few lines up: `const st = err.response?.status` and then `if (st === 401)`;
 * `$http = curl_getinfo($ch, CURLINFO_HTTP_CODE)` and then `switch ($http)`; `code=$(curl -w '%{http_code}' ...)`
 * and then `[ "$code" -eq 200 ]`. The name says nothing; what it was assigned from does.
 */
import { contextLine, LINES_ABOVE } from '../scan';
import type { Candidate, Evidence, Examples, Finding } from './types';
import { mentionsStatus } from './vocabulary';
import { classLike, turnedAround } from './comparison';

/** What a status is read from, beyond the status expressions of the vocabulary. */
const READS_STATUS = /(?:^|[\s=(])\$9\b|\bget_?status\b|\bstatus(?:Of|For|From|_of|_for|_from)\b|\bstatus_?code\b|\bhttp_?code\b|HTTP_CODE|\bresponse_?code\b|ResponseCode|getResponseCode|CURLINFO_(?:HTTP|RESPONSE)_CODE|%\{(?:http_code|response_code)\}|\bStatusCode\b/i;

const KEYWORDS = String.raw`(?:(?:const|let|var|local|my|our|int|Int|val|auto|final|long|short|def|mut|integer|Integer|\[int\])\s+)*`;

function escape(name: string): string {
  return name.replace(/[$]/g, '\\$');
}

/** The right-hand side of the nearest assignment to `name` in `text`, if any. */
function assignedIn(text: string, name: string): string | undefined {
  if (!text.includes(name.replace(/^\$/, ''))) return undefined;
  const re = new RegExp(String.raw`(?:^|[^\p{L}\p{N}_$.>])${KEYWORDS}\$?${escape(name.replace(/^\$/, ''))}\s*(?::\s*[\p{L}\p{N}_<>?]+\s*)?(?::=|<-|=(?![=~>]))\s*(.*)$`, 'u');
  const m = re.exec(text);
  return m ? m[1] : undefined;
}

/**
 * Whether `name` was last assigned, on the text before the value or in the lines above (bounded), from an
 * expression that reads a response status. A right-hand side left open at the end of its line
 * (`sh(`, `\`) is read on into the next line.
 */
export function boundToStatus(c: Candidate, name: string, line = c.line, before = c.left): boolean {
  const key = `bound:${name}:${line}`;
  if (key in c.memo) return c.memo[key] as boolean;
  let answer = false;
  for (let l = line, seen = 0; l >= 0 && seen <= LINES_ABOVE; l--, seen++) {
    const text = l === line ? before : contextLine(c.doc, l);
    let rhs = assignedIn(text, name);
    if (rhs === undefined) continue;
    if (/(?:[(,\\=]|^)\s*$/.test(rhs) && l < line) rhs += ' ' + contextLine(c.doc, l + 1);
    answer = READS_STATUS.test(rhs) || mentionsStatus(rhs);
    break;
  }
  c.memo[key] = answer;
  return answer;
}

const COMPARED_BEFORE = /(?<![\p{L}\p{N}_$.>])(\$?[\p{L}_][\p{L}\p{N}_]*)["']?\s*\)?\s*(?:===?|!==?|<=?|>=?|-(?:eq|ne|ge|gt|le|lt))\s*["']?$/u;
const COMPARED_AFTER = /^["']?\s*(?:===?|!==?|<=?|>=?)\s*(\$?[\p{L}_][\p{L}\p{N}_]*)(?![\p{L}\p{N}_$.(\[])/u;
const NOT_A_NAME = /^(?:if|while|and|or|not|return|in|is|true|false|nil|null|None)$/;

function comparedBound(c: Candidate): Finding | undefined {
  const m = COMPARED_BEFORE.exec(c.left) ?? COMPARED_AFTER.exec(c.right);
  if (!m || NOT_A_NAME.test(m[1])) return undefined;
  // Names that say status are the comparison rule's.
  if (/status/i.test(m[1])) return undefined;
  if (!boundToStatus(c, m[1])) return undefined;
  // `499 < code` is `code > 499`: an operator after the value is turned around before it is read.
  const before = /(<=?|>=?)\s*["']?$/.exec(c.left)?.[1];
  const after = /^["']?\s*(<=?|>=?)/.exec(c.right)?.[1];
  const op = before ?? (after === undefined ? undefined : turnedAround(after));
  return { classCheck: op !== undefined && classLike(c.value, op) };
}

export const boundName: Evidence = {
  id: 'bound-name',
  direction: 'slot',
  view: 'code',
  summary: 'a comparison with a name assigned, a few lines up, from a response status',
  test: comparedBound,
};

/** Tokens each rule must fire on and, as many, look-alikes it must stay silent on (test/unit/evidence.test.ts). */
export const examples: Examples = {
  'bound-name': {
    fires: [
      { lang: 'javascript', text: 'const st = err.response && err.response.status\nif (st === ⟦401⟧) {\n  refresh()\n}' },
      { lang: 'lua', text: 'local upstream = kong.service.response.get_status()\nif upstream >= ⟦500⟧ then\n  return\nend' },
      { lang: 'shellscript', text: 'code=$(curl -s -o /dev/null -w "%{http_code}" "$URL")\nif [ "$code" -ne ⟦200⟧ ]; then exit 1; fi' },
      { lang: 'groovy', text: "int tiles = sh(\n    script: \"curl -s -w '%{http_code}' $url\",\n    returnStdout: true)\nif (tiles == ⟦503⟧) {" },
      { lang: 'php', text: '$http = (int) curl_getinfo($ch, CURLINFO_HTTP_CODE);\nif ($http >= ⟦400⟧) {' },
      { lang: 'javascript', text: 'const st = resp.status;\nif (⟦404⟧ === st) return null;' },
      { lang: 'kotlin', text: 'val code: Int = response.code()\nif (code == ⟦429⟧) backOff()' },
      { lang: 'go', text: 'code := resp.StatusCode\nif code == ⟦204⟧ {' },
      { lang: 'perl', text: 'my $rc = $res->code;\nif ($rc == ⟦404⟧) {' },
      { lang: 'javascript', text: 'const code = execSync(\n  "curl -s -o /dev/null -w \'%{http_code}\' " + url)\nif (code === ⟦503⟧) wait()' },
      { lang: 'ruby', text: 'rc = response.code.to_i\nif rc == ⟦404⟧' },
    ],
    silent: [
      { lang: 'javascript', text: 'const st = rows.length\nif (st === ⟦401⟧) {\n  page()\n}' },
      { lang: 'lua', text: 'local upstream = #peers\nif upstream >= ⟦500⟧ then\n  return\nend' },
      { lang: 'shellscript', text: 'code=$?\nif [ "$code" -ne ⟦200⟧ ]; then exit 1; fi' },
      { lang: 'groovy', text: 'int tiles = grid.size()\nif (tiles == ⟦503⟧) {' },
      { lang: 'php', text: '$http = count($rows);\nif ($http >= ⟦400⟧) {' },
      { lang: 'javascript', text: 'const st = rows.length;\nif (⟦404⟧ === st) return null;' },
      { lang: 'kotlin', text: 'val code: Int = order.size\nif (code == ⟦429⟧) backOff()' },
      { lang: 'go', text: 'code := len(items)\nif code == ⟦204⟧ {' },
      { lang: 'perl', text: 'my $rc = scalar(@rows);\nif ($rc == ⟦404⟧) {' },
      { lang: 'javascript', text: 'let n = res.status\nn = rows.length\nif (n === ⟦404⟧) page()' },
      { lang: 'javascript', text: 'const statusNow = resp.status\nif (statusNow === ⟦404⟧) retry()' },
    ],
  },
};
