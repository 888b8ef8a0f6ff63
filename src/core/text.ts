/** A string helper shared by search, detection and rendering. */

/** Lower-case, NFKC-folded text with every space and punctuation mark removed: "I'm a Teapot" -> "imateapot". */
export function compact(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s\p{P}\p{S}]+/gu, '');
}
