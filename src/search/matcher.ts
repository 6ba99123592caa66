/**
 * The one matcher of names to entities, shared by the reconciliation
 * service and the site search. Candidates are ranked by how their best name
 * meets the query: the label itself (100), an alternative label or notation
 * (95), the query as a run of words inside a name ("74/247"), then names alike
 * word by word in any order, with typos (at most 90). Scores are 0 to 100.
 */
import { nameKey, words } from './normalise';
import { containsPhrase, nameSimilarity, wordSimilarity, type WordSimilarity } from './similarity';

/** Which of an entity's texts a name is: its label, an alternative label or wording, or a notation (symbol, acronym). */
export type NameKind = 'label' | 'alternative' | 'notation';

export interface Name {
  readonly text: string;
  readonly kind: NameKind;
}

/** One entity as the matcher knows it. */
export interface Entry {
  readonly iri: string;
  /** The name to show. */
  readonly label: string;
  readonly names: readonly Name[];
  /** Its asserted classes. */
  readonly types: readonly string[];
  /** Its asserted classes and all their superclasses: what a type constraint is checked against. */
  readonly classes: readonly string[];
  readonly description?: string;
}

export interface Hit {
  readonly entry: Entry;
  readonly score: number;
  /** The name that gave the score. */
  readonly name: Name;
  /** The query is this entity's label or one of its alternative names or notations (case, accents and punctuation aside). */
  readonly exact: boolean;
}

export interface SearchOptions {
  /** Only entities of these classes (or their subclasses). */
  readonly types?: readonly string[];
  /** With several types: whether an entity must have all of them (default: any). */
  readonly allTypes?: boolean;
  /** At most this many hits (default 10). */
  readonly limit?: number;
  /** Hits scoring below this are left out (default 40). */
  readonly minScore?: number;
}

export const EXACT_LABEL = 100;
export const EXACT_OTHER = 95;
/** The best score a name that is not the query itself can get. */
const FUZZY_MAX = 90;
const DEFAULT_LIMIT = 10;
const DEFAULT_MIN = 40;
const KIND_ORDER: Readonly<Record<NameKind, number>> = { label: 0, alternative: 1, notation: 2 };

interface IndexedName {
  readonly name: Name;
  readonly key: string;
  readonly words: readonly string[];
}

interface IndexedEntry {
  readonly entry: Entry;
  readonly names: readonly IndexedName[];
}

/** wordSimilarity remembered for one query: its few words meet the same name words again and again. */
function memoised(): WordSimilarity {
  const seen = new Map<string, number>();
  return (a, b) => {
    const key = `${a}\u0000${b}`;
    let s = seen.get(key);
    if (s === undefined) {
      s = wordSimilarity(a, b);
      seen.set(key, s);
    }
    return s;
  };
}

/** How one name meets the query words; 0 when not at all. */
function scoreName(query: readonly string[], queryKey: string, n: IndexedName, similarity: WordSimilarity): number {
  if (n.key === queryKey) return n.name.kind === 'label' ? EXACT_LABEL : EXACT_OTHER;
  let score = FUZZY_MAX * nameSimilarity(query, n.words, similarity);
  // The query as consecutive words of a longer name: the more of the name it covers, the better.
  if (containsPhrase(n.words, query)) score = Math.max(score, 50 + 40 * (query.length / n.words.length));
  return score;
}

export class Matcher {
  private readonly indexed: readonly IndexedEntry[];
  private readonly byIri: ReadonlyMap<string, IndexedEntry>;

  constructor(entries: readonly Entry[]) {
    this.indexed = entries.map((entry) => ({
      entry,
      names: entry.names.map((name) => ({ name, key: nameKey(name.text), words: words(name.text) })).filter((n) => n.key !== ''),
    }));
    this.byIri = new Map(this.indexed.map((i) => [i.entry.iri, i]));
  }

  get entries(): readonly Entry[] {
    return this.indexed.map((i) => i.entry);
  }

  /** The entry of an IRI, if the matcher knows it. */
  entry(iri: string): Entry | undefined {
    return this.byIri.get(iri)?.entry;
  }

  /** Entities whose names meet the query, best first (ties: label before other names, then by label). */
  search(query: string, options: SearchOptions = {}): Hit[] {
    const q = words(query);
    if (q.length === 0) return [];
    const key = q.join(' ');
    const similarity = memoised();
    return this.rank(options, (n) => scoreName(q, key, n, similarity));
  }

  /**
   * Completions of what a user has typed so far: names starting with it (the
   * last word may be unfinished) first, then any word starting with it, then
   * what `search` finds.
   */
  complete(prefix: string, options: SearchOptions = {}): Hit[] {
    const q = words(prefix);
    if (q.length === 0) return [];
    const key = q.join(' ');
    const wordsBefore = q.slice(0, -1);
    const last = q[q.length - 1];
    const similarity = memoised();
    return this.rank(options, (n) => {
      if (n.key.startsWith(key)) return n.key === key ? (n.name.kind === 'label' ? EXACT_LABEL : EXACT_OTHER) : 80 + 10 * (key.length / n.key.length);
      for (let i = 0; i + q.length <= n.words.length; i++) {
        if (wordsBefore.every((w, j) => n.words[i + j] === w) && n.words[i + q.length - 1].startsWith(last)) return 60 + 20 * (key.length / n.key.length);
      }
      return scoreName(q, key, n, similarity);
    });
  }

  /** How well one entity's best name meets the query (0 to 100), whatever its score against the others. */
  scoreEntry(query: string, entry: Entry): number {
    const q = words(query);
    const indexed = this.byIri.get(entry.iri);
    if (q.length === 0 || !indexed) return 0;
    const similarity = memoised();
    return best(indexed.names, (n) => scoreName(q, q.join(' '), n, similarity))?.score ?? 0;
  }

  /** Whether an entity is of the types the options ask for. */
  hasTypes(entry: Entry, options: SearchOptions): boolean {
    const wanted = options.types ?? [];
    if (wanted.length === 0) return true;
    return options.allTypes ? wanted.every((t) => entry.classes.includes(t)) : wanted.some((t) => entry.classes.includes(t));
  }

  private rank(options: SearchOptions, score: (n: IndexedName) => number): Hit[] {
    const min = options.minScore ?? DEFAULT_MIN;
    const hits: Hit[] = [];
    for (const { entry, names } of this.indexed) {
      if (!this.hasTypes(entry, options)) continue;
      const top = best(names, score);
      if (top && top.score >= min) {
        const rounded = Math.round(top.score * 10) / 10;
        hits.push({ entry, score: rounded, name: top.name, exact: rounded >= EXACT_OTHER });
      }
    }
    hits.sort((a, b) => b.score - a.score || KIND_ORDER[a.name.kind] - KIND_ORDER[b.name.kind] || a.entry.label.localeCompare(b.entry.label) || (a.entry.iri < b.entry.iri ? -1 : 1));
    return hits.slice(0, options.limit ?? DEFAULT_LIMIT);
  }
}

/** The best-scoring name (ties: label before alternative before notation). */
function best(names: readonly IndexedName[], score: (n: IndexedName) => number): { name: Name; score: number } | undefined {
  let top: { name: Name; score: number } | undefined;
  for (const n of names) {
    const s = score(n);
    if (!top || s > top.score || (s === top.score && KIND_ORDER[n.name.kind] < KIND_ORDER[top.name.kind])) top = { name: n.name, score: s };
  }
  return top;
}
