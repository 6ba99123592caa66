/**
 * `kb export --format FMT [--graph IRI] [--out FILE] [--gzip]`: one entry of
 * the command table in ./cli.ts. The writing itself is the export layer's
 * (src/export/export-rdf.ts); this file parses the arguments and streams the
 * chunks to a file or stdout, so the output is never held whole in memory.
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { once } from 'node:events';
import { PREFIXES } from '../ontology/namespaces';
import { UsageError, type CliCommand, type CliIo } from './cli-command';
import { SERIALISER_NAMES, type SerialiserName } from './export';
import { exportRdf } from './export/export-rdf';
import { GZIP_LEVEL } from './export/dumps';
import { loadStore } from './store/load';

/** A graph given as a full IRI or as a prefixed name of the namespace table (`graph:ontology`). */
function expandGraph(value: string): string {
  const colon = value.indexOf(':');
  const prefix = value.slice(0, colon) as keyof typeof PREFIXES;
  return colon > 0 && Object.hasOwn(PREFIXES, prefix) ? PREFIXES[prefix] + value.slice(colon + 1) : value;
}

/** Where the chunks go: a file (written as they come) or stdout; optionally through gzip. */
interface Target {
  write(chunk: string): void;
  /** Finishes the output; resolves to the bytes written. */
  close(): Promise<number>;
  /** Removes a half-written file after a failure. */
  discard(): void;
}

function fileTarget(file: string, gzip: boolean): Target {
  const stream = fs.createWriteStream(file);
  const zip = gzip ? zlib.createGzip({ level: GZIP_LEVEL }) : undefined;
  zip?.pipe(stream);
  const into = zip ?? stream;
  return {
    write: (chunk) => void into.write(chunk, 'utf8'),
    async close() {
      into.end();
      await once(stream, 'finish');
      return stream.bytesWritten;
    },
    discard() {
      stream.destroy();
      fs.rmSync(file, { force: true });
    },
  };
}

function stdoutTarget(io: CliIo, gzip: boolean): Target {
  let bytes = 0;
  if (!gzip) {
    return {
      write(chunk) {
        bytes += Buffer.byteLength(chunk);
        io.out(chunk);
      },
      close: async () => bytes,
      discard: () => undefined,
    };
  }
  const outBytes = io.outBytes;
  if (!outBytes) throw new UsageError('--gzip without --out needs a binary stdout; give --out FILE');
  const zip = zlib.createGzip({ level: GZIP_LEVEL });
  zip.on('data', (data: Buffer) => {
    bytes += data.length;
    outBytes(data);
  });
  return {
    write: (chunk) => void zip.write(chunk, 'utf8'),
    async close() {
      zip.end();
      await once(zip, 'end');
      return bytes;
    },
    discard: () => zip.destroy(),
  };
}

export const exportCommand: CliCommand = {
  name: 'export',
  usage: `--format ${SERIALISER_NAMES.join('|')} [--graph IRI] [--out FILE] [--gzip]`,
  summary: 'stream the whole knowledge base, or one named graph, in an RDF format (whole-KB output has the same bytes as the dumps)',
  options: { format: { type: 'string' }, graph: { type: 'string' }, out: { type: 'string', short: 'o' }, gzip: { type: 'boolean' } },
  async run({ values, positionals }, { config, io }) {
    if (positionals.length > 0) throw new UsageError(`kb export takes no arguments, got "${positionals.join(' ')}"`);
    const format = values.format as string | undefined;
    if (format === undefined) throw new UsageError(`Give --format, one of ${SERIALISER_NAMES.join(', ')}`);
    if (!(SERIALISER_NAMES as readonly string[]).includes(format)) throw new UsageError(`Unknown format "${format}"; expected one of ${SERIALISER_NAMES.join(', ')}`);
    const out = values.out as string | undefined;
    if (out !== undefined && !fs.statSync(path.dirname(path.resolve(out)), { throwIfNoEntry: false })?.isDirectory()) {
      throw new UsageError(`--out ${out}: the folder ${path.dirname(path.resolve(out))} does not exist`);
    }
    const gzip = values.gzip === true;
    const { store } = loadStore(config);
    const given = values.graph as string | undefined;
    let target: Target | undefined;
    try {
      await exportRdf(store, format as SerialiserName, given === undefined ? null : expandGraph(given), () => {
        const opened = out === undefined ? stdoutTarget(io, gzip) : fileTarget(out, gzip);
        target = opened;
        return (chunk) => opened.write(chunk);
      });
    } catch (e) {
      target?.discard();
      throw e;
    }
    const bytes = target ? await target.close() : 0;
    if (out !== undefined) io.out(`wrote ${out} (${format}${gzip ? ', gzip' : ''}, ${bytes} bytes)\n`);
    return 0;
  },
};
