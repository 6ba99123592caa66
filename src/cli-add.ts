/**
 * `kb add SUBJECT PREDICATE OBJECT --source SOURCE --quote TEXT`: a curator's fact from a stored source,
 * without writing Turtle. The quote must be in the source's stored text (sources/, found as `kb validate`
 * finds quotes: whitespace runs count as one space); the fact is written as its plain triple and a statement
 * node with the quote, and the quote's anchoring (context, text span, position) is computed as `kb annotate`
 * computes it; all through the one write path (src/store/writes): checked, recorded, durable.
 */
import { DataFactory } from './store/n3';
import type * as RDF from '@rdfjs/types';
import { CDKG, ID_NS, OA, PREFIXES, RDF as RDFNS, RDFS, XSD, graphIri } from '../ontology/namespaces';
import { sourcesDirOf } from './config';
import { UsageError, type CliCommand } from './cli-command';
import { StoredTexts, sourceTextRecords } from './store/quotes';
import { isAbsoluteIri } from './store/terms';
import { loadStore } from './store/load';

const { namedNode, literal, quad } = DataFactory;

/** A CURIE of the prefix table (`state:united-states`) or an absolute IRI (`<…>` optional). */
function iri(text: string, what: string): string {
  const bare = text.startsWith('<') && text.endsWith('>') ? text.slice(1, -1) : text;
  const colon = bare.indexOf(':');
  const prefix = bare.slice(0, colon);
  if (colon > 0 && prefix in PREFIXES) return `${PREFIXES[prefix as keyof typeof PREFIXES]}${bare.slice(colon + 1)}`;
  if (isAbsoluteIri(bare)) return bare;
  throw new UsageError(`${what} "${text}" is neither a known prefix:name (${Object.keys(PREFIXES).slice(0, 6).join(', ')}, …) nor an absolute IRI`);
}

const local = (i: string) => i.slice(Math.max(i.lastIndexOf('/'), i.lastIndexOf('#')) + 1).replace(/[^A-Za-z0-9]+/g, '-').replace(/([a-z])([A-Z])/g, '$1-$2').toLowerCase();

export const addCommand: CliCommand = {
  name: 'add',
  usage: 'SUBJECT PREDICATE OBJECT --source SOURCE --quote TEXT [--as-of YEAR] [--graph STEM] [--name NAME] [--label TEXT]',
  summary: "add a fact with its source's own words: the quote must be in the stored text (sources/); written through the write path",
  options: {
    source: { type: 'string' },
    quote: { type: 'string' },
    'as-of': { type: 'string' },
    graph: { type: 'string' },
    name: { type: 'string' },
    label: { type: 'string' },
  },
  run: async (args, { config, io }) => {
    const [s, p, o] = args.positionals;
    if (args.positionals.length !== 3) throw new UsageError('Give SUBJECT PREDICATE OBJECT (an object in quotes with @lang or ^^type is not supported; objects are IRIs)');
    const source = typeof args.values.source === 'string' ? iri(args.values.source, 'The source') : undefined;
    const quote = typeof args.values.quote === 'string' ? args.values.quote : undefined;
    if (!source || !quote?.trim()) throw new UsageError('--source and --quote are required: a fact is added with its source and its own words');
    const [subject, predicate, object] = [iri(s, 'The subject'), iri(p, 'The predicate'), iri(o, 'The object')];
    const asOf = args.values['as-of'];
    if (asOf !== undefined && (typeof asOf !== 'string' || !/^\d{4}$/.test(asOf))) throw new UsageError('--as-of is a year (YYYY)');

    // Find the quote in the source's stored text, before anything is written.
    const texts = new StoredTexts(sourcesDirOf(config));
    const { store } = loadStore({ ...config, loadOntology: false });
    const stored = (await sourceTextRecords(store)).filter((r) => r.sources.includes(source));
    if (stored.length === 0) {
      io.err(`${source} has no stored text (cdkg:storedText): a quote is checked against its source's own text; store it under sources/ first\n`);
      return 1;
    }
    const found = stored.flatMap((r) => {
      const t = texts.get(r.iri);
      const span = t?.indexed.find(quote);
      return t && span ? [{ text: t.stored, span }] : [];
    })[0];
    if (!found) {
      io.err(`The quote is not in the stored text of ${source} (${stored.map((r) => r.iri).join(', ')}): a quote is the source's own words (whitespace runs count as one space)\n`);
      return 1;
    }

    const statement = `${ID_NS}statement/${typeof args.values.name === 'string' ? args.values.name : [local(subject), local(predicate), local(object)].join('-')}`;
    const facts = namedNode(graphIri(typeof args.values.graph === 'string' ? args.values.graph : 'curated'));
    const notes = namedNode(graphIri('annotations'));
    const t = (g: RDF.NamedNode, a: string, b: string, c: RDF.Quad_Object) => quad(namedNode(a), namedNode(b), c, g);
    const [span, position, selector] = [`${statement}#span`, `${statement}#position`, `${statement}#quote`];
    const quads = [
      t(facts, subject, predicate, namedNode(object)),
      t(facts, statement, RDFNS.type, namedNode(CDKG.Statement)),
      // A label naming the statement for lists and pages (ours, not the source's words, so never in oa:exact).
      t(facts, statement, RDFS.label, literal(typeof args.values.label === 'string' ? args.values.label : `${local(subject)} ${local(predicate)} ${local(object)}`.replace(/-/g, ' '), 'en')),
      t(facts, statement, RDFNS.subject, namedNode(subject)),
      t(facts, statement, RDFNS.predicate, namedNode(predicate)),
      t(facts, statement, RDFNS.object, namedNode(object)),
      t(facts, statement, CDKG.source, namedNode(source)),
      t(facts, statement, CDKG.quote, namedNode(selector)),
      ...(typeof asOf === 'string' ? [t(facts, statement, CDKG.asOf, literal(asOf, namedNode(XSD.gYear)))] : []),
      t(facts, selector, RDFNS.type, namedNode(OA.TextQuoteSelector)),
      // The source's own words: the quote as given, found in the stored text (whitespace runs count as one space).
      t(facts, selector, OA.exact, literal(quote)),
      t(notes, selector, OA.prefix, literal(found.span.prefix)),
      t(notes, selector, OA.suffix, literal(found.span.suffix)),
      t(notes, statement, CDKG.textSpan, namedNode(span)),
      t(notes, span, RDFNS.type, namedNode(OA.SpecificResource)),
      t(notes, span, OA.hasSource, namedNode(found.text.iri)),
      t(notes, span, OA.hasSelector, namedNode(selector)),
      t(notes, span, OA.hasSelector, namedNode(position)),
      t(notes, position, RDFNS.type, namedNode(OA.TextPositionSelector)),
      t(notes, position, OA.start, literal(String(found.span.start), namedNode(XSD.nonNegativeInteger))),
      t(notes, position, OA.end, literal(String(found.span.end), namedNode(XSD.nonNegativeInteger))),
    ];
    // The write path (n3's Store, SHACL validation) is required only when a statement is added.
    const { WriteService } = require('./store/writes/writer') as typeof import('./store/writes/writer');
    const writes = WriteService.open({ ...config, sourcesDir: sourcesDirOf(config), baseIri: graphIri('curated') });
    try {
      const outcome = await writes.write({ kind: 'add', quads, label: `kb add ${statement}` }, process.env.USER ?? 'kb-add');
      io.out(`added ${statement} (${outcome.added} triples; change ${outcome.id ?? 'none: already there'})\n`);
      return 0;
    } finally {
      await writes.close();
    }
  },
};
