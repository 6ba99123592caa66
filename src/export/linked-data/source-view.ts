/**
 * The stored text of a source as a page shows it: the text cut into
 * segments at every start and end of a quoted span, each segment knowing the
 * statements whose quotes cover it. Quotes overlap (several statements rest
 * on one sentence), so a segment may belong to several; each statement's
 * first segment carries its anchor (`#st-<statement>`), where entity pages
 * link each quote.
 */
import type * as RDF from '@rdfjs/types';
import { DataFactory } from '../../store/n3';
import { CDKG, ID_NS } from '../../../ontology/namespaces';
import { IndexedText, readStoredText } from '../../store/source-text';
import type { KnowledgeStore } from '../../store/types';
import { link, localPath } from './links';
import { LINKED_DATA_QUERIES } from './queries';
import type { EntityView, QuotedSpan as Span, SourceTextView, TextSegment } from './views';

const { namedNode } = DataFactory;

/** The anchor of a statement's quote in its source's page: `st-` and the statement's slug. */
export function quoteAnchor(statementIri: string): string {
  const statementNs = `${ID_NS}statement/`;
  return `st-${statementIri.startsWith(statementNs) ? statementIri.slice(statementNs.length) : encodeURIComponent(statementIri)}`;
}

/** An entity page's view with the stored texts of the entity, when it is a source whose text is stored (cdkg:storedText in its description). */
export async function withStoredTexts(view: EntityView, quads: readonly RDF.Quad[], store: KnowledgeStore, sourcesDir: string, publicBase: string): Promise<EntityView> {
  const texts = quads.filter((q) => q.subject.value === view.iri && q.predicate.value === CDKG.storedText).map((q) => q.object.value);
  if (texts.length === 0) return view;
  return { ...view, texts: await sourceTextViews(store, view.iri, [...new Set(texts)], sourcesDir, publicBase) };
}

/** The stored texts of a source with their quoted spans; empty when none of its text is stored. */
export async function sourceTextViews(store: KnowledgeStore, source: string, storedTexts: readonly string[], sourcesDir: string, publicBase: string): Promise<SourceTextView[]> {
  const rows = await LINKED_DATA_QUERIES.select(store, 'source-quotes', { source: namedNode(source) });
  const out: SourceTextView[] = [];
  for (const iri of storedTexts) {
    const stored = readStoredText(sourcesDir, iri);
    if (!stored) continue;
    const text = new IndexedText(stored.text);
    const spans: Span[] = rows
      .filter((r) => r.text.value === iri && Number(r.end.value) <= text.length && Number(r.start.value) < Number(r.end.value))
      .map((r) => ({
        statement: link(r.statement.value, r.label?.value, publicBase),
        anchor: quoteAnchor(r.statement.value),
        start: Number(r.start.value),
        end: Number(r.end.value),
      }));
    out.push({ iri, href: localPath(iri, publicBase) ?? iri, file: stored.file, sha256: stored.sha256, segments: segments(text, spans), spans });
  }
  return out;
}

/** Cuts the text at every span boundary; each segment lists the spans covering it, the shortest (most specific) first. */
function segments(text: IndexedText, spans: readonly Span[]): TextSegment[] {
  const cuts = [...new Set([0, text.length, ...spans.flatMap((s) => [s.start, s.end])])].sort((a, b) => a - b);
  const anchored = new Set<string>();
  const out: TextSegment[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const [from, to] = [cuts[i], cuts[i + 1]];
    const covering = spans.filter((s) => s.start <= from && s.end >= to).sort((a, b) => a.end - a.start - (b.end - b.start));
    const anchors = spans.filter((s) => s.start === from && !anchored.has(s.anchor)).map((s) => s.anchor);
    for (const a of anchors) anchored.add(a);
    out.push({ text: text.slice(from, to), statements: covering.map((s) => s.statement), anchors });
  }
  return out;
}
