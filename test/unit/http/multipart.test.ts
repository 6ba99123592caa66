import { BadRequestError } from '../../../src/errors';
import { multipartParts } from '../../../src/http/multipart';

const TYPE = 'multipart/form-data; boundary=xyz';
const body = (...lines: string[]) => Buffer.from(lines.join('\r\n'));

describe('multipartParts', () => {
  test('splits a body into its parts, each with its Content-Type and its bytes without the framing CRLFs', () => {
    const parts = multipartParts(TYPE, body('--xyz', 'Content-Disposition: form-data; name="a"', 'Content-Type: text/turtle', '', '<urn:a> <urn:b> "1" .', '--xyz', 'Content-Type: application/n-triples', '', '<urn:a> <urn:b> "2" .', '', '--xyz--', ''));
    expect(parts.map((p) => [p.contentType, p.body.toString()])).toEqual([
      ['text/turtle', '<urn:a> <urn:b> "1" .'],
      ['application/n-triples', '<urn:a> <urn:b> "2" .\r\n'],
    ]);
  });

  test('takes a quoted boundary, and a part without headers has no Content-Type', () => {
    const parts = multipartParts('multipart/form-data; boundary="x y"', body('--x y', '', 'text', '--x y--'));
    expect(parts).toEqual([{ body: Buffer.from('text') }]);
  });

  test.each([
    ['no boundary parameter', 'multipart/form-data', body('--xyz', '', 'a', '--xyz--'), /needs a boundary/],
    ['a body without its boundary', TYPE, body('hello'), /boundary does not occur/],
    ['a body not closed', TYPE, body('--xyz', '', 'a'), /not closed/],
    ['a part whose headers do not end', TYPE, body('--xyz', 'Content-Type: text/turtle', '--xyz--'), /Part 1 .* no blank line/],
  ])('%s is a 400 saying so', (_what, type, bytes, message) => {
    expect(() => multipartParts(type, bytes)).toThrow(BadRequestError);
    expect(() => multipartParts(type, bytes)).toThrow(message);
  });
});
