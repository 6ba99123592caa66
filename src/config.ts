/**
 * One typed options object for the whole program. Defaults live here and only
 * here; the environment is read once, at start, by `configFromEnv`, and the
 * result is passed down.
 */
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { BASE } from '../ontology/namespaces';
import { ConfigError } from './errors';
import { LOG_LEVELS } from './log';
import { ROOT } from './paths';

export interface Config {
  /** Structured logs (JSON lines on stderr) from this level up (env KB_LOG_LEVEL: info, warn, error or silent); info logs every request. */
  readonly logLevel: (typeof LOG_LEVELS)[number];
  /** Folder of data Turtle files (each loaded into a named graph of its own). */
  readonly dataDir: string;
  /**
   * Folder of the stored source texts that quotes are checked against (`<slug>.txt`, env KB_SOURCES_DIR).
   * Unset, the folder `sources` beside the data folder (data/ and sources/ of the repository): read it with `sourcesDirOf`.
   */
  readonly sourcesDir?: string;
  /** Folder of the generated ontology files (cdkg.ttl, shapes.ttl). */
  readonly ontologyDir: string;
  /** Folder of the public named queries (*.rq). */
  readonly queriesDir: string;
  /** Whether the ontology is loaded beside the data (off for foreign data such as the W3C test suite). */
  readonly loadOntology: boolean;
  /** Graph IRIs for data files by file name, overriding the default `graph/<stem>` (env KB_GRAPHS="a.nt=IRI b.nt=IRI"). */
  readonly graphNames: Readonly<Record<string, string>>;
  readonly host: string;
  readonly port: number;
  /** The public base IRI the server answers for; the local host maps onto it by path. */
  readonly publicBase: string;
  /**
   * Where clients reach this server (env KB_SERVER_BASE, e.g. https://cdkg.example.org/): the base of the
   * absolute endpoint and dump URLs in VoID, DCAT and the service description. Unset, the address the server
   * listens on. Never taken from a request's Host header, which any client can set (a cached answer would
   * then point every reader at the client's host).
   */
  readonly serverBase?: string;
  readonly queryTimeoutMs: number;
  /** Result rows (or triples) beyond which an answer is cut, with a signal to the client. */
  readonly maxResults: number;
  readonly workers: number;
  /** Requests that may wait for a query worker; one more is refused with 503 and Retry-After (env KB_MAX_QUEUED). */
  readonly maxQueued: number;
  /** Largest request body of a query, form or reconciliation batch, in bytes (env KB_MAX_BODY_BYTES); beyond, 413. */
  readonly maxBodyBytes: number;
  /** Largest body of a write (SPARQL Update, a Graph Store PUT or POST), in bytes (env KB_MAX_UPDATE_BYTES); beyond, 413. */
  readonly maxUpdateBytes: number;
  /** Longest request target (path and query string), in bytes (env KB_MAX_URL_BYTES); beyond, 414 asking for POST. */
  readonly maxUrlBytes: number;
  /** Requests a second one client may make on average (env KB_RATE_LIMIT; 0 turns the limit off); beyond, 429 with Retry-After. */
  readonly rateLimit: number;
  /** Requests one client may make at once above the average, a burst (env KB_RATE_BURST). */
  readonly rateBurst: number;
  /**
   * Client addresses the rate limit never applies to (env KB_RATE_LIMIT_EXEMPT, spaces or commas between them):
   * by default this machine itself (its operator's tools, a reverse proxy in front, the benchmarks).
   */
  readonly rateLimitExempt: readonly string[];
  /**
   * Addresses of reverse proxies whose X-Forwarded-For names the client (env KB_TRUSTED_PROXIES): the rate limit then
   * applies per forwarded client. Empty: the connection's address is the client, and X-Forwarded-For is ignored
   * (any client can send one).
   */
  readonly trustedProxies: readonly string[];
  /**
   * SPARQL endpoints that SERVICE in a query may call (env KB_FEDERATION_ALLOW, endpoint URLs separated by
   * spaces or commas); empty, SERVICE is refused. Private, loopback and link-local addresses are contacted only
   * when an entry names them by address (see docs/federation.md).
   */
  readonly federationAllow: readonly string[];
  /** Time limit of one remote call of a SERVICE pattern, in milliseconds (env KB_FEDERATION_TIMEOUT_MS). */
  readonly federationTimeoutMs: number;
  /** Solutions one remote call may give (a LIMIT on each SERVICE pattern; env KB_FEDERATION_MAX_RESULTS). */
  readonly federationMaxResults: number;
  /**
   * Who may write (SPARQL Update, Graph Store Protocol): token names and tokens, from KB_ADMIN_TOKENS
   * ("name=token" pairs) or the file KB_ADMIN_TOKENS_FILE (one pair a line). Empty: writes are disabled.
   */
  readonly adminTokens: readonly AdminToken[];
  /**
   * Where the knowledge base is held (env KB_STORE): `embedded`, the in-process Oxigraph store loaded from the files
   * (the default), or `sparql`, a remote SPARQL 1.1 store that `npx kb push` filled (see `sparql`, docs/deployment.md).
   */
  readonly store: 'embedded' | 'sparql';
  /** The remote store, when `store` is `sparql`. */
  readonly sparql?: RemoteSparqlConfig;
}

