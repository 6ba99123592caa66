/** Unit tests of src/sparql/federation/guard.ts: which addresses are public, and the allowlist check (nothing is contacted). */
import { EndpointGuard, isPublicAddress } from '../../../../src/sparql/federation/guard';
import { limitServices } from '../../../../src/sparql/federation/executor';
import { generateQuery, parseQuery } from '../../../../src/sparql/parse';

describe('isPublicAddress', () => {
  it.each(['127.0.0.1', '10.1.2.3', '172.16.0.1', '192.168.1.1', '169.254.169.254', '100.64.0.1', '0.0.0.0', '224.0.0.1', '::1', '::', 'fe80::1', 'fd00::1', '::ffff:127.0.0.1', 'not-an-address'])('refuses %s', (address) => {
    expect(isPublicAddress(address)).toBe(false);
  });

  it.each(['8.8.8.8', '208.80.154.224', '2620:0:862:ed1a::1', '::ffff:8.8.8.8'])('accepts %s', (address) => {
    expect(isPublicAddress(address)).toBe(true);
  });
});

describe('EndpointGuard', () => {
  const never = async () => {
    throw new Error('resolution must not happen');
  };
  const guard = new EndpointGuard({ allow: ['https://query.wikidata.org/sparql'], timeoutMs: 1000, maxBytes: 1000, resolve: never });

  it('allows an allowlisted endpoint whatever its query string', () => {
    expect(() => guard.checkAllowed('https://query.wikidata.org/sparql')).not.toThrow();
  });

  it('refuses another path, scheme or port of the same host, naming the setting', () => {
    for (const endpoint of ['https://query.wikidata.org/other', 'http://query.wikidata.org/sparql', 'https://query.wikidata.org:8443/sparql', 'ftp://query.wikidata.org/sparql']) {
      expect(() => guard.checkAllowed(endpoint)).toThrow(/is not allowed: it is not among the endpoints KB_FEDERATION_ALLOW names/);
    }
  });

  it('refuses a host name that resolves to a private address before connecting', async () => {
    const rebinding = new EndpointGuard({ allow: ['http://cdkg.example/sparql'], timeoutMs: 1000, maxBytes: 1000, resolve: async () => [{ address: '93.184.216.34', family: 4 }, { address: '10.0.0.7', family: 4 }] });
    await expect(rebinding.fetch('http://cdkg.example/sparql?query=ASK%7B%7D')).rejects.toThrow(/cdkg\.example resolves to 10\.0\.0\.7, which is not a public address/);
  });
});

describe('limitServices', () => {
  it('wraps each SERVICE group in a SELECT * with the LIMIT, leaving the rest of the query as it is', () => {
    const q = parseQuery('SELECT ?s WHERE { ?s ?p ?o . SERVICE <http://a.org/sparql> { ?s <http://x.org/p> ?v } } LIMIT 5');
    const text = generateQuery(limitServices(q.ast, 7) as typeof q.ast);
    expect(text).toMatch(/SERVICE <http:\/\/a\.org\/sparql> \{\s*\{\s*SELECT \* WHERE \{ \?s <http:\/\/x\.org\/p> \?v\. \}\s*LIMIT 7\s*\}\s*\}/);
    expect(text).toMatch(/LIMIT 5$/);
    expect(generateQuery(q.ast)).not.toMatch(/LIMIT 7/);
  });
});
