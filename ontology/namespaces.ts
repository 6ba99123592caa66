/**
 * The one source of IRIs and prefixes for the whole code base.
 *
 * Every namespace is an `as const` object so that `CDKG.State` has the exact
 * literal type `"https://w3id.org/cdkg/ontology#State"` (the LDkit pattern):
 * a typo in a term name is a compile error, not a silent wrong IRI.
 */

/** The one base under which everything CDKG mints lives (w3id.org gives a stable, redirectable host). */
export const BASE = 'https://w3id.org/cdkg/' as const;

type Namespace<P extends string, T extends readonly string[]> = { readonly [K in T[number]]: `${P}${K}` } & {
  readonly $ns: P;
};

/** Builds a typed namespace object: every listed local name maps to its full IRI. */
function namespace<const P extends string, const T extends readonly string[]>(prefix: P, terms: T): Namespace<P, T> {
  const out: Record<string, string> = { $ns: prefix };
  for (const t of terms) out[t] = prefix + t;
  return out as Namespace<P, T>;
}

export const CDKG_NS = `${BASE}ontology#` as const;
export const ONTOLOGY_IRI = `${BASE}ontology` as const;
export const SHAPES_NS = `${BASE}shapes#` as const;
/** The shapes document itself (ontology/shapes.ttl). */
export const SHAPES_IRI = `${BASE}shapes` as const;
export const ID_NS = `${BASE}id/` as const;
export const GRAPH_NS = `${BASE}graph/` as const;
export const DATASET_IRI = `${BASE}dataset` as const;
/**
 * The graphs CDKG keeps in a remote SPARQL store beside its own (src/store/remote): the list of its graphs (a store
 * such as Virtuoso holds graphs of its own, so every query names CDKG's), the default graph of CDKG's dataset (a
 * remote store's default graph is the union of its graphs), and a graph that stays empty (an empty default graph).
 */
export const REMOTE_GRAPHS = {
  registry: `${BASE}remote/graphs`,
  defaultGraph: `${BASE}remote/default-graph`,
  empty: `${BASE}remote/empty`,
} as const;
/** Stored source texts: `https://w3id.org/cdkg/sources/<file>` is the file `sources/<file>` of the repository, served as text/plain. */
export const SOURCE_TEXT_NS = `${BASE}sources/` as const;
/** The published JSON-LD context (served at /context.jsonld); every JSON-LD document CDKG writes refers to it. */
export const CONTEXT_IRI = `${BASE}context.jsonld` as const;
/** Parts of the dataset description (VoID, DCAT): fragments of DATASET_IRI, as they exist only inside that document. */
export const DATASET_PARTS = {
  sparqlService: `${DATASET_IRI}#sparql`,
  /** The linkset of one link predicate to Wikidata (VoID §5: a linkset's links share one predicate), by the predicate's `prefix-local` slug. */
  wikidataLinks: (predicateSlug: string) => `${DATASET_IRI}#wikidata-links-${predicateSlug}`,
  /** The distribution of one dump, by serialiser name. */
  dump: (format: string) => `${DATASET_IRI}#dump-${format}`,
} as const;

export const CDKG = namespace(CDKG_NS, [
  // classes
  'Actor', 'State', 'Union', 'Organisation', 'ActorGroup', 'Organ',
  'Instrument', 'Convention', 'BilateralAgreement', 'Resolution', 'DomesticLaw',
  'Process', 'Source', 'SourceText', 'Statement', 'Stance', 'Priority', 'EngagementLevel', 'Session', 'AdoptionMode',
  // object properties
  'signatoryOf', 'partyTo', 'memberOf', 'memberStatesOf', 'promotes', 'champions', 'opposes', 'criticises',
  'participatesIn', 'representedBy', 'establishedBy', 'sponsoredBy', 'adoptedBy', 'underAuspicesOf',
  'negotiates', 'negotiatingWith', 'concluded', 'concludedWith', 'concludedUnder', 'enactedBy',
  'proposesAlternativeTo', 'overlapsInMembershipWith', 'prioritises', 'seeksMoreAgreementsUnder',
  'consistentWith', 'outcome', 'observerOf', 'tookPartInDrafting', 'viceChairOf', 'draftOf', 'officialTitle',
  'adoptionMode', 'adoptedByResolution', 'builtOnTextOf', 'partOf', 'sessionOf',
  // datatype properties
  'adoptedOn', 'signedOn', 'enteredIntoForceOn', 'purpose', 'documentSymbol', 'votesInFavour', 'votesAgainst', 'abstentions',
  'openedForSignatureOn', 'openForSignatureUntil', 'entryIntoForceCondition', 'amendmentsBeforeAdoption', 'partDesignation',
  'heldIn', 'startDate', 'endDate',
  // statement qualifiers
  'source', 'quote', 'note', 'textSpan', 'storedText', 'stance', 'inProcess',
  'engagementLevel', 'validFrom', 'validUntil', 'pointInTime', 'asOf', 'confidence', 'early', 'ratifiedOn', 'depositedOn', 'atSession',
  // value-set members
  'promoting', 'supporting', 'opposing', 'championing', 'criticising',
  'multilateral', 'bilateral', 'stances', 'priorities', 'engagementLevels',
  'recordedVote', 'withoutVote', 'withoutRecordedVote', 'adoptionModes',
]);

