/**
 * The HTTP server: node:http (no framework: the route table, negotiation and
 * error mapping are a few small files, and the SPARQL Protocol needs exact
 * control of statuses and headers). Each request is parsed, dispatched on
 * the route table, and any error goes through ./errors.ts.
 */
import { randomUUID } from 'node:crypto';
import http from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { sourcesDirOf, type Config } from '../config';
import { BadRequestError, InvalidDataError, NotFoundError } from '../errors';
import { jsonLog, type Log } from '../log';
import { namedQueriesOf, type NamedQueries } from '../sparql/named';
import { Federation } from '../sparql/federation/executor';
import { openStores, type Backend, type OpeningStores } from '../sparql/backend';
import { sourceFiles } from '../store/files';
import { checkQuotes } from '../store/quotes';
import { SparqlService, serviceOptions } from '../sparql/service';
import { filesLastModified } from './conditional';
import { methodNotAllowed, sendError } from './errors';
import { readShapes, type ShapesDocument } from './handlers/shapes';
import { checkTargetLength, RateLimiter } from './limits';
import { CONTENT_SECURITY_POLICY } from './security';
import { LIMIT_HEADER, TRUNCATED_HEADER } from './respond';
import type { App, Route } from './route';
import { ROUTES } from './routes';

export interface RunningServer {
  readonly url: string;
  /** Resolves once every query worker has loaded (the server answers from the first one on, the others start once it listens; see WorkerPool). */
  whenLoaded(): Promise<void>;
  /** Stops accepting connections, lets in-flight requests finish, then stops the workers. */
  close(): Promise<void>;
}

/** Any origin may read (CORS): the endpoint is public and holds no credentials. */
const CORS = {
  'Access-Control-Allow-Origin': '*',
  // Headers a script may read besides the CORS-safelisted ones (Fetch §3.2.6): the ETag for conditional requests
  // (Last-Modified is safelisted, named beside it for clients that predate that), the Link alternates and describedby,
  // the negotiated Content-Location, and the truncation and back-off signals.
  'Access-Control-Expose-Headers': `ETag, Last-Modified, Link, Content-Location, Location, CDKG-Change, WWW-Authenticate, ${TRUNCATED_HEADER}, ${LIMIT_HEADER}, Retry-After, X-Request-Id`,
};

function match(routes: readonly Route[], pathname: string) {
  return routes.flatMap((route) => {
    const m = route.pattern.exec(pathname);
    return m ? [{ route, params: { ...(m.groups ?? {}) } }] : [];
  });
}

function allowed(methods: readonly string[]): string[] {
  return [...new Set([...methods, ...(methods.includes('GET') ? ['HEAD'] : []), 'OPTIONS'])];
}

/**
 * The request URL; a Host header that is not a host (RFC 9110 §7.2) is a 400, not a crash.
 * An origin-form target is a path (RFC 9112 §3.2.1), so it is appended to the origin rather than resolved
 * against it: resolved, `//id/x` would be a network-path reference whose `id` is a host (RFC 3986 §4.2).
 * Repeated slashes are kept, not collapsed: an empty segment is part of the path and no RFC 3986 §6
 * normalisation removes it, so `//id/x` is another resource than `/id/x` (a 404 naming the path asked for).
 */
function requestUrl(req: http.IncomingMessage, app: App): URL {
  try {
    const base = new URL(`http://${req.headers.host ?? `${app.config.host}:${app.config.port}`}`);
    // A Host with a path, query, fragment or user part is no host, and must not leak into the path.
    if (base.href !== `${base.origin}/`) throw new TypeError('Host header is not a host');
    const target = req.url ?? '/';
    return target.startsWith('/') ? new URL(`${base.origin}${target}`) : new URL(target, base);
  } catch (e) {
    throw new BadRequestError(`Malformed request target or Host header: ${JSON.stringify(req.headers.host ?? req.url)}`, { cause: e });
  }
}

/** Parse → dispatch → write, for one request. */
/** A client's X-Request-Id is kept when it is a plain token (so a proxy's id follows the request through); else one is made. */
const REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

