/**
 * n3's parser, writer and DataFactory, each required from its own file. The `n3` index also loads its Store and
 * stream classes and with them readable-stream (about 90 ms of a server's start, more than n3 itself); only the
 * write path and SHACL validation use n3's Store, and they import it from `n3` when they are loaded.
 */
import type * as N3 from 'n3';

export { DataFactory } from './data-factory';
export const Parser = (require('n3/lib/N3Parser') as { default: typeof N3.Parser }).default;
export type Parser = N3.Parser;
export const Writer = (require('n3/lib/N3Writer') as { default: typeof N3.Writer }).default;
export type Writer = N3.Writer;
