/*
 * Entry of a query worker thread when the program runs from its TypeScript
 * sources (ts-node under `npm start` from a stale build, ts-jest in the
 * tests): worker threads do not inherit the parent's require hooks, so this
 * loads the compiled worker when the build is current and the sources
 * through ts-node otherwise (../../bin/launch.js decides). Compiled, the
 * pool starts dist/src/sparql/worker.js, the worker itself.
 */
require('../../bin/launch').load('sparql/worker');
