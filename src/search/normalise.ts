/**
 * Text as the matcher compares it: case, accents and punctuation do not
 * count ("Organized" and "organized", "74/247" and "74 247"), so a name is
 * a list of lower-case words of letters and digits.
 */

/** Lower case, accents removed (NFKD, then combining marks dropped), invisible format characters (soft hyphens) dropped, `&` read as "and". */
export function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\p{M}\p{Cf}]+/gu, '')
    .toLowerCase()
    .replace(/&/g, ' and ');
}

/** The words of a text: runs of letters and digits of its folded form. */
export function words(text: string): string[] {
  return fold(text).match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** The folded words joined by single spaces: two texts with the same key are the same name. */
export function nameKey(text: string): string {
  return words(text).join(' ');
}
