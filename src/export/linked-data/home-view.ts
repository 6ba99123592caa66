/**
 * Builds the home page's view model: counts per class from the data, the
 * named queries as examples that open in the editor, and the comparisons the
 * named comparison query gives as its example.
 */
import { PREFIXES } from '../../../ontology/namespaces';
import type { KnowledgeStore } from '../../store/types';
import { DATASET_META } from '../describe-dataset';
import { MATRIX_QUERY, resolveActor } from './compare-view';
import { link } from './links';
import { LINKED_DATA_QUERIES } from './queries';
import type { ExampleQuery, HomeView } from './views';

/** What the home page needs of a named query (src/sparql/named.ts). */
export interface NamedQuerySummary {
  readonly name: string;
  readonly title: string;
  readonly description: string;
  readonly text: string;
  readonly example?: string;
}


/**
 * The editor at /sparql with a query filled in. YASGUI reads its tab from the
 * URL fragment (query, tabTitle), which never reaches the server, so the
 * protocol's own `?query=` stays free for running queries.
 */
export function editorHref(text: string, title?: string): string {
  const params = new URLSearchParams({ query: text, ...(title ? { tabTitle: title } : {}) });
  return `/sparql#${params.toString().replace(/\+/g, '%20')}`;
}

/** The local slug of an actor IRI (`state:united-states` → `united-states`), or undefined when it is not a CDKG actor. */
function slugOf(value: string): string | undefined {
  const prefixes: Readonly<Record<string, string>> = PREFIXES;
  for (const kind of COMPARABLE_KINDS) {
    const ns = prefixes[kind] as string;
    if (value.startsWith(`${kind}:`)) return value.slice(kind.length + 1);
    if (value.startsWith(ns)) return value.slice(ns.length);
  }
  return undefined;
}

/** Kinds of entities that can be compared: actors. */
const COMPARABLE_KINDS = ['state', 'union', 'organisation', 'group'] as const;

/**
 * The comparisons the matrix query's example names: its first two actors at
 * the two-actor address (/compare/<a>/<b>), and all of them as one matrix;
 * actors the data does not have are left out.
 */
async function comparisons(store: KnowledgeStore, queries: readonly NamedQuerySummary[], publicBase: string): Promise<HomeView['comparisons']> {
  const q = queries.find((x) => x.name === MATRIX_QUERY);
  if (!q?.example) return [];
  const slugs = new URLSearchParams(q.example).getAll('actor').map(slugOf).filter((s): s is string => s !== undefined);
  const actors = (await Promise.all(slugs.map(async (slug) => ({ slug, actor: await resolveActor(store, slug, publicBase) })))).filter((a) => a.actor !== undefined);
  const out: { href: string; label: string }[] = [];
  if (actors.length >= 2) out.push({ href: `/compare/${actors[0].slug}/${actors[1].slug}`, label: `${actors[0].actor?.label} and ${actors[1].actor?.label}, side by side` });
  if (actors.length >= 3) out.push({ href: `/compare?actors=${actors.map((a) => a.slug).join(',')}`, label: `${actors.map((a) => a.actor?.label).join(', ')}, side by side` });
  return out;
}

export async function homeView(store: KnowledgeStore, queries: readonly NamedQuerySummary[], publicBase: string): Promise<HomeView> {
  const rows = await LINKED_DATA_QUERIES.select(store, 'class-counts');
  const counts = rows.map((r) => ({ link: link(r.class.value, r.label?.value, publicBase), count: Number(r.count.value) }));
  const examples: ExampleQuery[] = queries.map((q) => ({ name: q.name, title: q.title, description: q.description, editorHref: editorHref(q.text, q.title) }));
  return {
    title: DATASET_META.title,
    description: DATASET_META.description,
    triples: await store.size(),
    counts,
    examples,
    comparisons: await comparisons(store, queries, publicBase),
    links: [
      { href: '/search', label: 'Search', description: 'Find an actor, instrument or process by name, other name or symbol.' },
      { href: '/compare', label: 'Compare actors', description: 'Any actors side by side on every instrument and process, on any date; as CSV or JSON too.' },
      { href: '/timeline', label: 'Timeline', description: 'Every dated event of the graph, drawn and listed.' },
      { href: '/ontology', label: 'Ontology', description: 'Every class and property, with definitions and examples.' },
      { href: '/sparql', label: 'SPARQL endpoint and editor', description: 'Query the graph (SPARQL 1.1 Protocol).' },
      { href: '/dumps/', label: 'Dumps', description: 'The whole dataset in N-Triples, N-Quads, Turtle, JSON-LD and RDF/XML, with checksums.' },
      { href: '/.well-known/void', label: 'VoID and DCAT description', description: 'Statistics, distributions and licence of the dataset.' },
      { href: '/context.jsonld', label: 'JSON-LD context', description: 'The context every CDKG JSON-LD document refers to.' },
    ],
  };
}
