// The floor for loading: a bare node start, oxigraph, Store.load of one file; prints the RSS once loaded.
// Usage: node bench/bare-load.js FILE.nt GRAPH-IRI
const fs = require('node:fs');
const ox = require('oxigraph');

const [file, graph] = process.argv.slice(2);
const store = new ox.Store();
store.load(fs.readFileSync(file, 'utf8'), { format: 'application/n-triples', to_graph_name: ox.namedNode(graph) });
console.log(JSON.stringify({ quads: store.size, rss: process.memoryUsage().rss }));