export const RDF = namespace('http://www.w3.org/1999/02/22-rdf-syntax-ns#', [
  'type', 'Property', 'Statement', 'subject', 'predicate', 'object', 'first', 'rest', 'nil', 'langString',
]);
export const RDFS = namespace('http://www.w3.org/2000/01/rdf-schema#', [
  'label', 'comment', 'domain', 'range', 'subClassOf', 'subPropertyOf', 'seeAlso', 'isDefinedBy', 'Class', 'Literal', 'Resource',
  'Datatype',
]);
export const OWL = namespace('http://www.w3.org/2002/07/owl#', [
  'Ontology', 'Class', 'ObjectProperty', 'DatatypeProperty', 'AnnotationProperty', 'SymmetricProperty', 'sameAs',
  'versionIRI', 'versionInfo', 'equivalentClass', 'unionOf', 'Thing', 'imports',
]);
export const XSD = namespace('http://www.w3.org/2001/XMLSchema#', [
  'string', 'date', 'gYear', 'gYearMonth', 'integer', 'nonNegativeInteger', 'boolean', 'decimal', 'anyURI', 'dateTime',
  'hexBinary',
]);
export const SKOS = namespace('http://www.w3.org/2004/02/skos/core#', [
  'Concept', 'ConceptScheme', 'inScheme', 'prefLabel', 'altLabel', 'definition', 'exactMatch', 'closeMatch',
  'broadMatch', 'narrowMatch', 'relatedMatch', 'hasTopConcept', 'notation', 'related', 'editorialNote',
]);
export const SH = namespace('http://www.w3.org/ns/shacl#', [
  'NodeShape', 'PropertyShape', 'targetClass', 'targetNode', 'targetSubjectsOf', 'targetObjectsOf', 'property', 'path', 'class', 'datatype', 'minCount', 'not',
  'maxCount', 'nodeKind', 'IRI', 'Literal', 'BlankNodeOrIRI', 'languageIn', 'uniqueLang', 'or', 'message', 'severity', 'Violation',
  'name', 'description', 'in', 'pattern', 'xone', 'hasValue', 'conforms', 'result', 'focusNode', 'resultPath', 'resultMessage',
  'sourceShape', 'value', 'resultSeverity', 'ValidationReport', 'ValidationResult',
]);
export const OA = namespace('http://www.w3.org/ns/oa#', [
  'TextQuoteSelector', 'exact', 'prefix', 'suffix', 'hasSource', 'hasSelector', 'SpecificResource', 'TextPositionSelector',
  'start', 'end',
]);
export const PROV = namespace('http://www.w3.org/ns/prov#', [
  'Entity', 'Agent', 'Activity', 'wasDerivedFrom', 'Organization', 'qualifiedAssociation',
]);
export const DCT = namespace('http://purl.org/dc/terms/', [
  'title', 'description', 'license', 'creator', 'publisher', 'issued', 'modified', 'source', 'created', 'bibliographicCitation',
  'temporal', 'conformsTo', 'format', 'identifier', 'rights', 'isPartOf',
]);
export const SCHEMA = namespace('https://schema.org/', [
  'Organization', 'GovernmentOrganization', 'Country', 'Legislation', 'CreativeWork', 'Event', 'url', 'name', 'sameAs',
  'memberOf', 'dateCreated', 'legislationDate', 'Thing', 'Dataset', 'WebPage', 'description',
  'alternateName', 'startDate', 'endDate', 'location',
]);
export const ORG = namespace('http://www.w3.org/ns/org#', ['Organization', 'FormalOrganization', 'memberOf', 'OrganizationalUnit', 'subOrganizationOf']);
export const FOAF = namespace('http://xmlns.com/foaf/0.1/', ['Agent', 'Document', 'Organization', 'name', 'page', 'homepage', 'primaryTopic']);
export const ELI = namespace('http://data.europa.eu/eli/ontology#', ['LegalResource', 'date_document', 'passed_by']);
export const VOID = namespace('http://rdfs.org/ns/void#', [
  'Dataset', 'Linkset', 'sparqlEndpoint', 'dataDump', 'triples', 'entities', 'classes', 'properties', 'distinctSubjects',
  'distinctObjects', 'classPartition', 'propertyPartition', 'class', 'property', 'vocabulary', 'uriSpace', 'exampleResource',
  'subjectsTarget', 'objectsTarget', 'linkPredicate', 'subset', 'rootResource', 'feature', 'uriLookupEndpoint',
  'target',
]);
export const DCAT = namespace('http://www.w3.org/ns/dcat#', [
  'Dataset', 'Distribution', 'DataService', 'distribution', 'downloadURL', 'accessURL', 'mediaType', 'byteSize',
  'landingPage', 'keyword', 'theme', 'endpointURL', 'servesDataset', 'compressFormat', 'checksum',
]);
export const SPDX = namespace('http://spdx.org/rdf/terms#', ['Checksum', 'checksum', 'algorithm', 'checksumValue', 'checksumAlgorithm_sha256']);

