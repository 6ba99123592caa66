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

  test('a kept-alive connection closed under a query is tried once more on a new one; under a non-idempotent request it is reported', async () => {
    let calls = 0;
    // Every second request (the one on the kept-alive connection) finds it closed, as when a store drops idle connections.
    handler = (req, res) => {
      calls++;
      if (calls % 2 === 0) req.socket.destroy();
      else res.writeHead(200, { 'Content-Type': 'application/sparql-results+json' }).end('{"boolean":true}');
    };
    const client = new RemoteHttp();
    const ask = (idempotent: boolean) => client.send({ url, method: 'POST', body: 'query=ASK%7B%7D', timeoutMs: 2000, what: 'query', idempotent });
    await expect(ask(true)).resolves.toMatchObject({ text: '{"boolean":true}' });
    await expect(ask(true)).resolves.toMatchObject({ text: '{"boolean":true}' });
    expect(calls).toBe(3);
    await expect(ask(false)).rejects.toThrow(/cannot be reached/);
    client.close();
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
