/** Unit tests of src/store/remote/http.ts against small local HTTP servers: failures become the embedded store's errors, with nothing of the answer in the message. */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { QuerySyntaxError, ResourceError, TimeoutError } from '../../../../src/errors';
import { RemoteHttp } from '../../../../src/store/remote/http';

let server: http.Server;
let url: string;
let handler: (req: http.IncomingMessage, res: http.ServerResponse) => void;
beforeAll(async () => {
  server = http.createServer((req, res) => handler(req, res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/sparql`;
});
afterAll(() => new Promise((resolve) => server.close(resolve)));

const send = (options: { idempotent?: boolean; timeoutMs?: number } = {}) =>
  new RemoteHttp({ user: 'cdkg', password: 'pw-not-to-be-shown' }).send({ url, method: 'POST', body: 'query=ASK%7B%7D', timeoutMs: options.timeoutMs ?? 2000, what: 'query', idempotent: options.idempotent ?? true });

describe('RemoteHttp', () => {
  test('a 500 is a ResourceError naming the store, without the body', async () => {
    handler = (_req, res) => res.writeHead(500).end('Virtuoso 42000 secret internals');
    const e = await send().catch((x: unknown) => x);
    expect(e).toBeInstanceOf(ResourceError);
    expect((e as Error).message).toMatch(/^The remote SPARQL store at http:\/\/127\.0\.0\.1:\d+ failed on the query \(HTTP 500\)/);
    expect((e as Error).message).not.toContain('secret internals');
  });

  test('a 400 is a QuerySyntaxError with the first line of the answer only', async () => {
    handler = (_req, res) => res.writeHead(400).end('Virtuoso 37000 Error SP030: syntax error at x\n\nSPARQL query:\nASK {}');
    const e = await send().catch((x: unknown) => x);
    expect(e).toBeInstanceOf(QuerySyntaxError);
    expect((e as Error).message).toContain('SP030: syntax error at x');
    expect((e as Error).message).not.toContain('SPARQL query:');
  });

  test('an answer slower than the limit is a TimeoutError', async () => {
    handler = (_req, res) => setTimeout(() => res.end('{}'), 500);
    await expect(send({ timeoutMs: 50 })).rejects.toBeInstanceOf(TimeoutError);
  });

  test('a Digest challenge is answered with the credentials, which never appear in a message', async () => {
    const seen: (string | undefined)[] = [];
    handler = (req, res) => {
      seen.push(req.headers.authorization);
      if (!req.headers.authorization) res.writeHead(401, { 'WWW-Authenticate': 'Digest realm="SPARQL", nonce="abc", qop="auth"' }).end();
      else res.writeHead(403).end('no');
    };
    const e = await send().catch((x: unknown) => x);
    expect(seen[0]).toBeUndefined();
    expect(seen[1]).toMatch(/^Digest username="cdkg", realm="SPARQL", nonce="abc", uri="\/sparql", response="[0-9a-f]{32}".*qop=auth, nc=00000001/);
    expect((e as Error).message).toMatch(/refused the query \(HTTP 403\): check KB_SPARQL_USER, KB_SPARQL_PASSWORD/);
    expect((e as Error).message).not.toContain('pw-not-to-be-shown');
  });

  test('a query sent on kept-alive connections the store has closed is tried once more on a new connection, and answered', async () => {
    // The store drops every connection after its first request, as Virtuoso drops idle ones: the client's pool then holds two dead connections.
    const served = new WeakSet<object>();
    let requests = 0;
    handler = (req, res) => {
      requests++;
      if (served.has(req.socket)) return void req.socket.destroy();
      served.add(req.socket);
      res.writeHead(200, { 'Content-Type': 'application/sparql-results+json' }).end('{"boolean":true}');
    };
    const client = new RemoteHttp();
    const ask = () => client.send({ url, method: 'POST', body: 'query=ASK%7B%7D', timeoutMs: 2000, what: 'query', idempotent: true });
    await Promise.all([ask(), ask()]);
    expect(requests).toBe(2);
    await expect(ask()).resolves.toMatchObject({ text: '{"boolean":true}' });
    // One attempt on a dead pooled connection, then one on a new one: not a second dead one from the pool.
    expect(requests).toBe(4);
    client.close();
  });

  test('a request that must not be sent twice goes on a connection of its own, so a closed kept-alive one cannot lose it, and is sent once', async () => {
    const served = new WeakSet<object>();
    const bodies: string[] = [];
    handler = (req, res) => {
      if (served.has(req.socket)) return void req.socket.destroy();
      served.add(req.socket);
      let body = '';
      req.on('data', (c: Buffer) => (body += c.toString()));
      req.on('end', () => {
        bodies.push(body);
        res.writeHead(204).end();
      });
    };
    const client = new RemoteHttp();
    await client.send({ url, method: 'POST', body: 'query=ASK%7B%7D', timeoutMs: 2000, what: 'query', idempotent: true });
    const update = () => client.send({ url, method: 'POST', body: 'update=CLEAR%20DEFAULT', timeoutMs: 2000, what: 'update' });
    await expect(update()).resolves.toMatchObject({ text: '' });
    await expect(update()).resolves.toMatchObject({ text: '' });
    expect(bodies).toEqual(['query=ASK%7B%7D', 'update=CLEAR%20DEFAULT', 'update=CLEAR%20DEFAULT']);
    client.close();
  });

  test('a request that finds the store gone after it was sent is reported, not sent again', async () => {
    let requests = 0;
    handler = (req) => {
      requests++;
      req.socket.destroy();
    };
    const e = await new RemoteHttp().send({ url, method: 'POST', body: 'update=CLEAR%20DEFAULT', timeoutMs: 2000, what: 'update' }).catch((x: unknown) => x);
    expect((e as Error).message).toMatch(/^The remote SPARQL store at http:\/\/127\.0\.0\.1:\d+ cannot be reached \(update\); retry later$/);
    expect(requests).toBe(1);
  });

  test('a store that does not listen is a ResourceError saying it cannot be reached', async () => {
    const closed = http.createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', () => resolve()));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const e = await new RemoteHttp().send({ url: `http://127.0.0.1:${port}/sparql`, method: 'POST', body: '', timeoutMs: 2000, what: 'query' }).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(ResourceError);
    expect((e as Error).message).toBe(`The remote SPARQL store at http://127.0.0.1:${port} cannot be reached (query); retry later`);
  });
});
