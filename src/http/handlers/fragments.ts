/**
 * GET /fragments: Triple Pattern Fragments (TPF specification §3), pages of
 * the triples matching ?subject=&predicate=&object= (and graph= for one named
 * graph) with their metadata and Hydra controls, in TriG, N-Quads, Turtle,
 * N-Triples or JSON-LD. TriG comes first: in the quad formats the metadata
 * sits in a graph of its own (§3.5), so no client mistakes it for data.
 */
import { DataFactory } from '../../store/n3';
import { FOAF } from '../../../ontology/namespaces';
import type { RdfSerialiser } from '../../export';
import { jsonLdDataset } from '../../export/jsonld';
import { controls, readFragment } from '../../fragments/fragment';
import { parseFragmentRequest } from '../../fragments/pattern';
import { choose } from '../negotiate';
import { rdfOffers, writeRdf } from '../respond';
import type { RequestContext } from '../route';

export const FRAGMENTS_PATH = 'fragments';

const ORDER = ['trig', 'nquads', 'turtle', 'ntriples', 'jsonld'] as const;

function offers() {
  const all = rdfOffers();
  return ORDER.map((name) => {
    const offer = all.find((o) => o.value.name === name) as (typeof all)[number];
    // JSON-LD as the dump writes it, keeping named graphs, so the metadata graph survives.
    return name === 'jsonld' ? { ...offer, value: jsonLdDataset as RdfSerialiser } : offer;
  });
}

export async function fragments(ctx: RequestContext): Promise<void> {
  const params = new URLSearchParams(ctx.url.search);
  const format = params.get('format') ?? undefined;
  params.delete('format');
  const request = parseFragmentRequest(params);
  const s = choose(ctx, offers(), format);
  const base = new URL(FRAGMENTS_PATH, ctx.app.serverBase).href;
  // The page's own URL as the client wrote it: clients find a page's metadata by the URL they asked for.
  const requested = `${base}${ctx.url.search}`;
  const fragment = await readFragment(ctx.app.store, request);
  const metadata = DataFactory.namedNode(`${requested}#metadata`);
  const graph = s.quads ? metadata : DataFactory.defaultGraph();
  const quads = [
    ...fragment.triples,
    ...(s.quads ? [DataFactory.quad(metadata, DataFactory.namedNode(FOAF.primaryTopic), DataFactory.namedNode(requested), metadata)] : []),
    ...controls({ base, requested, request, fragment, graph }),
  ];
  await writeRdf(ctx, s, quads);
}

