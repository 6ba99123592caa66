/** Unit tests of src/search/similarity.ts and normalise.ts: edit distances counted by hand, word order and case ignored. */
import { nameKey, words } from '../../../src/search/normalise';
import { containsPhrase, editDistance, nameSimilarity, wordSimilarity } from '../../../src/search/similarity';

describe('normalise', () => {
  it('folds case and accents, drops soft hyphens and splits on punctuation', () => {
    expect(words('Ré\u00adsumé of A/RES/74/247 & Co.')).toEqual(['resume', 'of', 'a', 'res', '74', '247', 'and', 'co']);
    expect(nameKey('  UNTOC ')).toBe('untoc');
  });
});

describe('editDistance', () => {
  it('counts insertions, deletions, substitutions and swaps of neighbours as one edit each', () => {
    expect(editDistance('budapest', 'budapst')).toBe(1);
    expect(editDistance('convention', 'convnetion')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
  });

  it('stops early past the given maximum', () => {
    expect(editDistance('abcdefgh', 'zzzzzzzz', 2)).toBe(3);
  });
});

describe('wordSimilarity', () => {
  it('tolerates one edit in a long word but none in a short one', () => {
    expect(wordSimilarity('budapst', 'budapest')).toBeCloseTo(1 - 1 / 8);
    expect(wordSimilarity('un', 'us')).toBe(0);
    expect(wordSimilarity('oewg', 'oewg')).toBe(1);
  });
});

describe('nameSimilarity', () => {
  it('ignores word order', () => {
    expect(nameSimilarity(['convention', 'budapest'], ['budapest', 'convention'])).toBe(1);
  });

  it('is lowered by words only one name has', () => {
    expect(nameSimilarity(['budapest'], ['budapest', 'convention'])).toBeCloseTo(2 / 3);
  });
});

describe('containsPhrase', () => {
  it('finds consecutive words only', () => {
    expect(containsPhrase(['resolution', '74', '247'], ['74', '247'])).toBe(true);
    expect(containsPhrase(['74', 'x', '247'], ['74', '247'])).toBe(false);
  });
});
