// The floor for starting on the seed data: a bare node start, oxigraph, one Store.load per file into its graph, one answer.
// Usage: node bench/bare-start.js GRAPH-IRI=FILE.ttl ...
const fs = require('node:fs');
const ox = require('oxigraph');

const store = new ox.Store();
for (const arg of process.argv.slice(2)) {
  const at = arg.indexOf('=');
  store.load(fs.readFileSync(arg.slice(at + 1), 'utf8'), { format: 'text/turtle', to_graph_name: ox.namedNode(arg.slice(0, at)), base_iri: arg.slice(0, at) });
}
console.log(store.query('SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }').length);