async function handle(app: App, routes: readonly Route[], limiter: RateLimiter, req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
  const started = performance.now();
  const given = req.headers['x-request-id'];
  const id = typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
  let route = '';
  // One record per request once its answer is sent or the connection is gone: never a header, body or query string.
  res.once('close', () =>
    app.log('info', { msg: 'request', request: id, method: req.method, route, path: req.url?.split('?')[0], status: res.statusCode, ms: Math.round((performance.now() - started) * 10) / 10, ...(res.writableFinished ? {} : { aborted: true }) }),
  );
  res.setHeader('X-Request-Id', id);
  for (const [k, v] of Object.entries(CORS)) res.setHeader(k, v);
  // Every answer is what its Content-Type says: a browser must not sniff a Turtle or text body into HTML (Fetch §3.5.1).
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Content-Security-Policy', CONTENT_SECURITY_POLICY);
  try {
    // The cheap refusals first: nothing of a request past the limits is parsed.
    checkTargetLength(req, app.config.maxUrlBytes);
    limiter.admit(req);
    const url = requestUrl(req, app);
    let pathname: string;
    try {
      pathname = decodeURIComponent(url.pathname);
    } catch {
      throw new NotFoundError(`No resource at ${url.pathname}`);
    }
    // No resource name holds a control character; refused here, no route pattern, page or RDF comment ever sees one
    // (a decoded line break in a path could otherwise end a comment line of a Turtle 404 and start triples).
    if (/[\u0000-\u001f\u007f]/.test(pathname)) throw new NotFoundError(`No resource at ${url.pathname}`);
    const found = match(routes, pathname);
    if (found.length === 0) throw new NotFoundError(`No resource at ${url.pathname}`);
    const methods = allowed(found.map((f) => f.route.method));
    const method = req.method === 'HEAD' ? 'GET' : req.method;
    if (req.method === 'OPTIONS') {
      // CORS preflight (Fetch standard §3.2.2): allow the listed methods and the headers a query needs.
      res.writeHead(204, {
        Allow: methods.join(', '),
        'Access-Control-Allow-Methods': methods.join(', '),
        'Access-Control-Allow-Headers': req.headers['access-control-request-headers'] ?? 'Accept, Content-Type',
        'Access-Control-Max-Age': '86400',
      });
      res.end();
      return;
    }
    const hit = found.find((f) => f.route.method === method);
    if (!hit) throw methodNotAllowed(methods);
    route = hit.route.handler.name;
    await hit.route.handler({ req, res, url, params: hit.params, app });
  } catch (e) {
    // Refused before its body was read (401 on a write, 413): the unread bytes would be taken for the next request
    // on a kept-alive connection, so this connection ends with the answer (RFC 9112 §9.6).
    if (!req.complete && !res.headersSent) res.setHeader('Connection', 'close');
    sendError(res, e, app.log, id);
  }
}

/**
 * The host part of the server's own URL: an IPv6 literal in brackets (RFC 3986 §3.2.2), and for the
 * unspecified addresses (listen on every interface) `localhost`, as 0.0.0.0 or :: is no address a client can reach.
 */
function urlHost(host: string): string {
  if (host === '0.0.0.0' || host === '::') return 'localhost';
  return host.includes(':') ? `[${host}]` : host;
}

/** `stores` may be opened by the caller first (src/main.ts does, so the data loads while this module is read). */
export async function startServer(config: Config, log: Log = jsonLog(config.logLevel), stores: OpeningStores = openStores(config)): Promise<RunningServer> {
  // The first worker loads the data in its own thread while this one reads the named queries and the shapes.
  const { writes, opening } = stores;
  let named: NamedQueries;
  let shapes: ShapesDocument | undefined;
  try {
    named = namedQueriesOf(config);
    shapes = readShapes(config);
  } catch (e) {
    await (await opening.catch(() => undefined))?.close();
    await writes?.close();
    throw e;
  }
  let pool: Backend;
  try {
    // The worker pool of embedded stores, or a remote SPARQL store (KB_STORE=sparql, docs/deployment.md).
    pool = await opening;
  } catch (e) {
    await writes?.close();
    throw e;
  }
  writes?.addSink(pool);
  try {
    // A quote is the source's own words: data whose quotes are not in their stored texts is not served (kb validate reports the same).
    const fileOfGraph = new Map(sourceFiles(config).map((s) => [s.graph, path.relative(process.cwd(), s.file) || s.file]));
    const misquoted = await checkQuotes(pool, { sourcesDir: sourcesDirOf(config), fileOf: (_focus, graph) => (graph ? fileOfGraph.get(graph) : undefined) });
    if (misquoted.length) throw new InvalidDataError(misquoted);
    const federation = new Federation(pool, { allow: config.federationAllow, timeoutMs: config.federationTimeoutMs, maxResults: config.federationMaxResults, queryTimeoutMs: config.queryTimeoutMs });
    const sparql = new SparqlService(pool, serviceOptions(config), federation);
    const triples = await pool.size();
    const filesModified = filesLastModified(config, shapes ? [shapes.file] : []);
    const parts = {
      config,
      sparql,
      store: pool,
      workers: () => pool.health(),
      named,
      log,
      shapes,
      writes,
      get triples() {
        return writes?.size ?? triples;
      },
      get lastModified() {
        return writes?.lastCommit ?? filesModified;
      },
    };
    const server = http.createServer();
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(config.port, config.host, () => resolve());
    });
    const { port } = server.address() as AddressInfo;
    const url = `http://${urlHost(config.host)}:${port}`;
    const app: App = Object.defineProperties({ ...parts, serverBase: config.serverBase ?? `${url}/` }, Object.getOwnPropertyDescriptors(parts));
    // Attached in the same turn as the listen callback, so no request arrives before the app knows its own URL (port 0 is known only now).
    const limiter = new RateLimiter(config);
    server.on('request', (req: http.IncomingMessage, res: http.ServerResponse) => void handle(app, ROUTES, limiter, req, res));
    // Only now the other workers start: before, they would share the cores with the first load and the quote check (see WorkerPool).
    pool.fill().catch((e: unknown) => log('error', { msg: 'a query worker did not load; the others answer', error: e instanceof Error ? e.message : String(e) }));
    return {
      url,
      whenLoaded: () => pool.fill(),
      close: async () => {
        const closed = new Promise<void>((resolve) => server.close(() => resolve()));
        server.closeIdleConnections();
        await closed;
        await pool.close();
        await writes?.close();
      },
    };
  } catch (e) {
    await pool.close();
    await writes?.close();
    throw e;
  }
}