/** A remote SPARQL 1.1 store (env KB_SPARQL_*). */
export interface RemoteSparqlConfig {
  /** Its query endpoint (KB_SPARQL_QUERY_URL). */
  readonly queryUrl: string;
  /** Its update endpoint (KB_SPARQL_UPDATE_URL; unset, the query endpoint, which many stores, Virtuoso among them, serve both on). */
  readonly updateUrl: string;
  /** Its Graph Store Protocol endpoint (KB_SPARQL_GSP_URL), which `kb push` then uses to replace each graph in one request. */
  readonly gspUrl?: string;
  /** HTTP credentials (KB_SPARQL_USER, KB_SPARQL_PASSWORD), sent as the store asks (Basic or Digest); never logged. */
  readonly user?: string;
  readonly password?: string;
}

/** A write token and the name that provenance records for it (never the token itself). */
export interface AdminToken {
  readonly name: string;
  readonly token: string;
}


export const DEFAULTS: Config = {
  logLevel: 'info',
  dataDir: path.join(ROOT, 'data'),
  ontologyDir: path.join(ROOT, 'ontology'),
  queriesDir: path.join(ROOT, 'queries'),
  loadOntology: true,
  graphNames: {},
  host: '127.0.0.1',
  port: 8080,
  publicBase: BASE,
  queryTimeoutMs: 10_000,
  maxResults: 100_000,
  workers: 2,
  maxQueued: 32,
  maxBodyBytes: 1_000_000,
  maxUpdateBytes: 16_000_000,
  // Most servers and proxies take 8 KiB of request line; a longer query goes in a POST body (SPARQL 1.1 Protocol §2.1.2).
  maxUrlBytes: 8_192,
  rateLimit: 50,
  rateBurst: 200,
  rateLimitExempt: ['127.0.0.1', '::1'],
  trustedProxies: [],
  federationAllow: [],
  federationTimeoutMs: 5_000,
  federationMaxResults: 10_000,
  adminTokens: [],
  store: 'embedded',
};

/** The folder of stored source texts: the configured one, else `sources` beside the data folder. */
export function sourcesDirOf(config: { readonly dataDir: string; readonly sourcesDir?: string }): string {
  return config.sourcesDir ?? path.join(path.dirname(config.dataDir), 'sources');
}

/** An integer setting within [min, max]; the message names the variable and the range. */
function int(env: NodeJS.ProcessEnv, name: string, fallback: number, min = 0, max = Number.MAX_SAFE_INTEGER): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0) throw new ConfigError(`${name}=${raw} is not a non-negative integer`);
  if (n < min || n > max) throw new ConfigError(`${name}=${raw} is out of range: it must be ${max === Number.MAX_SAFE_INTEGER ? `at least ${min}` : `from ${min} to ${max}`}`);
  return n;
}

/** A `--data DIR` flag's folder, resolved; one that is not a folder is a configuration error, named. */
export function dataDirOverride(value: string): string {
  const dir = path.resolve(value);
  if (!fs.statSync(dir, { throwIfNoEntry: false })?.isDirectory()) throw new ConfigError(`--data ${value} is not a folder`);
  return dir;
}

function bool(env: NodeJS.ProcessEnv, name: string): boolean | undefined {
  const raw = env[name];
  if (raw === undefined || raw === '') return undefined;
  if (raw !== 'true' && raw !== 'false') throw new ConfigError(`${name}=${raw} must be true or false`);
  return raw === 'true';
}

/** KB_SERVER_BASE: an absolute http(s) URL with no query or fragment, ending in `/` (added when missing) so that paths resolve below it. */
function serverBase(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError(`KB_SERVER_BASE=${raw} is not an absolute URL`);
  }
  if ((url.protocol !== 'http:' && url.protocol !== 'https:') || url.search || url.hash || url.username || url.password) {
    throw new ConfigError(`KB_SERVER_BASE=${raw} must be an http or https URL without user, query or fragment`);
  }
  return url.href.endsWith('/') ? url.href : `${url.href}/`;
}

