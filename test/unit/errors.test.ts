/** Unit tests of src/errors.ts: each error carries its stable code, its class name and its cause, and a position is written file:line:column before the message. */
import {
  BadRequestError,
  ConfigError,
  InternalError,
  KbError,
  NotFoundError,
  NotSerialisableError,
  ParseError,
  QuerySyntaxError,
  ResourceError,
  TimeoutError,
  UnsupportedError,
  formatPosition,
} from '../../src/errors';

describe('the error classes', () => {
  it.each([
    [new ParseError('bad', {}), 'PARSE_ERROR', 'ParseError'],
    [new QuerySyntaxError('bad'), 'QUERY_SYNTAX', 'QuerySyntaxError'],
    [new UnsupportedError('no SERVICE'), 'UNSUPPORTED', 'UnsupportedError'],
    [new BadRequestError('bad parameter'), 'BAD_REQUEST', 'BadRequestError'],
    [new NotFoundError('no such entity'), 'NOT_FOUND', 'NotFoundError'],
    [new ResourceError('out of memory'), 'RESOURCE_EXHAUSTED', 'ResourceError'],
    [new ResourceError('busy', { code: 'BUSY' }), 'BUSY', 'ResourceError'],
    [new TimeoutError(1500), 'TIMEOUT', 'TimeoutError'],
    [new ConfigError('bad setting'), 'CONFIG', 'ConfigError'],
    [new InternalError('broken invariant'), 'INTERNAL', 'InternalError'],
    [new NotSerialisableError('rdfxml', 'no XML name'), 'NOT_SERIALISABLE', 'NotSerialisableError'],
  ])('%s has the code %s and the name of its class', (error, code, name) => {
    expect(error).toBeInstanceOf(KbError);
    expect(error).toBeInstanceOf(Error);
    expect(error.code).toBe(code);
    expect(error.name).toBe(name);
  });

  it('keeps the cause it is given', () => {
    const cause = new Error('from the store');
    expect(new InternalError('wrapped', { cause }).cause).toBe(cause);
    expect(new TimeoutError(10, { cause }).cause).toBe(cause);
  });

  it('makes a timeout a resource error that names its limit and the setting', () => {
    const error = new TimeoutError(1500);
    expect(error).toBeInstanceOf(ResourceError);
    expect(error.limitMs).toBe(1500);
    expect(error.message).toBe('Query stopped after 1500 ms (limit KB_QUERY_TIMEOUT_MS)');
  });

  it('puts the position before the message of a parse or query syntax error and keeps it as a field', () => {
    const parse = new ParseError('Unexpected end of file', { file: 'data/actors.ttl', line: 4, column: 2 });
    expect(parse.message).toBe('data/actors.ttl:4:2: Unexpected end of file');
    expect(parse.position).toEqual({ file: 'data/actors.ttl', line: 4, column: 2 });
    expect(new QuerySyntaxError('expected }', { line: 2, column: 9 }).message).toBe('2:9: expected }');
    expect(new QuerySyntaxError('expected }').message).toBe('expected }');
  });
});

describe('formatPosition', () => {
  it.each([
    [{}, ''],
    [{ column: 3 }, ''],
    [{ file: 'a.ttl' }, 'a.ttl: '],
    [{ file: 'a.ttl', line: 4 }, 'a.ttl:4: '],
    [{ line: 4, column: 3 }, '4:3: '],
    [{ file: '', line: 4 }, '4: '],
  ])('writes %j as "%s"', (position, text) => {
    expect(formatPosition(position)).toBe(text);
  });
});
