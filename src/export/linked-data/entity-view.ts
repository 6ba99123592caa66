/**
 * Builds the view model of an entity page from the entity's description
 * (./describe.ts): each statement node becomes a fact with its sentence,
 * qualifiers, quote and sources; the remaining triples become property rows.
 */
import type * as RDF from '@rdfjs/types';
import { DataFactory } from '../../store/n3';
import { CDKG, DCT, ID_NS, OA, OWL, PREFIXES, RDF as RDFNS, RDFS, SKOS, SCHEMA, WD, XSD, compact } from '../../../ontology/namespaces';
import { PROPERTIES } from '../../../ontology/model';
import { formatLinks } from './formats';
import { DescriptionGraph } from './graph';
import { link, localPath } from './links';
import { schemaOrgJsonLd } from './schema-org';
import { verbPhrase } from './sentences';
import { quoteAnchor } from './source-view';
import type { EntityView, FactView, Link, PropertyRow, QuoteView, SourceView, Value } from './views';

const { namedNode } = DataFactory;

/** Statement-node triples shown as parts of the fact rather than as qualifiers. */
const FACT_PARTS = new Set<string>([RDFNS.type, RDFNS.subject, RDFNS.predicate, RDFNS.object, RDFS.label, CDKG.quote, CDKG.note, CDKG.textSpan, CDKG.source]);

/** Qualifiers in the order a reader wants them. */
const QUALIFIERS = [CDKG.stance, CDKG.inProcess, CDKG.engagementLevel, CDKG.early, CDKG.atSession, CDKG.pointInTime, CDKG.ratifiedOn, CDKG.depositedOn, CDKG.validFrom, CDKG.validUntil, CDKG.asOf, CDKG.confidence];

export class ViewContext {
  constructor(readonly g: DescriptionGraph, readonly publicBase: string) {}

  /** The label of a property: the ontology model's, else the description's, else the compact IRI. */
  propertyLabel(iri: string): string {
    return PROPERTIES.find((p) => p.iri === iri)?.label ?? (this.g.has(namedNode(iri)) ? this.g.label(namedNode(iri)) : compact(iri));
  }

  link(term: RDF.Term): Link {
    if (term.value.startsWith(WD.$ns)) return link(term.value, `Wikidata ${term.value.slice(WD.$ns.length)}`, this.publicBase);
    return link(term.value, this.g.has(term) ? this.g.label(term) : undefined, this.publicBase);
  }

  value(term: RDF.Term): Value {
    if (term.termType === 'Literal') return { kind: 'literal', text: term.value, note: literalNote(term) };
    return { kind: 'link', link: this.link(term) };
  }

  source(term: RDF.Term): SourceView {
    const url = this.g.object(term, SCHEMA.url);
    return { link: this.link(term), ...(url ? { url: url.value } : {}) };
  }
}

/** A datatype or language worth showing beside a literal (dates and plain strings need none). */
export function literalNote(l: RDF.Literal): string | undefined {
  if (l.language) return l.language === 'en' ? undefined : l.language;
  const dt = l.datatype.value;
  if (dt === XSD.string || dt === XSD.date || dt === XSD.gYear || dt === XSD.gYearMonth || dt === XSD.integer || dt === XSD.nonNegativeInteger || dt === XSD.boolean) return undefined;
  return compact(dt);
}

function fact(ctx: ViewContext, statement: RDF.Term): FactView | undefined {
  const { g } = ctx;
  const subject = g.object(statement, RDFNS.subject);
  const predicate = g.object(statement, RDFNS.predicate);
  const object = g.object(statement, RDFNS.object);
  if (!subject || !predicate || !object) return undefined;
  const qualifiers = g
    .outgoing(statement)
    .filter((q) => !FACT_PARTS.has(q.predicate.value))
    .sort((a, b) => rank(a.predicate.value) - rank(b.predicate.value) || a.object.value.localeCompare(b.object.value))
    .map((q) => ({ name: ctx.propertyLabel(q.predicate.value), value: ctx.value(q.object) }));
  const selector = g.object(statement, CDKG.quote);
  const exact = selector ? g.object(selector, OA.exact)?.value : undefined;
  const sources = g.objects(statement, CDKG.source);
  const note = g.object(statement, CDKG.note)?.value;
  const quote = exact === undefined || !selector ? undefined : quoteView(ctx, statement, selector, exact, sources[0]);
  return {
    statement: ctx.link(statement),
    subject: ctx.value(subject),
    verb: verbPhrase(ctx.propertyLabel(predicate.value), object.termType === 'Literal'),
    property: link(predicate.value, ctx.propertyLabel(predicate.value), ctx.publicBase),
    object: ctx.value(object),
    qualifiers,
    ...(quote !== undefined ? { quote } : {}),
    ...(note !== undefined ? { note } : {}),
    sources: sources.map((s) => ctx.source(s)),
  };
}