/** KB_FEDERATION_ALLOW: absolute http(s) endpoint URLs without user, fragment or query, each named as it will be matched. */
function federationAllow(raw: string): string[] {
  return raw
    .split(/[\s,]+/)
    .filter((e) => e !== '')
    .map((entry) => {
      let url: URL;
      try {
        url = new URL(entry);
      } catch {
        throw new ConfigError(`KB_FEDERATION_ALLOW entry "${entry}" is not an absolute URL`);
      }
      if ((url.protocol !== 'http:' && url.protocol !== 'https:') || url.search || url.hash || url.username || url.password) {
        throw new ConfigError(`KB_FEDERATION_ALLOW entry "${entry}" must be an http or https endpoint URL without user, query or fragment`);
      }
      return url.href;
    });
}

/** IP addresses separated by spaces or commas, each one an address (no names: they would be resolved on every request). */
function addresses(raw: string, name: string): string[] {
  const list = raw.split(/[\s,]+/).filter((a) => a !== '');
  for (const a of list) if (net.isIP(a) === 0) throw new ConfigError(`${name} entry "${a}" is not an IP address`);
  return list;
}

function logLevel(raw: string): Config['logLevel'] {
  const level = LOG_LEVELS.find((l) => l === raw);
  if (!level) throw new ConfigError(`KB_LOG_LEVEL=${raw} must be one of ${LOG_LEVELS.join(', ')}`);
  return level;
}

/** An endpoint URL of KB_SPARQL_*: absolute http(s), without user or fragment (credentials go in KB_SPARQL_USER/PASSWORD, never in a URL that may be logged). */
function endpointUrl(env: NodeJS.ProcessEnv, name: string): string | undefined {
  const raw = env[name];
  if (raw === undefined || raw === '') return undefined;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError(`${name} is not an absolute URL`);
  }
  if (url.username || url.password) throw new ConfigError(`${name} must not hold a user or password; set KB_SPARQL_USER and KB_SPARQL_PASSWORD instead`);
  if ((url.protocol !== 'http:' && url.protocol !== 'https:') || url.hash) throw new ConfigError(`${name}=${raw} must be an http or https URL without fragment`);
  return url.href;
}

/** KB_STORE and the KB_SPARQL_* settings of a remote store. */
function storeFromEnv(env: NodeJS.ProcessEnv): Pick<Config, 'store' | 'sparql'> {
  const kind = env.KB_STORE || DEFAULTS.store;
  if (kind !== 'embedded' && kind !== 'sparql') throw new ConfigError(`KB_STORE=${kind} must be embedded or sparql`);
  const queryUrl = endpointUrl(env, 'KB_SPARQL_QUERY_URL');
  const updateUrl = endpointUrl(env, 'KB_SPARQL_UPDATE_URL');
  const gspUrl = endpointUrl(env, 'KB_SPARQL_GSP_URL');
  const { KB_SPARQL_USER: user, KB_SPARQL_PASSWORD: password } = env;
  if (Boolean(user) !== Boolean(password)) throw new ConfigError('KB_SPARQL_USER and KB_SPARQL_PASSWORD go together: set both or neither');
  if (!queryUrl) {
    if (kind === 'sparql') throw new ConfigError('KB_STORE=sparql needs KB_SPARQL_QUERY_URL, the query endpoint of the remote store');
    return { store: 'embedded' };
  }
  return { store: kind, sparql: { queryUrl, updateUrl: updateUrl ?? queryUrl, ...(gspUrl ? { gspUrl } : {}), ...(user && password ? { user, password } : {}) } };
}

/** Parses KB_GRAPHS: whitespace-separated `file=IRI` pairs. */
function graphNames(raw: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const pair of raw.trim().split(/\s+/)) {
    const eq = pair.indexOf('=');
    if (eq <= 0 || eq === pair.length - 1) throw new ConfigError(`KB_GRAPHS entry "${pair}" is not file=IRI`);
    out[pair.slice(0, eq)] = pair.slice(eq + 1);
  }
  return out;
}

/** Parses "name=token" pairs (whitespace or comma separated; `#` starts a comment line in a file). */
export function adminTokens(raw: string, where: string): AdminToken[] {
  const out: AdminToken[] = [];
  const lines = raw.split('\n').filter((l) => !l.trimStart().startsWith('#'));
  for (const pair of lines.join(' ').split(/[\s,]+/).filter(Boolean)) {
    const eq = pair.indexOf('=');
    const name = pair.slice(0, eq);
    const token = pair.slice(eq + 1);
    if (eq <= 0 || !/^[A-Za-z0-9._@-]+$/.test(name)) throw new ConfigError(`${where}: an entry is not name=token (names are letters, digits and . _ @ -)`);
    // Never echo the token: the message names the entry by its name only.
    if (token.length < 16) throw new ConfigError(`${where}: the token of "${name}" is shorter than 16 characters`);
    if (out.some((t) => t.name === name)) throw new ConfigError(`${where}: the name "${name}" is given twice`);
    out.push({ name, token });
  }
  return out;
}

