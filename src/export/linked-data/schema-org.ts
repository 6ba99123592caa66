/**
 * The JSON-LD an entity page embeds for search engines: schema.org terms where
 * they fit (https://schema.org/docs/gs.html#schemaorg_types). CDKG classes map
 * to the nearest schema.org type; the full CDKG description is one link away
 * (the page's alternate formats).
 */
import type * as RDF from '@rdfjs/types';
import { CDKG, OWL, SCHEMA, SKOS } from '../../../ontology/namespaces';
import type { DescriptionGraph } from './graph';

const TYPES: Readonly<Record<string, string>> = {
  [CDKG.State]: SCHEMA.Country,
  [CDKG.Union]: SCHEMA.Organization,
  [CDKG.Organisation]: SCHEMA.Organization,
  [CDKG.Organ]: SCHEMA.GovernmentOrganization,
  [CDKG.ActorGroup]: SCHEMA.Organization,
  [CDKG.Instrument]: SCHEMA.Legislation,
  [CDKG.Convention]: SCHEMA.Legislation,
  [CDKG.BilateralAgreement]: SCHEMA.Legislation,
  [CDKG.Resolution]: SCHEMA.Legislation,
  [CDKG.DomesticLaw]: SCHEMA.Legislation,
  [CDKG.Process]: SCHEMA.Event,
  [CDKG.Source]: SCHEMA.CreativeWork,
};

/** A schema.org term as a JSON-LD key under `@vocab`. */
function term(iri: string): string {
  return iri.slice(SCHEMA.$ns.length);
}

export function schemaOrgJsonLd(g: DescriptionGraph, entity: RDF.NamedNode, label: string, description: string | undefined): Record<string, unknown> {
  const types = [...new Set(g.types(entity).map((t) => TYPES[t]).filter((t): t is string => t !== undefined))];
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
