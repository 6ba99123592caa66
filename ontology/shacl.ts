/**
 * Builds the SHACL shapes (ontology/shapes.ttl) from the TypeScript model.
 *
 * - Entities (instances of ENTITY_CLASSES): IRIs under /id/.
 * - Entities, value-set members and statements: an English label.
 * - Every property: its subjects are in the declared domain
 *   (sh:targetSubjectsOf, SHACL §2.1.3.3) and its values in the declared range.
 * - Statement nodes: exactly one subject, predicate (a fact property) and
 *   object, at least one source, either a quote (the source's own words) or a
 *   curator's note (sh:xone, SHACL §4.6.4), and the qualifiers' value sets;
 *   per fact property, subject and object in its domain and range.
 * - Quotes: oa:TextQuoteSelector with exactly one non-empty oa:exact, and at
 *   most one oa:prefix and oa:suffix; text spans and text position selectors
 *   as `kb annotate` writes them. Whether a quote is really in its stored
 *   source text is beyond SHACL Core: `kb validate` checks it (src/store/quotes.ts).
 *
 * sh:class follows rdfs:subClassOf in the data graph (SHACL §4.1.1), which is
 * why validation runs on the union of the ontology and the data.
 */
import { CDKG, DCT, ID_NS, LICENSES, OA, ONTOLOGY_IRI, OWL, RDF, RDFS, SH, SHAPES_IRI, SHAPES_NS, XSD, compact } from './namespaces';
import { CONCEPTS, ENTITY_CLASSES, ONTOLOGY_META, PROPERTIES, SCHEMES, type PropertyDef } from './model';
import { Description, blank, en, iri, list, str, typed, type Obj } from './description';

type Pair = readonly [string, Obj];

const localName = (term: string): string => term.slice(CDKG.$ns.length);

/** sh:class (or sh:datatype) for one allowed value type, sh:or of them for several (SHACL §4.6.2). */
function typeConstraint(types: readonly string[], kind: 'class' | 'datatype'): Pair[] {
  const predicate = kind === 'class' ? SH.class : SH.datatype;
  if (types.length === 1) return [[predicate, iri(types[0])]];
  return [[SH.or, list(types.map((t) => blank([predicate, iri(t)])))]];
}

const names = (iris: readonly string[]): string => iris.map(compact).join(' or ');

/** Domain and range of one property. */
function propertyShape(d: Description, p: PropertyDef): void {
  const shape = `${SHAPES_NS}${localName(p.iri)}`;
  const kind = p.kind === 'object' ? 'class' : 'datatype';
  const rangeText = kind === 'class' ? `an instance of ${names(p.range)}` : `a literal of type ${names(p.range)}`;
  d.add(shape, RDF.type, iri(SH.NodeShape));
  d.add(shape, RDFS.label, en(`domain and range of ${p.label}`));
  d.add(shape, SH.targetSubjectsOf, iri(p.iri));
  for (const [pred, obj] of typeConstraint(p.domain, 'class')) d.add(shape, pred, obj);
  d.add(shape, SH.message, en(`The subject of ${compact(p.iri)} must be an instance of ${names(p.domain)}`));
  d.add(
    shape,
    SH.property,
    blank(
      [SH.path, iri(p.iri)],
      [SH.nodeKind, iri(kind === 'class' ? SH.IRI : SH.Literal)],
      ...typeConstraint(p.range, kind),
      [SH.message, en(`Every value of ${compact(p.iri)} must be ${rangeText}`)],
    ),
  );
}

function count(path: string, min: number | undefined, max: number | undefined, message: string, ...more: Pair[]): Obj {
  const pairs: Pair[] = [[SH.path, iri(path)], [SH.message, en(message)], ...more];
  if (min !== undefined) pairs.push([SH.minCount, typed(String(min), XSD.integer)]);
  if (max !== undefined) pairs.push([SH.maxCount, typed(String(max), XSD.integer)]);
  return blank(...pairs);
}

function conceptsOf(scheme: string): Obj {
  return list(CONCEPTS.filter((c) => c.scheme === scheme).map((c) => iri(c.iri)));
}

