/** Unit tests of src/http/errors.ts for data a syntax cannot write (RDF/XML): a 406 with a hint at another format, as it is the request, not the server, that cannot be met. */
import { NotSerialisableError } from '../../../src/errors';
import { toResponse } from '../../../src/http/errors';

describe('data the asked syntax cannot write', () => {
  it('maps to 406 with the message, a hint at another format, and no log entry', () => {
    const log = jest.fn();
    const r = toResponse(new NotSerialisableError('rdfxml', 'RDF/XML cannot write the predicate <http://b/1x>'), log);
    expect(r.status).toBe(406);
    expect(r.message).toBe('RDF/XML cannot write the predicate <http://b/1x>; ask for another format (Turtle, N-Triples or JSON-LD carry any RDF)');
    expect(log).not.toHaveBeenCalled();
  });
});
