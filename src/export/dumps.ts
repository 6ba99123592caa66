/**
 * Downloadable dumps of the whole dataset, gzip-compressed, with size and
 * SHA-256. The same data always gives the same bytes: the quads are first
 * put in RDFC-1.0 canonical form (stable blank-node labels and order), the
 * serialisers are deterministic, and gzip writes no file name and an mtime of
 * 0 (RFC 1952 §2.3.1; node's zlib never sets either). Dumps are built once per
 * store, on first request, and kept in memory: the store is read-only.
 */
import { derived } from '../store/derived';
import crypto from 'node:crypto';
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import { NotFoundError } from '../errors';
import type { KnowledgeStore } from '../store/types';
import { exportQuads } from './export-rdf';
import { serialiser, type SerialiserName } from './index';
import { jsonLdDataset } from './jsonld';
import { distinct } from '../store/terms';
import { asTriples } from './quads';

/**
 * The serialiser of a dump: the dataset keeps its named graphs (one per file)
 * in every format that can carry them, N-Quads and JSON-LD 1.1; the others
 * (N-Triples, Turtle, RDF/XML) merge them into one graph.
 */
const dumpSerialiser = (format: SerialiserName) => (format === 'jsonld' ? jsonLdDataset : serialiser(format));

/** The formats offered as dumps, in the order they are listed. */
export const DUMP_FORMATS: readonly SerialiserName[] = ['ntriples', 'nquads', 'turtle', 'jsonld', 'rdfxml'];

/** The path, relative to the public base, under which dumps are served (`<base>dumps/cdkg.nt.gz`). */
const DUMPS_PATH = 'dumps/';
const FILE_STEM = 'cdkg';

const GZIP_MEDIA_TYPE = 'application/gzip';
/** The compression level of the dumps (and of `kb export --gzip`, which then gives the same bytes). */
export const GZIP_LEVEL = zlib.constants.Z_BEST_COMPRESSION;

export interface Dump {
  readonly format: SerialiserName;
  /** The file name, such as `cdkg.nt.gz`. */
  readonly fileName: string;
  /** The media type of the uncompressed content. */
  readonly mediaType: string;
  /** The compression (DCAT `dcat:compressFormat`). */
  readonly compressFormat: typeof GZIP_MEDIA_TYPE;
  /** The gzip file. */
  readonly bytes: Buffer;
  readonly byteSize: number;
  /** SHA-256 of the gzip file, lowercase hex. */
  readonly sha256: string;
  /** Statements in the dump: quads for quad formats, distinct triples for the others. */
  readonly statements: number;
  /** Whether the dump keeps the named graphs (else they are merged into one graph). */
  readonly namedGraphs: boolean;
}

const gzip = promisify(zlib.gzip);

/** The public URL of a dump under a base such as `http://localhost:8080/`. */
export function dumpUrl(publicBase: string, fileName: string): string {
  return new URL(`${DUMPS_PATH}${fileName}`, publicBase).href;
}

/** Builds every dump of the store (canonicalising once for all formats, as `kb export` does). */
export async function generateDumps(store: KnowledgeStore): Promise<Dump[]> {
  const quads = await exportQuads(store);
  const dumps: Dump[] = [];
  for (const format of DUMP_FORMATS) {
    const s = dumpSerialiser(format);
    // The JSON-LD dump embeds its context, so the file is complete without a network.
    const text = await s.serialise(quads);
    // zlib's asynchronous API compresses on libuv's thread pool, not on the thread that serves requests.
    const bytes = await gzip(Buffer.from(text, 'utf8'), { level: GZIP_LEVEL });
    dumps.push({
      format,
      fileName: `${FILE_STEM}.${s.extension}.gz`,
      mediaType: s.mediaType,
      compressFormat: GZIP_MEDIA_TYPE,
      bytes,
      byteSize: bytes.length,
      sha256: crypto.createHash('sha256').update(bytes).digest('hex'),
      statements: s.quads ? distinct(quads).length : asTriples(quads).length,
      namedGraphs: s.quads,
    });
  }
  return dumps;
}

/** The store's dumps, generated on the first call and then shared until the store changes (src/store/derived.ts). */
export const dumps: (store: KnowledgeStore) => Promise<readonly Dump[]> = derived(generateDumps);

/** One dump by file name; an unknown name is a NotFoundError listing the files there are. */
export async function dumpFile(store: KnowledgeStore, fileName: string): Promise<Dump> {
  const all = await dumps(store);
  const found = all.find((d) => d.fileName === fileName);
  if (!found) throw new NotFoundError(`No dump named "${fileName}"; dumps: ${all.map((d) => d.fileName).join(', ')}`);
  return found;
}
