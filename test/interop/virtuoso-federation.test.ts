/**
 * Incoming federation: a real knowledge graph store, Debian's Virtuoso,
 * runs queries with SERVICE <http://127.0.0.1:PORT/sparql> against a CDKG
 * server and gets the same rows as CDKG gives directly. See docs/federation.md.
 */
import { DEFAULTS } from '../../src/config';
import { startServer, type RunningServer } from '../../src/http/server';
import { startVirtuoso, type Virtuoso } from '../support/virtuoso';

let cdkg: RunningServer;
let virtuoso: Virtuoso;
beforeAll(async () => {
  [cdkg, virtuoso] = await Promise.all([startServer({ ...DEFAULTS, port: 0, workers: 1 }, () => undefined), startVirtuoso()]);
}, 180_000);
afterAll(async () => {
  await Promise.all([cdkg?.close(), virtuoso?.stop()]);
});

const PREFIXES = 'PREFIX cdkg: <https://w3id.org/cdkg/ontology#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> PREFIX skos: <http://www.w3.org/2004/02/skos/core#>';

type Rows = { results: { bindings: Record<string, { type: string; value: string; 'xml:lang'?: string; datatype?: string }>[] } };

/** Rows as sorted comparable strings (type, value, language, datatype of each variable). */
async function rows(endpoint: string, query: string): Promise<string[]> {
  const res = await fetch(endpoint, { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/sparql-results+json' }, body: new URLSearchParams({ query }) });
  const text = await res.text();
  expect([res.status, text.slice(0, 300)]).toEqual([200, text.slice(0, 300)]);
  return (JSON.parse(text) as Rows).results.bindings
    .map((b) => JSON.stringify(Object.entries(b).sort().map(([k, t]) => [k, t.type === 'typed-literal' ? 'literal' : t.type, t.value, t['xml:lang'] ?? '', t.datatype ?? ''])))
    .sort();
}

describe('Virtuoso federating with CDKG', () => {
  it.each([
    ['the instruments the United States is party to, with their labels', '<https://w3id.org/cdkg/id/state/united-states> cdkg:partyTo ?instrument . ?instrument rdfs:label ?label .'],
    ['the Wikidata links with the labels of what they link', '?entity skos:exactMatch ?wikidata ; rdfs:label ?label .'],
    ['votes on UN General Assembly resolutions', '?resolution a cdkg:Resolution ; cdkg:votesInFavour ?inFavour . OPTIONAL { ?resolution cdkg:documentSymbol ?symbol }'],
  ])('gets %s through SERVICE as CDKG gives them directly', async (_what, pattern) => {
    const direct = await rows(`${cdkg.url}/sparql`, `${PREFIXES} SELECT * WHERE { ${pattern} }`);
    expect(direct.length).toBeGreaterThan(0);
    const federated = await rows(virtuoso.sparql, `${PREFIXES} SELECT * WHERE { SERVICE <${cdkg.url}/sparql> { ${pattern} } }`);
    expect(federated).toEqual(direct);
  }, 60_000);
});