function statementShape(d: Description): void {
  const shape = `${SHAPES_NS}Statement`;
  const facts = PROPERTIES.filter((p) => p.fact).map((p) => iri(p.iri));
  d.add(shape, RDF.type, iri(SH.NodeShape));
  d.add(shape, RDFS.label, en('statement node'));
  d.add(shape, SH.targetClass, iri(CDKG.Statement));
  d.add(shape, SH.message, en('A cdkg:Statement needs exactly one rdf:subject, rdf:predicate and rdf:object, a cdkg:source, and either a cdkg:quote or a cdkg:note'));
  d.add(
    shape,
    SH.property,
    count(RDF.subject, 1, 1, 'A statement needs exactly one rdf:subject'),
    count(RDF.predicate, 1, 1, 'A statement needs exactly one rdf:predicate, a fact property of the CDKG ontology', [SH.in, list(facts)]),
    count(RDF.object, 1, 1, 'A statement needs exactly one rdf:object'),
    count(CDKG.source, 1, undefined, 'A statement needs at least one cdkg:source, a cdkg:Source', [SH.class, iri(CDKG.Source)]),
    count(CDKG.quote, undefined, 1, 'A statement has at most one cdkg:quote, an oa:TextQuoteSelector', [SH.class, iri(OA.TextQuoteSelector)]),
    count(CDKG.note, undefined, 1, 'A statement has at most one cdkg:note, in English', [SH.languageIn, list([str('en')])]),
    count(CDKG.textSpan, undefined, 1, 'A statement has at most one cdkg:textSpan, written by kb annotate'),
    count(CDKG.stance, undefined, 1, 'cdkg:stance takes one concept of the cdkg:stances scheme', [SH.in, conceptsOf(CDKG.stances)]),
    count(CDKG.engagementLevel, undefined, 1, 'cdkg:engagementLevel takes one concept of the cdkg:engagementLevels scheme', [SH.in, conceptsOf(CDKG.engagementLevels)]),
    count(CDKG.confidence, undefined, 1, 'cdkg:confidence takes one value, "high" or "medium"', [SH.in, list([str('high'), str('medium')])]),
    ...[CDKG.validFrom, CDKG.validUntil, CDKG.pointInTime, CDKG.asOf, CDKG.early].map((p) =>
      count(p, undefined, 1, `A statement has at most one ${compact(p)}`),
    ),
  );
  // A quote is the source's own words, a note the curator's: one of the two, never both (a note beside a quote would
  // read as a second quotation).
  d.add(
    shape,
    SH.xone,
    list([
      blank([SH.property, count(CDKG.quote, 1, undefined, 'A statement needs a cdkg:quote')]),
      blank([SH.property, count(CDKG.note, 1, undefined, 'A statement needs a cdkg:note')]),
    ]),
  );
}

function quoteShape(d: Description): void {
  const shape = `${SHAPES_NS}Quote`;
  d.add(shape, RDF.type, iri(SH.NodeShape));
  d.add(shape, RDFS.label, en('quoted text span'));
  d.add(shape, SH.targetObjectsOf, iri(CDKG.quote));
  d.add(shape, SH.class, iri(OA.TextQuoteSelector));
  d.add(shape, SH.message, en('The value of cdkg:quote must be an oa:TextQuoteSelector'));
  // "\S": at least one non-space character, so an empty or blank quote fails.
  d.add(
    shape,
    SH.property,
    count(OA.exact, 1, 1, 'A quote needs exactly one non-empty oa:exact string', [SH.datatype, iri(XSD.string)], [SH.pattern, str('\\S')]),
    count(OA.prefix, undefined, 1, 'A quote has at most one oa:prefix string, written by kb annotate', [SH.datatype, iri(XSD.string)]),
    count(OA.suffix, undefined, 1, 'A quote has at most one oa:suffix string, written by kb annotate', [SH.datatype, iri(XSD.string)]),
  );
}

/** The span a quote selects in a stored source text (Web Annotation §4.1 specific resources, §4.2.4 text position selectors). */
function textSpanShapes(d: Description): void {
  const span = `${SHAPES_NS}TextSpan`;
  d.add(span, RDF.type, iri(SH.NodeShape));
  d.add(span, RDFS.label, en('span of a stored source text'));
  d.add(span, SH.targetObjectsOf, iri(CDKG.textSpan));
  d.add(span, SH.class, iri(OA.SpecificResource));
  d.add(span, SH.message, en('The value of cdkg:textSpan must be an oa:SpecificResource'));
  d.add(
    span,
    SH.property,
    count(OA.hasSource, 1, 1, 'A text span needs exactly one oa:hasSource, a cdkg:SourceText', [SH.class, iri(CDKG.SourceText)]),
    count(OA.hasSelector, 2, 2, 'A text span needs two oa:hasSelector: the quote and a text position selector'),
  );
  const position = `${SHAPES_NS}TextPosition`;
  d.add(position, RDF.type, iri(SH.NodeShape));
  d.add(position, RDFS.label, en('text position selector'));
  d.add(position, SH.targetClass, iri(OA.TextPositionSelector));
  d.add(position, SH.message, en('An oa:TextPositionSelector needs one oa:start and one oa:end, character positions from 0'));
  d.add(
    position,
    SH.property,
    ...[OA.start, OA.end].map((p) => count(p, 1, 1, `A text position selector needs exactly one ${compact(p)}, an xsd:nonNegativeInteger`, [SH.datatype, iri(XSD.nonNegativeInteger)])),
  );
}

