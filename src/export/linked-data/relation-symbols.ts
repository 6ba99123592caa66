/**
 * The short symbol of each relation in the comparison matrix, always shown
 * with its words (the symbol is a visual aid, hidden from screen readers; a
 * colour or a shape alone must not carry meaning, WCAG 2.2 SC 1.4.1).
 */
import { CDKG_NS } from '../../../ontology/namespaces';

export interface RelationSymbol {
  readonly symbol: string;
  /** What the symbol stands for, for the legend. */
  readonly meaning: string;
}

const TABLE: readonly (readonly [readonly string[], RelationSymbol])[] = [
  [['partyTo'], { symbol: '●', meaning: 'party to' }],
  [['signatoryOf'], { symbol: '◐', meaning: 'signatory of' }],
  [['concluded', 'concludedWith', 'concludedUnder'], { symbol: '■', meaning: 'concluded' }],
  [['negotiates', 'negotiatingWith'], { symbol: '◌', meaning: 'negotiating' }],
  [['promotes', 'champions'], { symbol: '▲', meaning: 'promotes or champions' }],
  [['opposes', 'criticises', 'proposesAlternativeTo'], { symbol: '▼', meaning: 'opposes or criticises' }],
  [['participatesIn', 'viceChairOf', 'representedBy', 'tookPartInDrafting'], { symbol: '◆', meaning: 'takes part' }],
  [['memberOf', 'memberStatesOf', 'observerOf', 'overlapsInMembershipWith'], { symbol: '○', meaning: 'member or observer' }],
  [['prioritises', 'seeksMoreAgreementsUnder'], { symbol: '★', meaning: 'priority' }],
];

const OTHER: RelationSymbol = { symbol: '•', meaning: 'other relation' };

/** The symbol of a relation given by its local name (`partyTo`) or full IRI. */
export function relationSymbol(predicate: string): RelationSymbol {
  const local = predicate.startsWith(CDKG_NS) ? predicate.slice(CDKG_NS.length) : predicate;
  return TABLE.find(([names]) => names.includes(local))?.[1] ?? OTHER;
}

/** Every symbol with its meaning, in legend order. */
export const LEGEND: readonly RelationSymbol[] = [...TABLE.map(([, s]) => s), OTHER];
