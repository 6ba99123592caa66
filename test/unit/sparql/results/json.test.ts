/** Unit tests of src/sparql/results/json.ts, parsed back as JSON (SPARQL 1.1 Query Results JSON Format). */
import { CDKG, XSD } from '../../../../ontology/namespaces';
import { json } from '../../../../src/sparql/results/json';
import { ASK_FALSE, EMPTY, SELECT, TRICKY, US } from './sample';

describe('SPARQL results JSON', () => {
  test('a SELECT result parses back with the variables and each term encoded as the W3C format says', () => {
    const parsed = JSON.parse(json.serialise(SELECT));
    expect(parsed.head).toEqual({ vars: ['s', 'label', 'n', 'note', 'b'] });
    expect(parsed.results.bindings).toEqual([
      {
        s: { type: 'uri', value: US },
        label: { type: 'literal', value: 'United States', 'xml:lang': 'en' },
        n: { type: 'literal', value: '42', datatype: XSD.integer },
        note: { type: 'literal', value: TRICKY },
        b: { type: 'bnode', value: 'x1' },
      },
      { s: { type: 'uri', value: CDKG.partyTo }, n: { type: 'literal', value: '2019-12-27', datatype: XSD.date }, note: { type: 'literal', value: 'plain' } },
      { s: { type: 'uri', value: expect.any(String) } },
    ]);
  });

  test('an empty result still names its variables', () => {
    expect(JSON.parse(json.serialise(EMPTY))).toEqual({ head: { vars: ['x'] }, results: { bindings: [] } });
  });

  test('an ASK result is a boolean with an empty head', () => {
    expect(JSON.parse(json.serialise(ASK_FALSE))).toEqual({ head: {}, boolean: false });
  });

  test('its media type is application/sparql-results+json', () => {
    expect(json.mediaType).toBe('application/sparql-results+json');
  });
});