/** IANA media type registry: DCAT names media types by these IRIs (`dcat:mediaType`, `dcat:compressFormat`). */
const IANA_MEDIA_TYPES = 'https://www.iana.org/assignments/media-types/' as const;
export function mediaTypeIri(mediaType: string): string {
  return `${IANA_MEDIA_TYPES}${mediaType}`;
}
export const SD = namespace('http://www.w3.org/ns/sparql-service-description#', [
  'Service', 'endpoint', 'supportedLanguage', 'SPARQL11Query', 'SPARQL11Update', 'resultFormat', 'defaultDataset', 'defaultGraph', 'Dataset',
  'Graph', 'namedGraph', 'NamedGraph', 'name', 'graph', 'feature', 'UnionDefaultGraph', 'BasicFederatedQuery',
  'defaultEntailmentRegime',
]);
/** Hydra Core, the controls of Triple Pattern Fragments (https://www.hydra-cg.com/spec/latest/triple-pattern-fragments/). */
export const HYDRA = namespace('http://www.w3.org/ns/hydra/core#', [
  'Collection', 'PartialCollectionView', 'IriTemplate', 'IriTemplateMapping', 'ExplicitRepresentation', 'search', 'template',
  'variableRepresentation', 'mapping', 'variable', 'property', 'totalItems', 'itemsPerPage', 'first', 'next', 'previous', 'view', 'member',
]);
export const VANN = namespace('http://purl.org/vocab/vann/', ['preferredNamespacePrefix', 'preferredNamespaceUri']);
export const CC = namespace('http://creativecommons.org/ns#', ['license', 'attributionName']);
export const FORMATS = namespace('http://www.w3.org/ns/formats/', [
  'SPARQL_Results_JSON', 'SPARQL_Results_XML', 'SPARQL_Results_CSV', 'SPARQL_Results_TSV', 'Turtle', 'N-Triples',
  'JSON-LD', 'RDF_XML', 'N-Quads', 'TriG',
]);

/** XML namespace of SPARQL 1.1 Query Results XML (https://www.w3.org/TR/rdf-sparql-XMLres/). */
export const SPARQL_RESULTS_XML_NS = 'http://www.w3.org/2005/sparql-results#' as const;

/** Wikidata entity namespace: the only way a QID becomes an IRI. */
export const WD = { $ns: 'http://www.wikidata.org/entity/' as const, item: (qid: string) => `http://www.wikidata.org/entity/${qid}` };
/** Wikidata as a dataset, the target of CDKG's Wikidata links (VoID linkset). */
export const WIKIDATA_DATASET = 'https://www.wikidata.org/' as const;

