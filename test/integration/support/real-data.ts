/** A real server (ephemeral port) on the real data of data/, for the views whose answers depend on dated facts; a GET that never follows redirects. */
import { DEFAULTS, type Config } from '../../../src/config';
import { startServer, type RunningServer } from '../../../src/http/server';
import type { Get } from './linked-data';

const config: Config = { ...DEFAULTS, port: 0, workers: 1 };

export function realDataServer(): Get {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startServer(config, () => undefined);
  });
  afterAll(() => server.close());
  return async (pathname, headers = {}) => {
    const res = await fetch(server.url + pathname, { headers, redirect: 'manual' });
    const bytes = Buffer.from(await res.arrayBuffer());
    return { status: res.status, headers: res.headers, bytes, body: bytes.toString('utf8') };
  };
}
