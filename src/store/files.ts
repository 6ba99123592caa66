/**
 * The files a load reads and the graph each goes to. Kept apart from the loader (./load) so that the HTTP layer,
 * which names files in its validators and messages, does not load the engine on the main thread.
 */
import fs from 'node:fs';
import path from 'node:path';
import { graphIri } from '../../ontology/namespaces';
import { ConfigError } from '../errors';
import type { RdfSyntax } from './oxigraph';

export interface SourceFile {
  readonly file: string;
  readonly graph: string;
  readonly format: RdfSyntax;
}

export interface LoadOptions {
  readonly dataDir: string;
  readonly ontologyDir: string;
  readonly loadOntology: boolean;
  /** Graph IRIs for data files by file name, overriding `graphIri(stem)` (foreign data such as the W3C test suite names its own graphs). */
  readonly graphNames?: Readonly<Record<string, string>>;
}

/** The generated ontology files (see `npm run build:ontology`). */
export const ONTOLOGY_FILES = { ontology: 'cdkg.ttl', shapes: 'shapes.ttl' } as const;

const SYNTAX_BY_EXTENSION: Record<string, RdfSyntax> = {
  '.ttl': 'text/turtle',
  '.nt': 'application/n-triples',
  '.nq': 'application/n-quads',
  '.trig': 'application/trig',
  '.rdf': 'application/rdf+xml',
};

/** Lists the files a load reads, in a stable order: the ontology first, then data files by name. */
export function sourceFiles(options: LoadOptions): SourceFile[] {
  const out: SourceFile[] = [];
  if (options.loadOntology) {
    out.push({ file: path.join(options.ontologyDir, ONTOLOGY_FILES.ontology), graph: graphIri('ontology'), format: 'text/turtle' });
  }
  if (!fs.existsSync(options.dataDir)) throw new ConfigError(`Data folder ${options.dataDir} does not exist`);
  for (const name of fs.readdirSync(options.dataDir).sort()) {
    const format = SYNTAX_BY_EXTENSION[path.extname(name)];
    if (!format) continue;
    out.push({ file: path.join(options.dataDir, name), graph: options.graphNames?.[name] ?? graphIri(path.basename(name, path.extname(name))), format });
  }
  return out;
}
