import type { IncomingMessage } from 'node:http';
import { HttpError } from '../../../src/http/errors';
import { clientAddress, normalAddress, RateLimiter } from '../../../src/http/limits';

const req = (remoteAddress: string, forwarded?: string) => ({ socket: { remoteAddress }, headers: forwarded === undefined ? {} : { 'x-forwarded-for': forwarded } }) as unknown as IncomingMessage;

describe('the client address', () => {
  it('is the connection peer when the peer is no trusted proxy, whatever X-Forwarded-For says', () => {
    expect(clientAddress(req('192.0.2.1', '203.0.113.9'), new Set())).toBe('192.0.2.1');
  });
  it('is the last forwarded hop that is not a trusted proxy', () => {
    expect(clientAddress(req('10.0.0.1', '203.0.113.9, 198.51.100.2, 10.0.0.2'), new Set(['10.0.0.1', '10.0.0.2']))).toBe('198.51.100.2');
  });
  it('falls back to the peer when a hop is not an address', () => {
    expect(clientAddress(req('10.0.0.1', 'unknown'), new Set(['10.0.0.1']))).toBe('10.0.0.1');
  });
  it('treats an IPv4-mapped IPv6 address as the IPv4 address', () => {
    expect(normalAddress('::FFFF:192.0.2.1')).toBe('192.0.2.1');
    expect(normalAddress('2001:DB8::1')).toBe('2001:db8::1');
  });
});

describe('the rate limiter', () => {
  let now = 0;
  const limiter = (rateLimit: number, rateBurst: number) => new RateLimiter({ rateLimit, rateBurst, rateLimitExempt: ['192.0.2.200'], trustedProxies: [] }, () => now);
  const admitted = (l: RateLimiter, address: string) => {
    try {
      l.admit(req(address));
      return true;
    } catch (e) {
      if (e instanceof HttpError && e.status === 429) return false;
      throw e;
    }
  };

  beforeEach(() => {
    now = 0;
  });

  it('admits a burst, refuses the next request, and admits again as tokens come back at the rate', () => {
    const l = limiter(2, 3);
    expect([1, 2, 3, 4].map(() => admitted(l, '192.0.2.1'))).toEqual([true, true, true, false]);
    now = 499; // 0.998 of a token back at 2 a second: not yet one
    expect(admitted(l, '192.0.2.1')).toBe(false);
    now = 1000; // a second after the burst: two tokens
    expect([admitted(l, '192.0.2.1'), admitted(l, '192.0.2.1'), admitted(l, '192.0.2.1')]).toEqual([true, true, false]);
  });

  it('tells a refused client how many whole seconds to wait', () => {
    const l = limiter(0.25, 1);
    l.admit(req('192.0.2.1'));
    try {
      l.admit(req('192.0.2.1'));
      throw new Error('admitted');
    } catch (e) {
      expect(e).toBeInstanceOf(HttpError);
      expect((e as HttpError).headers['Retry-After']).toBe('4');
    }
  });

  it('keeps one bucket per client and never limits an exempt one', () => {
    const l = limiter(1, 1);
    expect([admitted(l, '192.0.2.1'), admitted(l, '192.0.2.2'), admitted(l, '192.0.2.1')]).toEqual([true, true, false]);
    expect(Array.from({ length: 10 }, () => admitted(l, '192.0.2.200')).every(Boolean)).toBe(true);
  });

  it('admits everything when the rate is 0 (limit off)', () => {
    const l = limiter(0, 1);
    expect(Array.from({ length: 10 }, () => admitted(l, '192.0.2.1')).every(Boolean)).toBe(true);
  });
});
