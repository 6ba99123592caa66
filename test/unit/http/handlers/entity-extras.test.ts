/** Unit tests of src/http/handlers/entity-extras.ts: a store that cannot answer a section's query leaves the rest of the page. */
import { DataFactory } from 'n3';
import { BASE, RDFS } from '../../../../ontology/namespaces';
import { InternalError, ResourceError } from '../../../../src/errors';
import { entityView } from '../../../../src/export/linked-data/entity-view';
import { entityExtras } from '../../../../src/http/handlers/entity-extras';
import type { RequestContext } from '../../../../src/http/route';

const { namedNode, literal, quad } = DataFactory;
const IRI = `${BASE}id/state/atlantis`;
const entity = entityView([quad(namedNode(IRI), namedNode(RDFS.label), literal('Atlantis', 'en'))], IRI, BASE);

/** A request context whose query layer fails the named queries given, with the given error; the rest answer no rows. */
function context(url: string, failing: Readonly<Record<string, Error>>): RequestContext {
  const app = {
    config: { publicBase: BASE },
    named: { bind: (name: string) => ({ name }) },
    sparql: {
      run: async (q: { name: string }) => {
        if (failing[q.name]) throw failing[q.name];
        return { result: { kind: 'select', variables: [], bindings: [] }, truncated: false };
      },
    },
    store: { query: async () => ({ kind: 'select', variables: [], bindings: [] }) },
  };
  return { url: new URL(url), app } as unknown as RequestContext;
}

describe('entityExtras', () => {
  it('says which section the store could not give, with the store’s message, and still gives the others', async () => {
    const extras = await entityExtras(context('http://localhost/id/state/atlantis', { 'state-of-play': new ResourceError('The remote SPARQL store at http://x failed on the query') }), entity, '/id/state/atlantis');
    expect(String(extras.beforeFacts)).toContain('The state of play on a date cannot be shown: The remote SPARQL store at http://x failed on the query');
    expect(String(extras.afterFacts)).not.toContain('cannot be shown');
  });

  it('fails the page when the view asked for (?asOf=) is the one the store cannot give', async () => {
    await expect(entityExtras(context('http://localhost/id/state/atlantis?asOf=2020-06-01', { 'state-of-play': new ResourceError('down') }), entity, '/id/state/atlantis')).rejects.toBeInstanceOf(ResourceError);
  });

  it('lets an error that is not the store’s (a bug) through, for the logged 500', async () => {
    await expect(entityExtras(context('http://localhost/id/state/atlantis', { timeline: new InternalError('bug') }), entity, '/id/state/atlantis')).rejects.toBeInstanceOf(InternalError);
  });
});
