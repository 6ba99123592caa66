/** Unit tests of the federation settings of src/config.ts: KB_FEDERATION_ALLOW is off by default, lists endpoint URLs, and refuses what is not one. */
import { DEFAULTS, configFromEnv } from '../../src/config';
import { ConfigError } from '../../src/errors';

describe('federation settings', () => {
  test('allow no endpoint by default, with a time limit and a result cap per remote call', () => {
    expect(DEFAULTS.federationAllow).toEqual([]);
    expect(DEFAULTS.federationTimeoutMs).toBeGreaterThan(0);
    expect(DEFAULTS.federationMaxResults).toBeGreaterThan(0);
  });

  test('KB_FEDERATION_ALLOW lists endpoint URLs separated by spaces or commas', () => {
    const config = configFromEnv({ KB_FEDERATION_ALLOW: 'https://query.wikidata.org/sparql, http://127.0.0.1:8081/sparql', KB_FEDERATION_TIMEOUT_MS: '250', KB_FEDERATION_MAX_RESULTS: '5' });
    expect(config).toMatchObject({ federationAllow: ['https://query.wikidata.org/sparql', 'http://127.0.0.1:8081/sparql'], federationTimeoutMs: 250, federationMaxResults: 5 });
  });

  test.each([['query.wikidata.org/sparql'], ['ftp://example.org/sparql'], ['https://example.org/sparql?default-graph-uri=x'], ['https://user:pw@example.org/sparql']])('an entry %s is refused with a ConfigError naming the variable', (entry) => {
    expect(() => configFromEnv({ KB_FEDERATION_ALLOW: entry })).toThrow(ConfigError);
    expect(() => configFromEnv({ KB_FEDERATION_ALLOW: entry })).toThrow(`KB_FEDERATION_ALLOW entry "${entry}"`);
  });

  test('KB_FEDERATION_TIMEOUT_MS=0 is refused: a remote call must end', () => {
    expect(() => configFromEnv({ KB_FEDERATION_TIMEOUT_MS: '0' })).toThrow(/KB_FEDERATION_TIMEOUT_MS=0 is out of range/);
  });
});
