/** Unit tests of src/config.ts: the environment is read once into typed options, and a bad value is an error naming the variable and what it must be. */
import path from 'node:path';
import { BASE } from '../../ontology/namespaces';
import { DEFAULTS, configFromEnv, dataDirOverride, sourcesDirOf } from '../../src/config';
import { ConfigError } from '../../src/errors';

describe('configFromEnv', () => {
  test('an empty environment gives the defaults, serving the one public base', () => {
    expect(configFromEnv({})).toEqual(DEFAULTS);
    expect(DEFAULTS.publicBase).toBe(BASE);
    expect(DEFAULTS.host).toBe('127.0.0.1');
    expect(DEFAULTS.port).toBe(8080);
  });

  test('environment variables are read once into typed options', () => {
    const config = configFromEnv({ PORT: '0', HOST: '0.0.0.0', KB_DATA_DIR: 'x/data', KB_LOAD_ONTOLOGY: 'false', KB_QUERY_TIMEOUT_MS: '250', KB_WORKERS: '3', KB_GRAPHS: 'a.nt=http://example.org/a' });
    expect(config).toMatchObject({ port: 0, host: '0.0.0.0', dataDir: path.resolve('x/data'), loadOntology: false, queryTimeoutMs: 250, workers: 3, graphNames: { 'a.nt': 'http://example.org/a' } });
  });

  test('KB_SERVER_BASE sets where clients reach the server, with a trailing slash, and is unset by default', () => {
    expect(DEFAULTS.serverBase).toBeUndefined();
    expect(configFromEnv({ KB_SERVER_BASE: 'https://cdkg.example.org/kb' }).serverBase).toBe('https://cdkg.example.org/kb/');
    expect(configFromEnv({ KB_SERVER_BASE: 'http://localhost:8080/' }).serverBase).toBe('http://localhost:8080/');
  });

  test.each([['cdkg.example.org'], ['ftp://cdkg.example.org/'], ['https://cdkg.example.org/?x=1']])('KB_SERVER_BASE=%s is refused with a ConfigError naming the variable', (raw) => {
    expect(() => configFromEnv({ KB_SERVER_BASE: raw })).toThrow(ConfigError);
    expect(() => configFromEnv({ KB_SERVER_BASE: raw })).toThrow(`KB_SERVER_BASE=${raw}`);
  });

  test('the request limits are read from the environment: sizes, queue, rate, exemptions and trusted proxies', () => {
    const config = configFromEnv({ KB_MAX_BODY_BYTES: '10', KB_MAX_UPDATE_BYTES: '20', KB_MAX_URL_BYTES: '300', KB_MAX_QUEUED: '0', KB_RATE_LIMIT: '0', KB_RATE_BURST: '5', KB_RATE_LIMIT_EXEMPT: '', KB_TRUSTED_PROXIES: '10.0.0.1, ::1' });
    expect(config).toMatchObject({ maxBodyBytes: 10, maxUpdateBytes: 20, maxUrlBytes: 300, maxQueued: 0, rateLimit: 0, rateBurst: 5, rateLimitExempt: [], trustedProxies: ['10.0.0.1', '::1'] });
  });

  test('a limit out of its range, or an address that is no IP address, is a ConfigError naming the variable', () => {
    expect(() => configFromEnv({ KB_MAX_URL_BYTES: '100' })).toThrow('KB_MAX_URL_BYTES=100 is out of range: it must be at least 256');
    expect(() => configFromEnv({ KB_RATE_BURST: '0' })).toThrow('KB_RATE_BURST=0 is out of range');
    expect(() => configFromEnv({ KB_TRUSTED_PROXIES: 'proxy.example.org' })).toThrow('KB_TRUSTED_PROXIES entry "proxy.example.org" is not an IP address');
  });

  test('overrides from command-line flags win over the environment', () => {
    expect(configFromEnv({ PORT: '9000' }, { port: 0 }).port).toBe(0);
  });

  test.each([
    [{ PORT: 'eighty' }, /PORT=eighty is not a non-negative integer/],
    [{ KB_QUERY_TIMEOUT_MS: '-5' }, /KB_QUERY_TIMEOUT_MS=-5/],
    [{ KB_LOAD_ONTOLOGY: 'yes' }, /KB_LOAD_ONTOLOGY=yes must be true or false/],
    [{ KB_WORKERS: '0' }, /KB_WORKERS=0 is out of range: it must be at least 1/],
    [{ KB_MAX_RESULTS: '0' }, /KB_MAX_RESULTS=0 is out of range: it must be at least 1/],
    [{ KB_MAX_RESULTS: '-1' }, /KB_MAX_RESULTS=-1 is not a non-negative integer/],
    [{ KB_GRAPHS: 'a.nt' }, /KB_GRAPHS entry "a.nt" is not file=IRI/],
    [{ PORT: '70000' }, /PORT=70000 is out of range: it must be from 0 to 65535/],
    [{ KB_QUERY_TIMEOUT_MS: '0' }, /KB_QUERY_TIMEOUT_MS=0 is out of range: it must be at least 1/],
  ])('a bad value (%j) is refused with a ConfigError naming the variable', (env, message) => {
    expect(() => configFromEnv(env)).toThrow(ConfigError);
    expect(() => configFromEnv(env)).toThrow(message);
  });

  test('the ends of the ranges are accepted: port 0 and 65535, a time limit of 1 ms, a result limit of 1 row', () => {
    expect(configFromEnv({ PORT: '65535', KB_QUERY_TIMEOUT_MS: '1', KB_MAX_RESULTS: '1' })).toMatchObject({ port: 65535, queryTimeoutMs: 1, maxResults: 1 });
    expect(configFromEnv({ PORT: '0' }).port).toBe(0);
  });

  test('a --data flag names an existing folder, resolved; anything else is a configuration error naming it', () => {
    expect(dataDirOverride('test')).toBe(path.resolve('test'));
    expect(() => dataDirOverride('no/such/folder')).toThrow('--data no/such/folder is not a folder');
    expect(() => dataDirOverride('package.json')).toThrow('--data package.json is not a folder');
  });

  test('the stored source texts are the folder sources beside the data folder, unless KB_SOURCES_DIR names another', () => {
    expect(sourcesDirOf(DEFAULTS)).toBe(path.resolve(__dirname, '../../sources'));
    expect(sourcesDirOf(configFromEnv({ KB_DATA_DIR: 'x/data' }))).toBe(path.resolve('x/sources'));
    expect(sourcesDirOf(configFromEnv({ KB_DATA_DIR: 'x/data', KB_SOURCES_DIR: 'y/texts' }))).toBe(path.resolve('y/texts'));
  });
});
