/** Unit tests of src/sparql/worker-messages.ts: errors cross the worker boundary with their class, code, position and the worker's stack. */
import { BadRequestError, ConfigError, InternalError, NotFoundError, ParseError, QuerySyntaxError, ResourceError, UnsupportedError } from '../../../src/errors';
import { errorFromWire, errorToWire } from '../../../src/sparql/worker-messages';

/** What postMessage does to a value: a structured clone, which keeps data but drops classes. */
const clone = <T>(value: T): T => structuredClone(value);

describe('errors between the pool and its workers', () => {
  test.each([
    new ParseError('bad token', { file: 'data/x.ttl', line: 3, column: 7 }),
    new QuerySyntaxError('expected WHERE', { line: 1, column: 9 }),
    new UnsupportedError('SERVICE is not supported'),
    new BadRequestError('bad value'),
    new NotFoundError('no such graph'),
    new ConfigError('Data folder /nowhere does not exist'),
    new ResourceError('memory exhausted', { code: 'RESOURCE_EXHAUSTED' }),
    new InternalError('the store failed'),
  ])('a %s keeps its class, code and message after the round trip', (original) => {
    const back = errorFromWire(clone(errorToWire(original)));
    expect(back).toBeInstanceOf(original.constructor);
    expect({ code: back.code, message: back.message }).toEqual({ code: original.code, message: original.message });
  });

  test('a position survives, so the message still names file, line and column', () => {
    const back = errorFromWire(clone(errorToWire(new ParseError('bad token', { file: 'data/x.ttl', line: 3, column: 7 })))) as ParseError;
    expect(back.position).toEqual({ file: 'data/x.ttl', line: 3, column: 7 });
    expect(back.message).toBe('data/x.ttl:3:7: bad token');
  });

  test("the worker's stack travels as the cause, for the server log", () => {
    const original = new InternalError('the store failed');
    const back = errorFromWire(clone(errorToWire(original)));
    expect((back.cause as Error).stack).toBe(original.stack);
  });

  test('an error of no known class arrives as an internal error with its message', () => {
    const back = errorFromWire(clone(errorToWire(new TypeError('x is undefined'))));
    expect(back).toBeInstanceOf(InternalError);
    expect(back.message).toBe('x is undefined');
  });
});
