/**
 * GET /shapes[.ext]: the SHACL shapes (SHAPES_IRI, which the ontology names
 * with rdfs:seeAlso), negotiated like /ontology. The shapes are not data, so
 * they are not in the store: ontology/shapes.ttl is read and parsed once at
 * start-up (see readShapes) and served from memory.
 */
import fs from 'node:fs';
import path from 'node:path';
import type * as RDF from '@rdfjs/types';
import { SHAPES_IRI } from '../../../ontology/namespaces';
import { formatLinks } from '../../export/linked-data/formats';
import { iriOfPath } from '../../export/linked-data/links';
import type { Config } from '../../config';
import { ONTOLOGY_FILES } from '../../store/load';
import { parseRdf } from '../../store/oxigraph';
import { shapesPage } from '../pages/shapes';
import type { RequestContext } from '../route';
import { chooseFormat, writeDocument, writeNotFound } from './document';

export const SHAPES_PATH = '/shapes';

/** The shapes file as parsed once: its triples, and its text as written (with its comments) for the page. */
export interface ShapesDocument {
  readonly file: string;
  readonly quads: readonly RDF.Quad[];
  readonly turtle: string;
}

/** Reads and parses ontology/shapes.ttl; undefined when the ontology folder has none (then /shapes is a 404). A syntax error stops the start with its file and line. */
export function readShapes(config: Config): ShapesDocument | undefined {
  const file = path.join(config.ontologyDir, ONTOLOGY_FILES.shapes);
  if (!fs.existsSync(file)) return undefined;
  const turtle = fs.readFileSync(file, 'utf8');
  // Into the default graph: the document is one graph, as every dereferenced description is.
  const quads = parseRdf(turtle, { format: 'text/turtle', file: path.relative(process.cwd(), file) || file, baseIri: SHAPES_IRI });
  return { file, quads, turtle };
}

export async function shapes(ctx: RequestContext): Promise<void> {
  const format = chooseFormat(ctx);
  const doc = ctx.app.shapes;
  if (!doc) return writeNotFound(ctx, format, iriOfPath(SHAPES_PATH, ctx.app.config.publicBase));
  await writeDocument(ctx, format, doc.quads, () => shapesPage({ iri: SHAPES_IRI, turtle: doc.turtle, formats: formatLinks(SHAPES_PATH) }), SHAPES_PATH);
}