function tokensFromEnv(env: NodeJS.ProcessEnv): AdminToken[] {
  const tokens = env.KB_ADMIN_TOKENS ? adminTokens(env.KB_ADMIN_TOKENS, 'KB_ADMIN_TOKENS') : [];
  if (env.KB_ADMIN_TOKENS_FILE) {
    let text: string;
    try {
      text = fs.readFileSync(env.KB_ADMIN_TOKENS_FILE, 'utf8');
    } catch (e) {
      throw new ConfigError(`KB_ADMIN_TOKENS_FILE=${env.KB_ADMIN_TOKENS_FILE} cannot be read: ${(e as Error).message}`, { cause: e });
    }
    for (const t of adminTokens(text, env.KB_ADMIN_TOKENS_FILE)) {
      if (tokens.some((x) => x.name === t.name)) throw new ConfigError(`The token name "${t.name}" is in both KB_ADMIN_TOKENS and KB_ADMIN_TOKENS_FILE`);
      tokens.push(t);
    }
  }
  return tokens;
}

/** Reads the environment once; `overrides` (from CLI flags) win over it. */
export function configFromEnv(env: NodeJS.ProcessEnv = process.env, overrides: Partial<Config> = {}): Config {
  const loadOntology = bool(env, 'KB_LOAD_ONTOLOGY');
  const fromEnv: Partial<Config> = {
    ...(env.KB_LOG_LEVEL ? { logLevel: logLevel(env.KB_LOG_LEVEL) } : {}),
    ...(env.KB_DATA_DIR ? { dataDir: path.resolve(env.KB_DATA_DIR) } : {}),
    ...(env.KB_SOURCES_DIR ? { sourcesDir: path.resolve(env.KB_SOURCES_DIR) } : {}),
    ...(loadOntology === undefined ? {} : { loadOntology }),
    ...(env.KB_GRAPHS ? { graphNames: graphNames(env.KB_GRAPHS) } : {}),
    ...(env.HOST ? { host: env.HOST } : {}),
    ...(env.KB_SERVER_BASE ? { serverBase: serverBase(env.KB_SERVER_BASE) } : {}),
    // A TCP port is 16 bits; 0 asks the system for a free one.
    port: int(env, 'PORT', DEFAULTS.port, 0, 65535),
    // 0 ms would stop every query before it starts; there is no "no limit" setting, as a runaway query must always end.
    queryTimeoutMs: int(env, 'KB_QUERY_TIMEOUT_MS', DEFAULTS.queryTimeoutMs, 1),
    // 0 rows would make every answer empty and "truncated"; as with the time limit, there is no "no limit" setting.
    maxResults: int(env, 'KB_MAX_RESULTS', DEFAULTS.maxResults, 1),
    workers: int(env, 'KB_WORKERS', DEFAULTS.workers, 1),
    maxQueued: int(env, 'KB_MAX_QUEUED', DEFAULTS.maxQueued),
    maxBodyBytes: int(env, 'KB_MAX_BODY_BYTES', DEFAULTS.maxBodyBytes, 1),
    maxUpdateBytes: int(env, 'KB_MAX_UPDATE_BYTES', DEFAULTS.maxUpdateBytes, 1),
    // Below 256 bytes not even the service's own links (a fragment page, a named query with its parameters) would fit.
    maxUrlBytes: int(env, 'KB_MAX_URL_BYTES', DEFAULTS.maxUrlBytes, 256),
    rateLimit: int(env, 'KB_RATE_LIMIT', DEFAULTS.rateLimit),
    rateBurst: int(env, 'KB_RATE_BURST', DEFAULTS.rateBurst, 1),
    ...(env.KB_RATE_LIMIT_EXEMPT !== undefined ? { rateLimitExempt: addresses(env.KB_RATE_LIMIT_EXEMPT, 'KB_RATE_LIMIT_EXEMPT') } : {}),
    ...(env.KB_TRUSTED_PROXIES ? { trustedProxies: addresses(env.KB_TRUSTED_PROXIES, 'KB_TRUSTED_PROXIES') } : {}),
    ...(env.KB_FEDERATION_ALLOW ? { federationAllow: federationAllow(env.KB_FEDERATION_ALLOW) } : {}),
    federationTimeoutMs: int(env, 'KB_FEDERATION_TIMEOUT_MS', DEFAULTS.federationTimeoutMs, 1),
    federationMaxResults: int(env, 'KB_FEDERATION_MAX_RESULTS', DEFAULTS.federationMaxResults, 1),
    adminTokens: tokensFromEnv(env),
    ...storeFromEnv(env),
  };
  return { ...DEFAULTS, ...fromEnv, ...overrides };
}
