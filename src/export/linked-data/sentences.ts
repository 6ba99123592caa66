/**
 * Turns a property label of the ontology into the verb phrase of an English
 * sentence ("party to" → "is party to", "adopted on" → "was adopted on",
 * "promotes" stays), so that each fact reads as "United States is party to
 * UNTOC". The ontology labels are written to make this possible: verbs in the
 * third person, nouns and participles with their preposition.
 */
const PREPOSITIONS = new Set(['of', 'to', 'by', 'with', 'under', 'in', 'from', 'on']);
const FINITE = /^(is|was|has|had|are|were)\b/;

export function verbPhrase(label: string, literalValued: boolean): string {
  const words = label.trim().split(/\s+/);
  const first = words[0] ?? '';
  const last = words[words.length - 1] ?? '';
  if (FINITE.test(label)) return label;
  // Datatype properties: dates read as events ("was adopted on"), the rest as attributes ("has document symbol").
  if (literalValued) return last === 'on' ? `was ${label}` : `has ${label}`;
  // An active past with a partner reads as it is: "concluded with".
  if (first.endsWith('ed') && last === 'with') return label;
  // "signatory of", "represented by", "negotiating with", "under the auspices of": a state of being.
  if (PREPOSITIONS.has(last) && !isThirdPersonVerb(first)) return `is ${label}`;
  // A lone noun names a relation the subject has ("outcome"); anything else is already a verb phrase.
  if (words.length === 1 && !isThirdPersonVerb(first) && !first.endsWith('ed')) return `has ${label}`;
  return label;
}

/** "promotes", "participates", "overlaps", "seeks": a verb in the third person singular (not "class", not "status"). */
function isThirdPersonVerb(word: string): boolean {
  return /[^s]s$/.test(word) && !/(ss|us|is)$/.test(word);
}
