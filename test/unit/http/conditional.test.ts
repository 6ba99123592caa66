/** Unit tests of src/http/conditional.ts: ETag and Last-Modified checks (RFC 9110 §13), which let clients and caches skip unchanged documents. */
import fs from 'node:fs';
import type { IncomingMessage } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { DEFAULTS, type Config } from '../../../src/config';
import { etagOf, filesLastModified, notModified } from '../../../src/http/conditional';

const req = (headers: Record<string, string>) => ({ headers }) as unknown as IncomingMessage;
const MODIFIED = new Date('2026-11-28T10:00:00Z');

describe('notModified', () => {
  const etag = etagOf('body', 'text/turtle');

  test('matches the ETag, a list holding it, its weak form and *', () => {
    expect(notModified(req({ 'if-none-match': etag }), etag, MODIFIED)).toBe(true);
    expect(notModified(req({ 'if-none-match': `"a", ${etag}` }), etag, MODIFIED)).toBe(true);
    expect(notModified(req({ 'if-none-match': `W/${etag}` }), etag, MODIFIED)).toBe(true);
    expect(notModified(req({ 'if-none-match': '*' }), etag, MODIFIED)).toBe(true);
    expect(notModified(req({ 'if-none-match': '"other"' }), etag, MODIFIED)).toBe(false);
  });

  test('compares If-Modified-Since with the modification time, to the second', () => {
    expect(notModified(req({ 'if-modified-since': MODIFIED.toUTCString() }), etag, MODIFIED)).toBe(true);
    expect(notModified(req({ 'if-modified-since': new Date(MODIFIED.getTime() - 1000).toUTCString() }), etag, MODIFIED)).toBe(false);
    expect(notModified(req({ 'if-modified-since': 'yesterday' }), etag, MODIFIED)).toBe(false);
  });

  test('lets If-None-Match decide when both are sent', () => {
    expect(notModified(req({ 'if-none-match': '"other"', 'if-modified-since': MODIFIED.toUTCString() }), etag, MODIFIED)).toBe(false);
  });

  test('is false without validators', () => {
    expect(notModified(req({}), etag, MODIFIED)).toBe(false);
  });
});

describe('etagOf', () => {
  test('differs between media types of the same bytes and is a quoted strong tag', () => {
    expect(etagOf('x', 'text/turtle')).not.toBe(etagOf('x', 'application/n-triples'));
    expect(etagOf('x', 'text/turtle')).toMatch(/^"[\w-]{32}"$/);
  });
});

describe('filesLastModified', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cdkg-lm-'));
  const dataDir = path.join(dir, 'data');
  const ontologyDir = path.join(dir, 'ontology');
  const at = (file: string, iso: string) => fs.utimesSync(file, new Date(iso), new Date(iso));
  beforeAll(() => {
    fs.mkdirSync(dataDir);
    fs.mkdirSync(ontologyDir);
    for (const [file, iso] of [
      [path.join(dataDir, 'a.ttl'), '2026-01-01T00:00:00.700Z'],
      [path.join(dataDir, 'b.ttl'), '2026-03-01T12:00:00.900Z'],
      [path.join(ontologyDir, 'cdkg.ttl'), '2026-02-01T00:00:00Z'],
      [path.join(ontologyDir, 'shapes.ttl'), '2026-04-01T08:30:00.500Z'],
    ]) {
      fs.writeFileSync(file, '');
      at(file, iso);
    }
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  const config: Config = { ...DEFAULTS, dataDir, ontologyDir };

  test('is the newest modification time of the loaded files, to the second, not the time the server started', () => {
    expect(filesLastModified(config)).toEqual(new Date('2026-03-01T12:00:00Z'));
  });

  test('counts the other served files (the shapes) too', () => {
    expect(filesLastModified(config, [path.join(ontologyDir, 'shapes.ttl')])).toEqual(new Date('2026-04-01T08:30:00Z'));
  });
});