/** Licences, stated in the data, the ontology and the README. */
export const LICENSES = {
  data: 'https://creativecommons.org/licenses/by/4.0/',
  code: 'https://opensource.org/licenses/MIT',
} as const;

/**
 * The prefix table used by every serialiser, the SPARQL editor and the docs.
 * `cdkg` is the ontology; the entity prefixes make Turtle readable (`state:united-states`).
 */
export const PREFIXES = {
  cdkg: CDKG_NS,
  state: `${ID_NS}state/`,
  union: `${ID_NS}union/`,
  org: ORG.$ns,
  organisation: `${ID_NS}organisation/`,
  group: `${ID_NS}group/`,
  instrument: `${ID_NS}instrument/`,
  process: `${ID_NS}process/`,
  source: `${ID_NS}source/`,
  sourcetext: SOURCE_TEXT_NS,
  statement: `${ID_NS}statement/`,
  concept: `${ID_NS}concept/`,
  event: `${ID_NS}event/`,
  agent: `${ID_NS}agent/`,
  graph: GRAPH_NS,
  rdf: RDF.$ns,
  rdfs: RDFS.$ns,
  owl: OWL.$ns,
  xsd: XSD.$ns,
  skos: SKOS.$ns,
  sh: SH.$ns,
  oa: OA.$ns,
  prov: PROV.$ns,
  dct: DCT.$ns,
  schema: SCHEMA.$ns,
  foaf: FOAF.$ns,
  eli: ELI.$ns,
  void: VOID.$ns,
  dcat: DCAT.$ns,
  sd: SD.$ns,
  vann: VANN.$ns,
  wd: WD.$ns,
  cc: CC.$ns,
  spdx: SPDX.$ns,
} as const;

/** The kinds of entity IRIs: `https://w3id.org/cdkg/id/<kind>/<slug>`. */
export const ENTITY_KINDS = ['state', 'union', 'organisation', 'group', 'instrument', 'process', 'source', 'statement', 'concept', 'event', 'agent'] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];

/** The slug of an entity IRI (regular-expression source): lowercase words of letters and digits joined by hyphens. */
export const SLUG = '[a-z0-9]+(?:-[a-z0-9]+)*';
const SLUG_ONLY = new RegExp(`^${SLUG}$`);

/** Mints an entity IRI; the one place the `/id/<kind>/<slug>` pattern is written. */
export function entityIri(kind: EntityKind, slug: string): string {
  if (!SLUG_ONLY.test(slug)) throw new RangeError(`Entity slug "${slug}" must be lowercase words joined by hyphens`);
  return `${ID_NS}${kind}/${slug}`;
}

/** The name of a stored source text file: a slug with the extension `.txt` (plain text, UTF-8). */
export const SOURCE_TEXT_FILE = `${SLUG}\\.txt`;
const SOURCE_TEXT_FILE_ONLY = new RegExp(`^${SOURCE_TEXT_FILE}$`);

/** The IRI of a stored source text, `sources/<file>`; the one place that pattern is written. */
export function sourceTextIri(file: string): string {
  if (!SOURCE_TEXT_FILE_ONLY.test(file)) throw new RangeError(`Source text file "${file}" must be a slug ending in .txt`);
  return `${SOURCE_TEXT_NS}${file}`;
}

/** The file name of a stored source text IRI, or undefined when the IRI names none. */
export function sourceTextFile(iri: string): string | undefined {
  const file = iri.startsWith(SOURCE_TEXT_NS) ? iri.slice(SOURCE_TEXT_NS.length) : '';
  return SOURCE_TEXT_FILE_ONLY.test(file) ? file : undefined;
}

/** The named graph a data file is loaded into: `https://w3id.org/cdkg/graph/<file stem>`. */
export function graphIri(stem: string): string {
  return `${GRAPH_NS}${stem}`;
}

/** Shortens an IRI to `prefix:local` when a known prefix covers it (for tables and messages). */
export function compact(iri: string): string {
  let best: [string, string] | undefined;
  for (const [p, ns] of Object.entries(PREFIXES)) {
    if (iri.startsWith(ns) && (!best || ns.length > best[1].length)) best = [p, ns];
  }
  if (!best) return iri;
  const local = iri.slice(best[1].length);
  return /^[A-Za-z0-9_][\w.-]*$/.test(local) && !local.endsWith('.') ? `${best[0]}:${local}` : iri;
}
