/** Unit tests of src/http/conditional.ts: ETag and Last-Modified checks (RFC 9110 §13), which let clients and caches skip unchanged documents. */
import type { IncomingMessage } from 'node:http';
import { etagOf, notModified } from '../../../src/http/conditional';

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
