/** Small string helpers shared by search, detection and rendering. */

/** Lower-case, NFKC-folded text with every space and punctuation mark removed: "I'm a Teapot" -> "imateapot". */
export function compact(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s\p{P}\p{S}]+/gu, '');
}

/** Lower-case, NFKC-folded words: "Rate-limit  hit" -> ["rate", "limit", "hit"]. */
export function words(text: string): string[] {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .split(/[\s\p{P}\p{S}]+/u)
    .filter((w) => w.length > 0);
}

/** Whether a string holds any CJK ideograph (then word splitting does not apply). */
export function hasCjk(text: string): boolean {
  return /[\u3400-\u9fff\uf900-\ufaff]/.test(text);
}
