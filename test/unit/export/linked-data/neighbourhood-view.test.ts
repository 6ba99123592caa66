import { neighbourhoodView } from '../../../../src/export/linked-data/neighbourhood-view';
import type { EntityView, Link } from '../../../../src/export/linked-data/views';

const BASE = 'https://w3id.org/cdkg/';
const linkTo = (kind: string, slug: string, label: string): Link => ({ iri: `${BASE}id/${kind}/${slug}`, href: `/id/${kind}/${slug}`, label });
const centre = linkTo('state', 'a', 'State A');

function entityWith(n: number): EntityView {
  const kinds = ['state', 'instrument', 'process', 'organisation', 'concept'];
  const neighbours = Array.from({ length: n }, (_, i) => linkTo(kinds[i % kinds.length], `n${i}`, `Neighbour number ${i} with a long name`));
  return {
    iri: centre.iri, href: centre.href, label: centre.label, altLabels: [], types: [], sameAs: [], related: [], formats: [], jsonLd: {},
    facts: neighbours.map((o, i) => ({
      statement: linkTo('statement', `s${i}`, 'statement'),
      subject: { kind: 'link', link: centre },
      verb: 'is party to',
      property: { iri: `${BASE}ontology#partyTo`, href: '/ontology#partyTo', label: 'party to' },
      object: { kind: 'link', link: o },
      qualifiers: [],
      sources: [],
    })),
    properties: [{ property: { iri: `${BASE}ontology#memberOf`, href: '/ontology#memberOf', label: 'member of' }, values: [{ kind: 'link', link: neighbours[0] }, { kind: 'literal', text: 'not a node' }] }],
    incoming: [],
  };
}

/** The box a node's two label lines take, at the sizes of the page's style sheet (13px and 11.5px, about 0.6em a character). */
function box(n: ReturnType<typeof neighbourhoodView>['nodes'][number]) {
  const width = Math.max(Math.min(n.link.label.length, 42), Math.min(n.relations.join(', ').length, 44)) * 7;
  const left = n.anchor === 'start' ? n.labelX : n.anchor === 'end' ? n.labelX - width : n.labelX - width / 2;
  return { left, right: left + width, top: n.labelY - 12, bottom: n.labelY + 18 };
}

describe('the neighbourhood diagram', () => {
  test('has one node per linked resource, with every relation to it and its direction, and no node for a literal', () => {
    const view = neighbourhoodView(entityWith(3));
    expect(view.nodes).toHaveLength(3);
    expect(view.nodes.find((n) => n.link.href === '/id/state/n0')?.relations).toEqual(['→ member of', '→ party to']);
  });

  test('lays out the same data the same way, whatever the order of the facts', () => {
    const entity = entityWith(20);
    expect(neighbourhoodView({ ...entity, facts: [...entity.facts].reverse() })).toEqual(neighbourhoodView(entity));
  });

  test('keeps 30 nodes inside the picture with no two labels overlapping', () => {
    const view = neighbourhoodView(entityWith(30));
    const boxes = view.nodes.map(box);
    for (const b of boxes) {
      expect(b.left).toBeGreaterThanOrEqual(0);
      expect(b.right).toBeLessThanOrEqual(view.width);
      expect(b.top).toBeGreaterThanOrEqual(0);
      expect(b.bottom).toBeLessThanOrEqual(view.height);
    }
    const overlaps = boxes.flatMap((a, i) => boxes.slice(i + 1).filter((b) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom).map(() => i));
    expect(overlaps).toEqual([]);
  });
});
