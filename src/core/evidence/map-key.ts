/**
 * A status used as a map key: `"404": 60` under `ttlByStatus`, Lua `[401] = "Missing token"`,
 * `404 => 'not_found'`, `{ 429: 'Slow down', 503: 'Maintenance' }`. Statuses keep company with
 * statuses as keys, or map to messages.
 */
import { contextLine } from '../scan';
import type { Candidate, Evidence, Examples, Finding } from './types';
import { activeCatalogue } from '../catalogue';

const KEY_LEFT = /(?:^|[{,(]\s*|\[\s*)\s*["']?$/;
const KEY_RIGHT = /^["']?\s*\]?\s*(?::(?!:)|=>|=(?!=)|->)\s*/;
const STATUS_KEY_LINE = /^\s*(?:\[\s*)?["']?([1-5]\d\d)["']?\s*\]?\s*(?::(?!:)|=>|=(?!=)|->)/;

function isStatus(n: number): boolean {
  return n >= 200 && n !== 300 && activeCatalogue().meanings(n).length > 0;
}

function keyAt(c: Candidate): Finding | undefined {
  // Kotlin pairs a key with its value by `to`: mapOf(404 to "Not found", 410 to "Gone").
  if (c.lang === 'kotlin' && /^\s+to\s/.test(c.right)) {
    const arrow = (t: string) => t.replace(/(\d)\s+to\s/g, '$1 -> ');
    c = { ...c, left: arrow(c.left), right: arrow(c.right.replace(/^\s+to\s/, ' -> ')), memo: {} };
  }
  if (c.value === undefined || !KEY_LEFT.test(c.left) || !KEY_RIGHT.test(c.right)) return undefined;
  // A key that maps to another large number is a table of numbers: { 201: 120, 305: 250 }.
  const mapped = /^["']?\s*\]?\s*(?::|=>|=|->)\s*["']?(\d+)/.exec(c.right);
  if (mapped && Number(mapped[1]) >= 100) return undefined;
  // Other keys on the same line (`{ 429: ..., 503: ... }`) or on the lines around (one entry a line).
  let statuses = 0;
  let others = 0;
  const count = (t: string) => {
    for (const m of t.matchAll(/(?:^|[{,[(\s])\s*\[?\s*["']?(\d+)["']?\s*\]?\s*(?::(?!:)|=>|=(?!=)|->)/g)) (isStatus(Number(m[1])) ? statuses++ : others++);
  };
  count(c.left);
  count(c.right.replace(KEY_RIGHT, ' '));
  for (const l of [c.line - 2, c.line - 1, c.line + 1, c.line + 2]) {
    const t = contextLine(c.doc, l);
    const m = STATUS_KEY_LINE.exec(t);
    if (m) (isStatus(Number(m[1])) ? statuses++ : others++);
    else if (/^\s*\[?\s*["']?\d+["']?\s*\]?\s*(?::|=>|=)/.test(t)) others++;
  }
  // A key that maps to a message: [401] = "Missing or invalid session token".
  const message = /^["']?\s*\]?\s*(?::|=>|=|->)\s*["'`][^"'`]*[ _-][^"'`]*["'`]/.test(c.right);
  if ((statuses > 0 && others === 0) || (message && others === 0 && isStatus(c.value))) return {};
  return undefined;
}

export const mapKey: Evidence = {
  id: 'map-key',
  direction: 'for',
  view: 'any',
  summary: 'a status used as a map key, beside other status keys or mapped to a message',
  test: keyAt,
};

/** Tokens each rule must fire on and, as many, look-alikes it must stay silent on (test/unit/evidence.test.ts). */
export const examples: Examples = {
  'map-key': {
    fires: [
      { lang: 'lua', text: 'local messages = {\n  [⟦401⟧] = "Missing or invalid session token",\n  [403] = "Account suspended",\n}' },
      { lang: 'json', text: '"ttlSeconds": { "⟦404⟧": 60, "410": 86400 }' },
      { lang: 'ruby', text: 'MESSAGES = {\n  ⟦404⟧ => "not found",\n  422 => "invalid"\n}' },
      { lang: 'typescript', text: "const text = { ⟦429⟧: 'Slow down', 503: 'Maintenance' };" },
      { lang: 'python', text: 'MESSAGES = {⟦503⟧: "back soon, maintenance"}' },
      { lang: 'erlang', text: 'Reasons = #{⟦404⟧ => <<"not found">>, 410 => <<"gone">>},' },
      { lang: 'yaml', text: 'retry_after:\n  ⟦429⟧: 30\n  503: 120' },
      { lang: 'go', text: 'var reasons = map[int]string{\n\t⟦404⟧: "no such shelf",\n\t409: "shelf already booked",\n}' },
      { lang: 'php', text: "$labels = [\n    ⟦401⟧ => 'sign in again',\n    403 => 'not yours',\n];" },
    ],
    silent: [
      { lang: 'lua', text: 'local sizes = {\n  [⟦256⟧] = "small",\n  [1024] = "large",\n}' },
      { lang: 'json', text: '"breakpoints": { "⟦480⟧": 2, "768": 3 }' },
      { lang: 'ruby', text: 'PRICES = {\n  ⟦100⟧ => 5,\n  250 => 9\n}' },
      { lang: 'typescript', text: "const z = { ⟦100⟧: 'low', 300: 'high' };" },
      { lang: 'python', text: 'SKINS = {⟦201⟧: 120, 305: 250}' },
      { lang: 'erlang', text: 'Weights = #{⟦250⟧ => <<"quarter kilo">>},' },
      { lang: 'yaml', text: 'columns:\n  ⟦480⟧: 2\n  768: 3' },
      { lang: 'go', text: 'var devices = map[int]string{\n\t⟦404⟧: "reserved slot",\n\t1024: "tablet",\n}' },
      { lang: 'php', text: "$tiers = [\n    ⟦401⟧ => 'bronze',\n    1200 => 'gold',\n];" },
    ],
  },
};
