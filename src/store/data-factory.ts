/**
 * n3's DataFactory on its own. The `n3` index also loads its lexer, parser, writer, store and stream classes
 * (readable-stream among them): about 60 ms on each worker thread's start, for modules a worker that loads
 * and queries its store never uses.
 */
import type { DataFactory as N3DataFactory } from 'n3';

export const DataFactory = (require('n3/lib/N3DataFactory') as { default: typeof N3DataFactory }).default;