/** A quote with its context, linked to its place in the page of its source (where the stored text shows it, anchored by statement). */
function quoteView(ctx: ViewContext, statement: RDF.Term, selector: RDF.Term, exact: string, source: RDF.Term | undefined): QuoteView {
  const prefix = ctx.g.object(selector, OA.prefix)?.value;
  const suffix = ctx.g.object(selector, OA.suffix)?.value;
  const sourcePage = source && ctx.g.object(statement, CDKG.textSpan) ? localPath(source.value, ctx.publicBase) : undefined;
  return {
    exact,
    ...(prefix !== undefined ? { prefix } : {}),
    ...(suffix !== undefined ? { suffix } : {}),
    ...(sourcePage !== undefined ? { href: `${sourcePage}#${quoteAnchor(statement.value)}` } : {}),
  };
}

function rank(predicate: string): number {
  const i = QUALIFIERS.indexOf(predicate as (typeof QUALIFIERS)[number]);
  return i < 0 ? QUALIFIERS.length : i;
}

function tripleKey(s: RDF.Term, p: RDF.Term, o: RDF.Term): string {
  return `${s.value}\u0000${p.value}\u0000${o.termType}\u0000${o.value}`;
}

function rows(ctx: ViewContext, quads: readonly RDF.Quad[], valueOf: (q: RDF.Quad) => RDF.Term): PropertyRow[] {
  const byProperty = new Map<string, Value[]>();
  for (const q of quads) {
    const list = byProperty.get(q.predicate.value) ?? [];
    list.push(ctx.value(valueOf(q)));
    byProperty.set(q.predicate.value, list);
  }
  return [...byProperty.entries()]
    .map(([p, values]) => ({ property: link(p, ctx.propertyLabel(p), ctx.publicBase), values }))
    .sort((a, b) => a.property.label.localeCompare(b.property.label));
}

function isEntityIri(iri: string): boolean {
  return iri.startsWith(ID_NS) && !iri.startsWith(PREFIXES.statement) && !iri.includes('#');
}

export function entityView(quads: readonly RDF.Quad[], iri: string, publicBase: string): EntityView {
  const g = new DescriptionGraph(quads);
  const ctx = new ViewContext(g, publicBase);
  const entity = namedNode(iri);
  const isStatement = g.types(entity).includes(CDKG.Statement);

  // Statement nodes about the entity (or the entity itself, when it is one).
  const statements = new Map<string, RDF.Term>();
  if (isStatement) statements.set(iri, entity);
  for (const p of [RDFNS.subject, RDFNS.object, CDKG.inProcess]) {
    for (const s of g.subjects(p, entity)) if (g.types(s).includes(CDKG.Statement)) statements.set(s.value, s);
  }
  const facts = [...statements.values()]
    .map((s) => fact(ctx, s))
    .filter((f): f is FactView => f !== undefined)
    .sort((a, b) => factKey(a).localeCompare(factKey(b)));

  // Plain triples a statement node already tells are not repeated in the tables.
  const covered = new Set<string>();
  for (const s of statements.values()) {
    const [sub, pre, obj] = [g.object(s, RDFNS.subject), g.object(s, RDFNS.predicate), g.object(s, RDFNS.object)];
    if (sub && pre && obj) covered.add(tripleKey(sub, pre, obj));
  }
  const own = g.outgoing(entity).filter((q) => !covered.has(tripleKey(q.subject, q.predicate, q.object)));
  const incoming = g
    .incoming(entity)
    .filter((q) => !q.subject.equals(entity) && !g.types(q.subject).includes(CDKG.Statement) && !covered.has(tripleKey(q.subject, q.predicate, q.object)));

  const label = g.label(entity);
  const descriptionTerm = g.object(entity, RDFS.comment) ?? g.object(entity, DCT.description) ?? g.object(entity, SKOS.definition);
  const description = descriptionTerm?.value;
  const related = new Map<string, Link>();
  const mention = (t: RDF.Term | undefined) => {
    if (t?.termType === 'NamedNode' && t.value !== iri && isEntityIri(t.value)) related.set(t.value, ctx.link(t));
  };
  for (const q of own) mention(q.object);
  for (const q of incoming) mention(q.subject);
  for (const s of statements.values()) for (const q of g.outgoing(s)) mention(q.object);

  const href = localPath(iri, publicBase) ?? iri;
  return {
    iri,
    href,
    label,
    altLabels: g.objects(entity, SKOS.altLabel).map((t) => t.value),
    types: g.types(entity).map((t) => ctx.link(namedNode(t))),
    ...(description !== undefined ? { description } : {}),
    sameAs: [...new Set([...g.objects(entity, OWL.sameAs), ...g.objects(entity, SKOS.exactMatch)].map((t) => t.value))].map((v) => ctx.link(namedNode(v))),
    facts,
    properties: rows(ctx, own, (q) => q.object),
    incoming: rows(ctx, incoming, (q) => q.subject),
    related: [...related.values()].sort((a, b) => a.label.localeCompare(b.label)),
    formats: formatLinks(href),
    jsonLd: schemaOrgJsonLd(g, entity, label, description),
  };
}

function valueText(v: Value): string {
  return v.kind === 'link' ? v.link.label : v.text;
}

function factKey(f: FactView): string {
  return `${valueText(f.subject)}\u0000${f.property.label}\u0000${valueText(f.object)}\u0000${f.statement.iri}`;
}
