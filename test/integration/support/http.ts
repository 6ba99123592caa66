/** A raw HTTP client for the endpoint tests: full control of method, headers and body bytes (fetch adds a Content-Type of its own). */
import http from 'node:http';

export interface RawResponse {
  readonly status: number;
  readonly headers: http.IncomingHttpHeaders;
  readonly body: string;
}

export function request(url: string, options: { method?: string; headers?: Record<string, string>; body?: string | Buffer } = {}): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method: options.method ?? 'GET', headers: options.headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(options.body);
  });
}

/** GET /sparql?query=… with an Accept header. */
export function get(base: string, query: string, accept?: string, extra = ''): Promise<RawResponse> {
  return request(`${base}/sparql?query=${encodeURIComponent(query)}${extra}`, accept ? { headers: { Accept: accept } } : {});
}
