/**
 * Builds the view model of the ontology reference page from the ontology
 * graph and examples of use from the data: every class, property and concept
 * with its label, definition, domain, range and alignments.
 */
import type * as RDF from '@rdfjs/types';
import { DataFactory } from '../../store/n3';
import { CDKG_NS, DCT, ONTOLOGY_IRI, OWL, RDF as RDFNS, RDFS, SKOS, compact } from '../../../ontology/namespaces';
import type { KnowledgeStore } from '../../store/types';
import { usageExamples, type UsageExample } from './describe';
import { formatLinks } from './formats';
import { DescriptionGraph } from './graph';
import { link, localPath } from './links';
import type { Link, OntologyView, TermView, Value } from './views';

const { namedNode } = DataFactory;

const KINDS: readonly [string, TermView['kind']][] = [
  [OWL.Class, 'class'],
  [OWL.ObjectProperty, 'object property'],
  [OWL.DatatypeProperty, 'datatype property'],
  [SKOS.ConceptScheme, 'scheme'],
  [SKOS.Concept, 'concept'],
];

const ALIGNMENTS: readonly [string, string][] = [
  [OWL.equivalentClass, 'equivalent class'],
  [SKOS.exactMatch, 'exact match'],
  [SKOS.closeMatch, 'close match'],
  [SKOS.broadMatch, 'broad match'],
  [SKOS.narrowMatch, 'narrow match'],
  [SKOS.relatedMatch, 'related match'],
  [RDFS.subClassOf, 'subclass of'],
  [RDFS.subPropertyOf, 'subproperty of'],
  // The model's close matches to other vocabularies (ontology/model.ts, ClassDef.closeMatch).
  [RDFS.seeAlso, 'see also'],
];

const isOurs = (iri: string) => iri.startsWith(CDKG_NS);

class TermBuilder {
  constructor(private readonly g: DescriptionGraph, private readonly publicBase: string) {}

  link(t: RDF.Term): Link {
    return link(t.value, isOurs(t.value) && this.g.has(t) ? this.g.label(t) : compact(t.value), this.publicBase);
  }

  /** A domain or range: a class, or the members of an owl:unionOf class expression. */
  classes(values: readonly RDF.Term[]): Link[] {
    const out: Link[] = [];
    for (const v of values) {
      if (v.termType === 'NamedNode') out.push(this.link(v));
      else for (const m of this.list(this.g.object(v, OWL.unionOf))) out.push(this.link(m));
    }
    return out;
  }

  private list(head: RDF.Term | undefined): RDF.Term[] {
    const out: RDF.Term[] = [];
    for (let node = head; node && node.value !== RDFNS.nil && out.length < 1000; node = this.g.object(node, RDFNS.rest)) {
      const first = this.g.object(node, RDFNS.first);
      if (first) out.push(first);
    }
    return out;
  }

  term(iri: string, kind: TermView['kind'], examples: readonly UsageExample[]): TermView {
    const t = namedNode(iri);
    const definition = this.g.object(t, SKOS.definition) ?? this.g.object(t, RDFS.comment);
    const supers = [...this.g.objects(t, RDFS.subClassOf), ...this.g.objects(t, RDFS.subPropertyOf)];
    const subs = [...this.g.subjects(RDFS.subClassOf, t), ...this.g.subjects(RDFS.subPropertyOf, t), ...this.g.subjects(SKOS.inScheme, t)];
    const alignments: TermView['alignments'][number][] = [];
    for (const [p, relation] of ALIGNMENTS) {
      for (const o of this.g.objects(t, p)) if (o.termType === 'NamedNode' && !isOurs(o.value)) alignments.push({ relation, link: this.link(o) });
    }
    return {
      iri,
      anchor: iri.slice(CDKG_NS.length),
      label: this.g.label(t),
      curie: compact(iri),
      kind,
      ...(definition ? { definition: definition.value } : {}),
      superTerms: supers.filter((s) => s.termType === 'NamedNode' && isOurs(s.value)).map((s) => this.link(s)),
      subTerms: subs.filter((s) => isOurs(s.value)).map((s) => this.link(s)).sort((a, b) => a.label.localeCompare(b.label)),
      domain: this.classes(this.g.objects(t, RDFS.domain)),
      range: this.classes(this.g.objects(t, RDFS.range)),
      alignments,
      examples: examples.map((e) => ({
        subject: link(e.triple.subject.value, e.subjectLabel?.value, this.publicBase),
        property: this.link(e.triple.predicate),
        object: exampleObject(e, this.publicBase),
      })),
    };
  }
}

function exampleObject(e: UsageExample, publicBase: string): Value {
  const o = e.triple.object;
  if (o.termType === 'Literal') return { kind: 'literal', text: o.value };
  return { kind: 'link', link: link(o.value, isOurs(o.value) ? undefined : e.objectLabel?.value, publicBase) };
}

export function ontologyView(ontology: readonly RDF.Quad[], examples: readonly UsageExample[], publicBase: string): OntologyView {
  const g = new DescriptionGraph(ontology);
  const b = new TermBuilder(g, publicBase);
  const byKind = new Map<TermView['kind'], TermView[]>();
  const done = new Set<string>();
  for (const [type, kind] of KINDS) {
    for (const s of g.subjects(RDFNS.type, namedNode(type))) {
      if (s.termType !== 'NamedNode' || !isOurs(s.value) || done.has(s.value)) continue;
      done.add(s.value);
      const list = byKind.get(kind) ?? [];
      list.push(b.term(s.value, kind, examples.filter((e) => e.term === s.value)));
      byKind.set(kind, list);
    }
  }
  const sorted = (...kinds: TermView['kind'][]) => kinds.flatMap((k) => byKind.get(k) ?? []).sort((x, y) => x.label.localeCompare(y.label));
  const o = namedNode(ONTOLOGY_IRI);
  const license = g.object(o, DCT.license);
  const href = localPath(ONTOLOGY_IRI, publicBase) ?? ONTOLOGY_IRI;
  return {
    iri: ONTOLOGY_IRI,
    title: g.object(o, DCT.title)?.value ?? compact(ONTOLOGY_IRI),
    ...(g.object(o, DCT.description) ? { description: g.object(o, DCT.description)?.value } : {}),
    ...(g.object(o, OWL.versionInfo) ? { version: g.object(o, OWL.versionInfo)?.value } : {}),
    ...(license ? { license: link(license.value, undefined, publicBase) } : {}),
    classes: sorted('class'),
    properties: sorted('object property', 'datatype property'),
    concepts: sorted('scheme', 'concept'),
    formats: formatLinks(href),
  };
}

/** Examples per term on the ontology page (a term's own description, /describe, carries more). */
const EXAMPLES_ON_PAGE = 3;

/** The ontology page's view: the ontology graph with a few examples of each term's use in the store's data. */
export async function ontologyPageView(store: KnowledgeStore, ontology: readonly RDF.Quad[], publicBase: string): Promise<OntologyView> {
  return ontologyView(ontology, await usageExamples(store, undefined, EXAMPLES_ON_PAGE), publicBase);
}
