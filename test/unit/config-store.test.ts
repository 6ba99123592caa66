/** Unit tests of the store settings of src/config.ts (KB_STORE, KB_SPARQL_*): the embedded store by default, a remote one only when fully named. */
import { DEFAULTS, configFromEnv } from '../../src/config';
import { ConfigError } from '../../src/errors';

describe('KB_STORE and KB_SPARQL_*', () => {
  test('the embedded store is the default, with no remote store', () => {
    expect(DEFAULTS.store).toBe('embedded');
    expect(configFromEnv({}).sparql).toBeUndefined();
  });

  test('KB_STORE=sparql with the endpoints and credentials gives the remote store; the update endpoint defaults to the query one', () => {
    const full = configFromEnv({ KB_STORE: 'sparql', KB_SPARQL_QUERY_URL: 'http://db.example:8890/sparql', KB_SPARQL_UPDATE_URL: 'http://db.example:8890/sparql-auth', KB_SPARQL_GSP_URL: 'http://db.example:8890/sparql-graph-crud-auth', KB_SPARQL_USER: 'cdkg', KB_SPARQL_PASSWORD: 'secret' });
    expect(full.store).toBe('sparql');
    expect(full.sparql).toEqual({ queryUrl: 'http://db.example:8890/sparql', updateUrl: 'http://db.example:8890/sparql-auth', gspUrl: 'http://db.example:8890/sparql-graph-crud-auth', user: 'cdkg', password: 'secret' });
    expect(configFromEnv({ KB_STORE: 'sparql', KB_SPARQL_QUERY_URL: 'https://db.example/sparql' }).sparql).toEqual({ queryUrl: 'https://db.example/sparql', updateUrl: 'https://db.example/sparql' });
  });

  test.each([
    [{ KB_STORE: 'virtuoso' }, /KB_STORE=virtuoso must be embedded or sparql/],
    [{ KB_STORE: 'sparql' }, /KB_STORE=sparql needs KB_SPARQL_QUERY_URL/],
    [{ KB_STORE: 'sparql', KB_SPARQL_QUERY_URL: 'db.example/sparql' }, /KB_SPARQL_QUERY_URL is not an absolute URL/],
    [{ KB_STORE: 'sparql', KB_SPARQL_QUERY_URL: 'ftp://db.example/sparql' }, /KB_SPARQL_QUERY_URL=ftp:\/\/db.example\/sparql must be an http or https URL/],
    [{ KB_STORE: 'sparql', KB_SPARQL_QUERY_URL: 'http://db.example/sparql', KB_SPARQL_USER: 'cdkg' }, /KB_SPARQL_USER and KB_SPARQL_PASSWORD go together/],
  ])('%j is refused with a ConfigError naming the setting', (env, message) => {
    expect(() => configFromEnv(env)).toThrow(ConfigError);
    expect(() => configFromEnv(env)).toThrow(message);
  });

  test('a URL holding a password is refused without repeating it', () => {
    const attempt = () => configFromEnv({ KB_STORE: 'sparql', KB_SPARQL_QUERY_URL: 'http://dba:hunter2secret@db.example/sparql' });
    expect(attempt).toThrow(/must not hold a user or password; set KB_SPARQL_USER and KB_SPARQL_PASSWORD/);
    expect(attempt).not.toThrow(/hunter2secret/);
  });
});
