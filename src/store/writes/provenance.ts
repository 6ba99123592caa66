/**
 * The provenance of a committed write, as triples of the changes graph
 * (PROV-O, https://www.w3.org/TR/prov-o/): a prov:Activity with its time,
 * the curator (the token's name, never the token), the operation, and the
 * triples it added and removed, as two prov:Entity sets holding N-Quads.
 * No blank node, so each write's provenance is a plain addition (a delta in
 * the journal, an appended block in data/changes.ttl).
 */
import { DataFactory } from '../n3';
import type * as RDF from '@rdfjs/types';
import { BASE, DCT, FORMATS, PROV, RDF as RDFNS, RDFS, VOID, XSD, graphIri } from '../../../ontology/namespaces';
import type { GraphChange } from './change';

const { namedNode, literal, quad } = DataFactory;

/** The graph every write's provenance goes to (data/changes.ttl). */
export const CHANGES_GRAPH = graphIri('changes');
export const CHANGE_NS = `${BASE}change/` as const;
export const CURATOR_NS = `${BASE}curator/` as const;

/** Terms the changes graph uses beyond ontology/namespaces.ts's PROV list (PROV-O §3.1). */
export const PROV_TERMS = {
  startedAtTime: `${PROV.$ns}startedAtTime`,
  endedAtTime: `${PROV.$ns}endedAtTime`,
  wasAssociatedWith: `${PROV.$ns}wasAssociatedWith`,
  used: `${PROV.$ns}used`,
  generated: `${PROV.$ns}generated`,
  invalidated: `${PROV.$ns}invalidated`,
  value: `${PROV.$ns}value`,
} as const;

export interface ChangeDescription {
  readonly id: string;
  readonly time: string;
  readonly agent: string;
  readonly operation: string;
  /** The SPARQL Update text, when the write was one. */
  readonly updateText?: string;
  readonly changes: readonly GraphChange[];
}

/** A new change IRI: the time, then random digits, so IRIs sort by time and never collide. */
export function newChangeId(time: Date): string {
  const stamp = time.toISOString().replace(/[-:.]/g, '').replace('T', '-').replace('Z', '');
  return `${CHANGE_NS}${stamp}-${Math.random().toString(36).slice(2, 8)}`;
}

export function provenanceQuads(c: ChangeDescription, addedText: string, removedText: string): RDF.Quad[] {
  const g = namedNode(CHANGES_GRAPH);
  const act = namedNode(c.id);
  const agent = namedNode(`${CURATOR_NS}${encodeURIComponent(c.agent)}`);
  const t = (s: RDF.Quad_Subject, p: string, o: RDF.Quad_Object) => quad(s, namedNode(p), o, g);
  const added = c.changes.reduce((n, ch) => n + ch.added, 0);
  const removed = c.changes.reduce((n, ch) => n + ch.removed, 0);
  const when = literal(c.time, namedNode(XSD.dateTime));
  const out = [
    t(act, RDFNS.type, namedNode(PROV.Activity)),
    t(act, RDFS.label, literal(c.operation)),
    t(act, PROV_TERMS.startedAtTime, when),
    t(act, PROV_TERMS.endedAtTime, when),
    t(act, PROV_TERMS.wasAssociatedWith, agent),
    t(agent, RDFNS.type, namedNode(PROV.Agent)),
    t(agent, RDFS.label, literal(c.agent)),
    ...(c.updateText !== undefined ? [t(act, PROV_TERMS.value, literal(c.updateText))] : []),
    ...c.changes.map((ch) => t(act, PROV_TERMS.used, namedNode(ch.graph ?? `${c.id}#default-graph`))),
  ];
  for (const [part, count, text, rel] of [['added', added, addedText, PROV_TERMS.generated], ['removed', removed, removedText, PROV_TERMS.invalidated]] as const) {
    const set = namedNode(`${c.id}#${part}`);
    out.push(
      t(act, rel, set),
      t(set, RDFNS.type, namedNode(PROV.Entity)),
      t(set, VOID.triples, literal(String(count), namedNode(XSD.integer))),
      t(set, DCT.format, namedNode(FORMATS['N-Quads'])),
      t(set, PROV_TERMS.value, literal(text)),
    );
  }
  return out;
}
