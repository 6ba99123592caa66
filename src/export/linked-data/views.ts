/**
 * The view models of the human pages: plain objects with strings and links,
 * built here from query results, so that the pages (src/http/pages/) hold no
 * RDF logic and only escape and lay out what they are given.
 */

/** A link to a resource: local path for CDKG resources, the IRI itself for others. */
export interface Link {
  readonly iri: string;
  readonly href: string;
  readonly label: string;
}

/** The same data in another format (alternate representation). */
export interface FormatLink {
  readonly label: string;
  readonly href: string;
  readonly mediaType: string;
}

/** A value of a property: a link, or a literal with its datatype or language. */
export type Value = { readonly kind: 'link'; readonly link: Link } | { readonly kind: 'literal'; readonly text: string; readonly note?: string };

/** One fact about the entity, from a statement node, readable as a sentence. */
export interface FactView {
  readonly statement: Link;
  readonly subject: Value;
  /** The verb phrase of the sentence, from the property label ("is party to", "promotes", "was adopted on"). */
  readonly verb: string;
  readonly property: Link;
  readonly object: Value;
  /** Qualifiers in words: stance, process, engagement level, time, confidence. */
  readonly qualifiers: readonly { readonly name: string; readonly value: Value }[];
  /** The source's own words, with their context and their place in the stored source text. */
  readonly quote?: QuoteView;
  /** The curator's note, where the source's text is not stored: never shown as a quotation. */
  readonly note?: string;
  readonly sources: readonly SourceView[];
}

/** A stored source text on its source's page, cut into segments at the quoted spans. */
export interface SourceTextView {
  readonly iri: string;
  /** Where the plain text itself is served. */
  readonly href: string;
  readonly file: string;
  readonly sha256: string;
  readonly segments: readonly TextSegment[];
  /** The quoted spans in text order: which statement each backs, its anchor and its code-point positions. */
  readonly spans: readonly QuotedSpan[];
}

export interface QuotedSpan {
  readonly statement: Link;
  readonly anchor: string;
  readonly start: number;
  readonly end: number;
}

export interface TextSegment {
  readonly text: string;
  /** The statements whose quotes cover this segment, the most specific (shortest quote) first; empty for unquoted text. */
  readonly statements: readonly Link[];
  /** Anchors of the quotes that start here (`st-<statement>`). */
  readonly anchors: readonly string[];
}

export interface QuoteView {
  readonly exact: string;
  readonly prefix?: string;
  readonly suffix?: string;
  /** The quote's place in the page of its source (`/id/source/<slug>#st-<statement>`), when its text is stored. */
  readonly href?: string;
}

export interface SourceView {
  readonly link: Link;
  /** The source document on the web (schema:url), when known. */
  readonly url?: string;
}

/** A property and its values, for triples that carry no statement node (labels, types, links). */
export interface PropertyRow {
  readonly property: Link;
  readonly values: readonly Value[];
}

export interface EntityView {
  readonly iri: string;
  readonly href: string;
  readonly label: string;
  readonly altLabels: readonly string[];
  readonly types: readonly Link[];
  readonly description?: string;
  /** Links to the same thing elsewhere (Wikidata), from owl:sameAs and skos:exactMatch. */
  readonly sameAs: readonly Link[];
  readonly facts: readonly FactView[];
  /** The entity's own triples without a statement node. */
  readonly properties: readonly PropertyRow[];
  /** Triples of other resources that point at the entity, without a statement node. */
  readonly incoming: readonly PropertyRow[];
  readonly related: readonly Link[];
  readonly formats: readonly FormatLink[];
  /** JSON-LD with schema.org terms, for `<script type="application/ld+json">`. */
  readonly jsonLd: Readonly<Record<string, unknown>>;
  /** For a source: its stored texts, with the quoted spans marked. */
  readonly texts?: readonly SourceTextView[];
}

export interface TermView {
  readonly iri: string;
  /** The fragment of the term IRI: the anchor on the ontology page. */
  readonly anchor: string;
  readonly label: string;
  readonly curie: string;
  readonly kind: 'class' | 'object property' | 'datatype property' | 'concept' | 'scheme' | 'other';
  readonly definition?: string;
  readonly superTerms: readonly Link[];
  readonly subTerms: readonly Link[];
  readonly domain: readonly Link[];
  readonly range: readonly Link[];
  /** Alignments with other vocabularies (skos mappings, sub-class or sub-property of a foreign term, owl:equivalentClass). */
  readonly alignments: readonly { readonly relation: string; readonly link: Link }[];
  readonly examples: readonly { readonly subject: Link; readonly property: Link; readonly object: Value }[];
}

export interface OntologyView {
  readonly iri: string;
  readonly title: string;
  readonly description?: string;
  readonly version?: string;
  readonly license?: Link;
  readonly classes: readonly TermView[];
  readonly properties: readonly TermView[];
  readonly concepts: readonly TermView[];
  readonly formats: readonly FormatLink[];
}

export interface ExampleQuery {
  readonly name: string;
  readonly title: string;
  readonly description: string;
  /** The editor at /sparql with the query filled in. */
  readonly editorHref: string;
}

/** One named query on the /queries page: what it does, what it takes, where to run it and where to edit it. */
export interface NamedQueryView {
  readonly name: string;
  readonly title: string;
  readonly description: string;
  readonly params: readonly { readonly name: string; readonly type: string; readonly description: string }[];
  /** /queries/<name> with the example parameters: a browser gets the results as a table. */
  readonly runHref: string;
  readonly editorHref: string;
}

export interface HomeView {
  readonly title: string;
  readonly description: string;
  readonly triples: number;
  readonly counts: readonly { readonly link: Link; readonly count: number }[];
  readonly examples: readonly ExampleQuery[];
  readonly comparisons: readonly { readonly href: string; readonly label: string }[];
  readonly links: readonly { readonly href: string; readonly label: string; readonly description: string }[];
}

export interface DumpView {
  readonly name: string;
  /** The format of the uncompressed content (serialiser name, e.g. "ntriples"). */
  readonly format: string;
  readonly mediaType: string;
  readonly compressFormat: string;
  readonly size: number;
  readonly sha256: string;
  readonly statements: number;
  readonly href: string;
}

/** One named graph as a page: its IRI, its size and its downloads. */
export interface GraphView {
  readonly graph: Link;
  readonly triples: number;
  readonly subjects: number;
  /** The graph in each RDF format, as downloads. */
  readonly downloads: readonly FormatLink[];
  /** The other named graphs, for moving on. */
  readonly others: readonly Link[];
}

/** A named query run from a browser: its results as a table. */
export interface ResultsView {
  readonly title: string;
  readonly description: string;
  /** The parameters as given (name and raw value). */
  readonly params: readonly { readonly name: string; readonly value: string }[];
  /** Column headings (variables; subject, predicate, object for a graph answer); empty for ASK. */
  readonly columns: readonly string[];
  /** One entry per column; undefined where the variable is unbound. */
  readonly rows: readonly (readonly (Value | undefined)[])[];
  /** The answer of an ASK query. */
  readonly ask?: boolean;
  /** The result limit when the answer was cut there. */
  readonly truncatedAt?: number;
  /** The bound query in the editor. */
  readonly editorHref: string;
  /** The same results in the machine formats. */
  readonly formats: readonly FormatLink[];
}