function entityShape(d: Description): void {
  const shape = `${SHAPES_NS}Entity`;
  d.add(shape, RDF.type, iri(SH.NodeShape));
  d.add(shape, RDFS.label, en('entity'));
  d.add(shape, SH.targetClass, ...ENTITY_CLASSES.map(iri));
  d.add(shape, SH.nodeKind, iri(SH.IRI));
  d.add(shape, SH.pattern, str(`^${ID_NS.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
  d.add(shape, SH.message, en(`An entity must be an IRI under ${ID_NS}`));
}

/**
 * Every node a page or a table names by its label: entities, the members of
 * every value set (stances, engagement levels, adoption modes, priorities)
 * and statement nodes.
 */
export const LABELLED_CLASSES: readonly string[] = [...new Set<string>([...ENTITY_CLASSES, ...SCHEMES.map((s) => s.memberClass), CDKG.Statement])];

function labelShape(d: Description): void {
  const shape = `${SHAPES_NS}EnglishLabel`;
  d.add(shape, RDF.type, iri(SH.NodeShape));
  d.add(shape, RDFS.label, en('English label'));
  d.add(shape, SH.targetClass, ...LABELLED_CLASSES.map(iri));
  d.add(shape, SH.message, en('An entity, value-set member or statement needs an English label'));
  d.add(shape, SH.property, count(RDFS.label, 1, undefined, 'An entity, value-set member or statement needs an rdfs:label, and every label must be tagged @en', [SH.languageIn, list([str('en')])]));
}

/**
 * The statement node of a fact fits its predicate: rdf:subject in the
 * predicate's domain and rdf:object in its range. SHACL Core cannot target
 * "nodes whose rdf:predicate is P", so each shape targets every node with an
 * rdf:predicate and states the implication "rdf:predicate is P → subject and
 * object fit P" as `sh:or (sh:not [rdf:predicate = P]) [fits P]` (SHACL
 * §4.6.1 sh:not, §4.6.3 sh:or). Whether the plain triple itself is asserted
 * is not expressible in SHACL Core; `kb validate` checks it with SPARQL
 * (src/store/queries/unasserted-statements.rq).
 */
function statementFitShape(d: Description, p: PropertyDef): void {
  const shape = `${SHAPES_NS}${localName(p.iri)}Statement`;
  const kind = p.kind === 'object' ? 'class' : 'datatype';
  const rangeText = kind === 'class' ? `an instance of ${names(p.range)}` : `a literal of type ${names(p.range)}`;
  d.add(shape, RDF.type, iri(SH.NodeShape));
  d.add(shape, RDFS.label, en(`statement of ${p.label}`));
  d.add(shape, SH.targetSubjectsOf, iri(RDF.predicate));
  d.add(shape, SH.message, en(`A statement with rdf:predicate ${compact(p.iri)} needs an rdf:subject that is an instance of ${names(p.domain)} and an rdf:object that is ${rangeText}`));
  const aboutP = blank([SH.path, iri(RDF.predicate)], [SH.hasValue, iri(p.iri)]);
  const fits = blank(
    [SH.property, blank([SH.path, iri(RDF.subject)], ...typeConstraint(p.domain, 'class'))],
    [SH.property, blank([SH.path, iri(RDF.object)], [SH.nodeKind, iri(kind === 'class' ? SH.IRI : SH.Literal)], ...typeConstraint(p.range, kind))],
  );
  d.add(shape, SH.or, list([blank([SH.not, aboutP]), fits]));
}

/** The shapes as Turtle text. */
export function shapesTurtle(): Promise<string> {
  const d = new Description();
  d.add(SHAPES_IRI, RDF.type, iri(OWL.Ontology));
  d.add(SHAPES_IRI, DCT.title, en(`${ONTOLOGY_META.title}: SHACL shapes`));
  d.add(SHAPES_IRI, DCT.description, en('SHACL shapes that the CDKG data must conform to: English labels, domains and ranges, and a source and a quote or a curator\'s note on every statement node.'));
  d.add(SHAPES_IRI, DCT.license, iri(LICENSES.data));
  d.add(SHAPES_IRI, RDFS.seeAlso, iri(ONTOLOGY_IRI));
  entityShape(d);
  labelShape(d);
  statementShape(d);
  for (const p of PROPERTIES.filter((q) => q.fact)) statementFitShape(d, p);
  quoteShape(d);
  textSpanShapes(d);
  for (const p of PROPERTIES) propertyShape(d, p);
  return d.toTurtle(SHAPES_IRI);
}
