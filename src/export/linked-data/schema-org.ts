/**
 * The JSON-LD an entity page embeds for search engines: schema.org terms where
 * they fit (https://schema.org/docs/gs.html#schemaorg_types). The schema.org
 * type comes from the ontology's own alignments (a class's rdfs:subClassOf or
 * close match (written rdfs:seeAlso) to a schema.org class, else its nearest superclass's) and
 * from schema.org types the data states outright; the full CDKG description is
 * one link away (the page's alternate formats).
 */
import type * as RDF from '@rdfjs/types';
import { CLASSES } from '../../../ontology/model';
import { CDKG, OWL, SCHEMA, SKOS } from '../../../ontology/namespaces';
import type { DescriptionGraph } from './graph';

const CLASS_DEFS = new Map(CLASSES.map((c) => [c.iri, c]));

const isSchemaOrg = (iri: string): boolean => iri.startsWith(SCHEMA.$ns);

/** The schema.org types of a class: itself if it is one, its own alignments, else those of its superclasses. */
function schemaOrgTypes(cls: string, seen: ReadonlySet<string> = new Set()): string[] {
  if (isSchemaOrg(cls)) return [cls];
  const def = CLASS_DEFS.get(cls);
  if (!def || seen.has(cls)) return [];
  const own = [...(def.subClassOf ?? []), ...(def.closeMatch ?? [])].filter(isSchemaOrg);
  if (own.length) return own;
  const next = new Set([...seen, cls]);
  return (def.subClassOf ?? []).flatMap((parent) => schemaOrgTypes(parent, next));
}

/** A schema.org term as a JSON-LD key under `@vocab`. */
function term(iri: string): string {
  return iri.slice(SCHEMA.$ns.length);
}

export function schemaOrgJsonLd(g: DescriptionGraph, entity: RDF.NamedNode, label: string, description: string | undefined): Record<string, unknown> {
  const types = [...new Set(g.types(entity).flatMap((t) => schemaOrgTypes(t)))];
  const alternate = g.objects(entity, SKOS.altLabel).map((t) => t.value);
  const sameAs = [...new Set([...g.objects(entity, OWL.sameAs), ...g.objects(entity, SKOS.exactMatch)].map((t) => t.value))];
  const memberOf = g.objects(entity, CDKG.memberOf).filter((t) => t.termType === 'NamedNode');
  const adopted = g.object(entity, CDKG.adoptedOn);
  const out: Record<string, unknown> = {
    '@context': { '@vocab': SCHEMA.$ns },
    '@id': entity.value,
    '@type': types.length ? types.map(term) : term(SCHEMA.Thing),
    [term(SCHEMA.name)]: label,
  };
  if (alternate.length) out[term(SCHEMA.alternateName)] = alternate;
  if (description) out[term(SCHEMA.description)] = description;
  if (sameAs.length) out[term(SCHEMA.sameAs)] = sameAs;
  if (memberOf.length) out[term(SCHEMA.memberOf)] = memberOf.map((m) => ({ '@id': m.value, [term(SCHEMA.name)]: g.label(m) }));
  if (adopted && types.includes(SCHEMA.Legislation)) out[term(SCHEMA.legislationDate)] = adopted.value;
  return out;
}
