/**
 * `kb export --format FMT [--graph IRI] [--out FILE]`: writes the whole
 * knowledge base, or one named graph, in one of the RDF formats, to stdout or
 * a file. One entry of the command table in src/cli.ts.
 */
import fs from 'node:fs';
import path from 'node:path';
import { PREFIXES } from '../../ontology/namespaces';
import { UsageError, type CliCommand } from '../cli-command';
import { NotFoundError } from '../errors';
import { loadStore } from '../store/load';
import { SERIALISERS, serialiser } from './index';

const NAMES = SERIALISERS.map((s) => s.name);

/** A graph given as a full IRI or as a prefixed name of the namespace table (`graph:ontology`). */
function expandGraph(value: string): string {
  const colon = value.indexOf(':');
  const prefix = value.slice(0, colon) as keyof typeof PREFIXES;
  return colon > 0 && Object.hasOwn(PREFIXES, prefix) ? PREFIXES[prefix] + value.slice(colon + 1) : value;
}

export const exportCommand: CliCommand = {
  name: 'export',
  usage: `--format ${NAMES.join('|')} [--graph IRI] [--out FILE]`,
  summary: 'write the whole knowledge base, or one named graph, in an RDF format',
  options: { format: { type: 'string' }, graph: { type: 'string' }, out: { type: 'string', short: 'o' } },
  async run({ values, positionals }, { config, io }) {
    if (positionals.length > 0) throw new UsageError(`kb export takes no arguments, got "${positionals.join(' ')}"`);
    const format = values.format as string | undefined;
    if (format === undefined) throw new UsageError(`Give --format, one of ${NAMES.join(', ')}`);
    if (!(NAMES as readonly string[]).includes(format)) throw new UsageError(`Unknown format "${format}"; expected one of ${NAMES.join(', ')}`);
    const out = values.out as string | undefined;
    if (out !== undefined && !fs.statSync(path.dirname(path.resolve(out)), { throwIfNoEntry: false })?.isDirectory()) {
      throw new UsageError(`--out ${out}: the folder ${path.dirname(path.resolve(out))} does not exist`);
    }
    const { store } = loadStore(config);
    const given = values.graph as string | undefined;
    const graph = given === undefined ? null : expandGraph(given);
    if (graph !== null) {
      const graphs = await store.graphs();
      if (!graphs.includes(graph)) throw new NotFoundError(`No graph <${graph}> in the knowledge base; graphs: ${graphs.map((g) => `<${g}>`).join(', ')}`);
    }
    const text = await serialiser(format).serialise(await store.quads(graph));
    if (out === undefined) io.out(text);
    else {
      fs.writeFileSync(out, text);
      io.out(`wrote ${out} (${format}, ${Buffer.byteLength(text)} bytes)\n`);
    }
    return 0;
  },
};
