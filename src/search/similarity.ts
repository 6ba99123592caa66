/**
 * How alike two names are, from 0 (nothing shared) to 1 (the same words).
 * Words are compared with an edit distance that counts a swap of two
 * neighbouring letters as one edit (optimal string alignment), so
 * "Convnetion" is one edit from "Convention"; names are compared word by
 * word, whatever the order of the words.
 */

/** Edits (insertions, deletions, substitutions, swaps of neighbours) from a to b; stops early past `max`. */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prev2[j - 2] + 1);
      row.push(d);
      best = Math.min(best, d);
    }
    if (best > max) return max + 1;
    prev2 = prev;
    prev = row;
  }
  return prev[b.length];
}

/**
 * Likeness of two words: 1 when equal, else 1 - edits / length of the longer,
 * counted only for words long enough to have typos (4 letters or more) and at
 * most one edit per three letters; short words and abbreviations must be exact
 * ("UN" is not "US").
 */
export function wordSimilarity(a: string, b: string): number {
  if (a === b) return 1;
  const longer = Math.max(a.length, b.length);
  if (Math.min(a.length, b.length) < 4) return 0;
  const allowed = Math.floor(longer / 3);
  const d = editDistance(a, b, allowed);
  return d > allowed ? 0 : 1 - d / longer;
}

export type WordSimilarity = (a: string, b: string) => number;

/** Each word of `from` paired with its most alike word of `to`: the sum of those likenesses. */
function bestPairs(from: readonly string[], to: readonly string[], similarity: WordSimilarity): number {
  let sum = 0;
  for (const w of from) {
    let best = 0;
    for (const v of to) {
      best = Math.max(best, similarity(w, v));
      if (best === 1) break;
    }
    sum += best;
  }
  return sum;
}

/**
 * Likeness of two names as word lists, in any order: the words of each
 * matched to the most alike of the other, summed both ways over all words
 * (a Dice coefficient with fuzzy word equality). Extra or missing words lower it.
 * `similarity` may be a memoised wordSimilarity (it is symmetric).
 */
export function nameSimilarity(a: readonly string[], b: readonly string[], similarity: WordSimilarity = wordSimilarity): number {
  if (a.length === 0 || b.length === 0) return 0;
  return (bestPairs(a, b, similarity) + bestPairs(b, a, (x, y) => similarity(y, x))) / (a.length + b.length);
}

/** Whether `part` occurs in `whole` as consecutive words ("74 247" in "un general assembly resolution 74 247"). */
export function containsPhrase(whole: readonly string[], part: readonly string[]): boolean {
  if (part.length === 0 || part.length > whole.length) return false;
  outer: for (let i = 0; i + part.length <= whole.length; i++) {
    for (let j = 0; j < part.length; j++) if (whole[i + j] !== part[j]) continue outer;
    return true;
  }
  return false;
}
