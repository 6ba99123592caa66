/**
 * The HTTP side of a remote SPARQL store: one POST per request (SPARQL 1.1
 * Protocol §2.1.3 query via URL-encoded POST, §2.2.1 update, and Graph Store
 * Protocol PUT), with a time limit, authentication as the store asks
 * (./auth.ts), and every failure turned into the same errors the embedded
 * store gives: a time limit passed is a TimeoutError, a store that cannot be
 * reached or answers with a server error a ResourceError (both 503 with a
 * short message), a query it refuses as malformed a QuerySyntaxError. What
 * the remote answered stays in the error's cause (for the server log), never
 * in the message a client sees, beyond its first line for a refused query.
 */
import { QuerySyntaxError, ResourceError, TimeoutError } from '../../errors';
import { Authenticator, type Credentials } from './auth';

export interface RemoteRequest {
  readonly url: string;
  readonly method: 'POST' | 'PUT';
  readonly body: string | URLSearchParams;
  readonly contentType?: string;
  readonly accept?: string;
  readonly timeoutMs: number;
  /** What the request does, for messages ("query", "update", "graph upload"). */
  readonly what: string;
  /** Whether sending it twice does no harm (queries, a Graph Store PUT): it is then sent again once when a kept-alive connection was closed under it. */
  readonly idempotent?: boolean;
}

export interface RemoteResponse {
  readonly contentType: string;
  readonly text: string;
  readonly headers: Headers;
}

/** The remote's own words about a refused request: its first non-empty line, shortened, for a client who sent that query. */
function firstLine(text: string): string {
  const line = text.split('\n').map((l) => l.trim()).find((l) => l !== '') ?? '';
  return line.length > 200 ? `${line.slice(0, 200)}…` : line;
}

/** Whether fetch failed because the server closed the connection (undici's socket errors), not because nobody listens. */
function closedUnder(e: unknown): boolean {
  // By shape, not class: fetch's errors come from Node's own realm (instanceof fails across realms, as under Jest).
  const code = (e as { cause?: { code?: string } } | undefined)?.cause?.code;
  return code === 'UND_ERR_SOCKET' || code === 'ECONNRESET';
}

/** Whether fetch stopped at the AbortSignal.timeout limit (a DOMException named TimeoutError). */
const timedOut = (e: unknown) => (e as { name?: string } | undefined)?.name === 'TimeoutError';

/** The store's address without path or query, as messages name it (no credentials are ever part of it: config.ts refuses them in URLs). */
const origin = (url: string) => new URL(url).origin;

export class RemoteHttp {
  private readonly auth: Authenticator;

  constructor(credentials?: Credentials) {
    this.auth = new Authenticator(credentials);
  }

  async send(request: RemoteRequest): Promise<RemoteResponse> {
    const url = new URL(request.url);
    let retried = false;
    for (let attempt = 0; ; attempt++) {
      const authorization = this.auth.header(request.method, url);
      let res: Response;
      try {
        res = await fetch(url, {
          method: request.method,
          headers: {
            ...(request.contentType ? { 'Content-Type': request.contentType } : {}),
            ...(request.accept ? { Accept: request.accept } : {}),
            ...(authorization ? { Authorization: authorization } : {}),
          },
          body: request.body,
          signal: AbortSignal.timeout(request.timeoutMs),
        });
      } catch (e) {
        if (timedOut(e)) throw new TimeoutError(request.timeoutMs, { cause: e });
        // A store may close an idle kept-alive connection just as a request is sent on it (Virtuoso does, under load).
        if (request.idempotent && !retried && closedUnder(e)) {
          retried = true;
          attempt--;
          continue;
        }
        throw new ResourceError(`The remote SPARQL store at ${origin(request.url)} cannot be reached (${request.what}); retry later`, { code: 'REMOTE_UNAVAILABLE', cause: e });
      }
      let text: string;
      try {
        text = await res.text();
      } catch (e) {
        if (timedOut(e)) throw new TimeoutError(request.timeoutMs, { cause: e });
        throw new ResourceError(`The remote SPARQL store at ${origin(request.url)} broke off its answer (${request.what}); retry later`, { code: 'REMOTE_UNAVAILABLE', cause: e });
      }
      if (res.status === 401 && attempt === 0 && this.auth.accept(res.headers.get('WWW-Authenticate'))) continue;
      if (res.ok) return { contentType: (res.headers.get('Content-Type') ?? '').split(';')[0].trim().toLowerCase(), text, headers: res.headers };
      const cause = new Error(`HTTP ${res.status} from ${request.url}: ${text.slice(0, 2000)}`);
      if (res.status === 400) throw new QuerySyntaxError(`the remote SPARQL store refused the ${request.what}: ${firstLine(text)}`, {}, { cause });
      if (res.status === 401 || res.status === 403) {
        throw new ResourceError(`The remote SPARQL store at ${origin(request.url)} refused the ${request.what} (HTTP ${res.status}): check KB_SPARQL_USER, KB_SPARQL_PASSWORD and the store's permissions`, { code: 'REMOTE_REFUSED', cause });
      }
      // 502, 503 and 504 say the store is overloaded or restarting (RFC 9110 §15.6); any other status is its own failure on this request.
      const transient = res.status === 502 || res.status === 503 || res.status === 504;
      throw new ResourceError(`The remote SPARQL store at ${origin(request.url)} failed on the ${request.what} (HTTP ${res.status})${transient ? '; retry later' : '; see the server log'}`, { code: 'REMOTE_FAILED', cause });
    }
  }
}
