/**
 * The published JSON-LD context (served at /context.jsonld, IRI CONTEXT_IRI):
 * every prefix of ontology/namespaces.ts, and a term per class and property
 * of the ontology model, so CDKG data reads `"partyTo": "instrument:untoc"`.
 * Object properties coerce their values to IRIs; datatype properties with a
 * single datatype coerce to it (JSON-LD 1.1 §4.2.3 type coercion).
 */
import { CONTEXT_IRI, PREFIXES, RDF as RDFNS } from '../../ontology/namespaces';
import { CLASSES, PROPERTIES } from '../../ontology/model';
import { UnsupportedError } from '../errors';

export type JsonLdContext = { readonly '@context': Readonly<Record<string, string | Readonly<Record<string, string>>>> };

function localName(iri: string): string {
  return iri.slice(Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/')) + 1);
}

let built: JsonLdContext | undefined;

/** The context, built once: it depends only on the ontology model, and every JSON-LD answer needs it. */
export function jsonldContext(): JsonLdContext {
  return (built ??= buildContext());
}

/** Prefixes win over a term of the same name (`source:` the namespace, `cdkg:source` the property). */
function buildContext(): JsonLdContext {
  const context: Record<string, string | Record<string, string>> = { ...PREFIXES };
  for (const c of CLASSES) {
    const name = localName(c.iri);
    if (!(name in context)) context[name] = c.iri;
  }
  for (const p of PROPERTIES) {
    const name = localName(p.iri);
    if (name in context) continue;
    if (p.kind === 'object') context[name] = { '@id': p.iri, '@type': '@id' };
    else if (p.range.length === 1 && p.range[0] !== RDFNS.langString) context[name] = { '@id': p.iri, '@type': p.range[0] };
    else context[name] = p.iri;
  }
  return { '@context': context };
}

/**
 * The jsonld library's document loader: it serves CDKG's own context and
 * refuses every other URL, so processing never reaches the network (a remote
 * context would make output depend on a third party and is a request-forgery
 * vector for a server).
 */
export async function documentLoader(url: string): Promise<{ contextUrl: undefined; documentUrl: string; document: JsonLdContext }> {
  if (url === CONTEXT_IRI) return { contextUrl: undefined, documentUrl: url, document: jsonldContext() };
  throw new UnsupportedError(`JSON-LD context ${url} is not loaded: only ${CONTEXT_IRI} is known and nothing is fetched from the network`);
}

