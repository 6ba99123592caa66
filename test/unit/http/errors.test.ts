/** Unit tests of src/http/errors.ts: each KbError maps to its HTTP status and a message that helps the client, while unknown errors are a logged 500 that leaks nothing. */
import { BadRequestError, NotFoundError, QuerySyntaxError, ResourceError, TimeoutError, UnsupportedError } from '../../../src/errors';
import { methodNotAllowed, notAcceptable, toResponse, unsupportedMediaType } from '../../../src/http/errors';

describe('error to HTTP status mapping', () => {
  const log = jest.fn();
  afterEach(() => log.mockReset());

  it('maps bad input to 400 with the line and column of a syntax error', () => {
    const r = toResponse(new QuerySyntaxError('Parse error', { line: 3, column: 7 }), log);
    expect(r).toMatchObject({ status: 400, message: 'Query syntax error at line 3, column 7: Parse error' });
    expect(toResponse(new UnsupportedError('SERVICE is not supported'), log).status).toBe(400);
    expect(toResponse(new BadRequestError('bad'), log).status).toBe(400);
  });

  it('maps not found to 404, timeouts to 503 and protocol errors to their own status', () => {
    expect(toResponse(new NotFoundError('none'), log).status).toBe(404);
    expect(toResponse(new TimeoutError(10), log)).toMatchObject({ status: 503, headers: { 'Retry-After': '1' } });
    expect(toResponse(methodNotAllowed(['GET', 'POST']), log)).toMatchObject({ status: 405, headers: { Allow: 'GET, POST' } });
    expect(toResponse(notAcceptable(['text/csv']), log).status).toBe(406);
    expect(toResponse(unsupportedMediaType('no'), log).status).toBe(415);
    expect(log).not.toHaveBeenCalled();
  });

  it('maps a store trap or a busy pool to 503 with its own message, never to a syntax error', () => {
    const trap = toResponse(new ResourceError("The query exhausted the store's memory or stack (memory access out of bounds); simplify the query"), log);
    expect(trap).toMatchObject({ status: 503, headers: { 'Retry-After': '1' } });
    expect(trap.message).toMatch(/^The query exhausted the store's memory or stack/);
    expect(trap.message).not.toMatch(/syntax/i);
    expect(log).not.toHaveBeenCalled();
  });

  it('logs an unknown error and answers 500 without its details', () => {
    const r = toResponse(new Error('secret detail: the key is 1234'), log);
    expect(r.status).toBe(500);
    expect(r.message).not.toContain('secret');
    expect(r.message).toMatch(/reference [0-9a-f-]{36}/);
    expect(log).toHaveBeenCalledWith('error', expect.objectContaining({ error: expect.stringContaining('secret detail') }));
  });

  it('names the request in both the answer and the log record, so an operator finds one from the other', () => {
    const r = toResponse(new Error('boom'), log, 'req-42');
    expect(r.message).toBe('Internal server error (reference req-42)');
    expect(log).toHaveBeenCalledWith('error', expect.objectContaining({ request: 'req-42' }));
  });
});
