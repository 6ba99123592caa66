/** The Graph Store HTTP Protocol at /graphs (indirect identification): every method, with and without a token. */
import { Parser as N3Parser } from 'n3';
import { request } from './support/http';
import { ALICE, bearer, filesOf, useWritableServer } from './support/writable';

const server = useWritableServer();
const G = 'https://w3id.org/cdkg/graph/notes';
const at = (graph: string) => `${server.url()}/graphs?graph=${encodeURIComponent(graph)}`;
const ttl = (n: number) => `<urn:note:${n}> <urn:says> "note ${n}" .`;
const write = (method: string, body?: string, headers: Record<string, string> = bearer(ALICE.token)) =>
  request(at(G), { method, headers: { 'Content-Type': 'text/turtle', ...headers }, ...(body !== undefined ? { body } : {}) });
const triples = async () => {
  const res = await request(at(G), { headers: { Accept: 'text/turtle' } });
  return { status: res.status, objects: res.status === 200 ? new N3Parser().parse(res.body).map((q) => q.object.value).sort() : [] };
};

describe('/graphs', () => {
  test('PUT, POST and DELETE without a token are 401 and change nothing', async () => {
    const before = filesOf(server.dataDir);
    for (const method of ['PUT', 'POST', 'DELETE']) {
      const res = await write(method, method === 'DELETE' ? undefined : ttl(0), {});
      expect(`${method} ${res.status} ${res.body}`).toMatch(/^\w+ 401 /);
    }
    expect(filesOf(server.dataDir)).toEqual(before);
    expect((await triples()).status).toBe(404);
  });

  test('PUT creates a graph (201), GET reads it back, POST adds to it (204), PUT replaces it, DELETE removes it (204, then 404)', async () => {
    expect((await write('PUT', ttl(1))).status).toBe(201);
    expect(await triples()).toEqual({ status: 200, objects: ['note 1'] });
    expect((await write('POST', ttl(2))).status).toBe(204);
    expect((await triples()).objects).toEqual(['note 1', 'note 2']);
    expect((await write('PUT', ttl(3))).status).toBe(204);
    expect((await triples()).objects).toEqual(['note 3']);
    const head = await request(at(G), { method: 'HEAD', headers: { Accept: 'text/turtle' } });
    expect(head.status).toBe(200);
    expect(head.body).toBe('');
    expect((await write('DELETE')).status).toBe(204);
    expect((await triples()).status).toBe(404);
    expect((await write('DELETE')).status).toBe(404);
  });

  test('a body that is not Turtle is a 400 naming the line; an unsupported media type is a 415', async () => {
    expect((await write('PUT', '<urn:a> <urn:b> .')).status).toBe(400);
    const res = await request(at(G), { method: 'PUT', headers: { 'Content-Type': 'application/pdf', ...bearer(ALICE.token) }, body: 'x' });
    expect(res.status).toBe(415);
  });

  test('a PUT that would break a shape is a 422 and leaves the graph and the files as they were', async () => {
    const before = filesOf(server.dataDir);
    const actors = 'https://w3id.org/cdkg/graph/actors';
    const bad = '<https://w3id.org/cdkg/id/state/united-states> a <https://w3id.org/cdkg/ontology#State> .';
    const res = await request(`${server.url()}/graphs?graph=${encodeURIComponent(actors)}`, { method: 'PUT', headers: { 'Content-Type': 'text/turtle', ...bearer(ALICE.token) }, body: bad });
    expect(res.status).toBe(422);
    expect(filesOf(server.dataDir)).toEqual(before);
    const after = await request(`${server.url()}/graphs?graph=${encodeURIComponent(actors)}`, { headers: { Accept: 'application/n-triples' } });
    expect(after.body.split('\n').filter(Boolean).length).toBeGreaterThan(20);
  });

  test('POST to /graphs names a new graph: 201 with the graph IRI as Location, which ?graph= then reads (§5.5)', async () => {
    const res = await request(`${server.url()}/graphs`, { method: 'POST', headers: { 'Content-Type': 'text/turtle', ...bearer(ALICE.token) }, body: ttl(7) });
    expect(res.status).toBe(201);
    const location = res.headers.location as string;
    expect(location).toMatch(/^https:\/\/w3id\.org\/cdkg\/graph\/new-[0-9a-f-]+$/);
    const read = await request(at(location), { headers: { Accept: 'application/n-triples' } });
    expect(read.body).toContain('"note 7"');
    expect((await request(at(location), { method: 'DELETE', headers: bearer(ALICE.token) })).status).toBe(204);
  });

  test('a multipart/form-data POST merges every part into the graph, each in its own syntax (§5.5)', async () => {
    const parts = [['text/turtle', ttl(4)], ['application/n-triples', ttl(5)]].map(([type, text]) => `--b0undary\r\nContent-Disposition: form-data; name="f"; filename="f"\r\nContent-Type: ${type}\r\n\r\n${text}\r\n`);
    const res = await request(at(G), { method: 'POST', headers: { 'Content-Type': 'multipart/form-data; boundary=b0undary', ...bearer(ALICE.token) }, body: `${parts.join('')}--b0undary--\r\n` });
    expect(res.status).toBe(201);
    expect((await triples()).objects).toEqual(['note 4', 'note 5']);
    expect((await write('DELETE')).status).toBe(204);
  });

  test('blank nodes of a POSTed document stay apart from those already stored, whatever their labels', async () => {
    for (const n of [8, 9]) expect((await write('POST', `_:a <urn:says> "note ${n}" .`)).status).toBeLessThan(300);
    const res = await request(at(G), { headers: { Accept: 'application/n-triples' } });
    const subjects = new N3Parser({ format: 'N-Triples' }).parse(res.body).map((q) => q.subject.value);
    expect(new Set(subjects).size).toBe(2);
    expect((await write('DELETE')).status).toBe(204);
  });

  test('?graph and ?default together, or a relative graph IRI, are 400', async () => {
    expect((await request(`${server.url()}/graphs?default&graph=${encodeURIComponent(G)}`)).status).toBe(400);
    expect((await request(`${server.url()}/graphs?graph=notes`)).status).toBe(400);
  });
});
