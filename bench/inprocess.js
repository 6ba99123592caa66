// Oxigraph in one process, no HTTP: loads the file, then runs the mix's queries one after another for
// SECONDS on one core and prints {"qps": …}. Usage: node bench/inprocess.js FILE.nt GRAPH-IRI QUERIES.json SECONDS
const fs = require('node:fs');
const ox = require('oxigraph');

const [file, graph, queriesFile, seconds] = process.argv.slice(2);
const store = new ox.Store();
store.load(fs.readFileSync(file, 'utf8'), { format: 'application/n-triples', to_graph_name: ox.namedNode(graph) });
const queries = JSON.parse(fs.readFileSync(queriesFile, 'utf8'));
const end = performance.now() + Number(seconds) * 1000;
let done = 0;
while (performance.now() < end) {
  store.query(queries[done % queries.length], { results_format: 'application/sparql-results+json', use_default_graph_as_union: true });
  done++;
}
console.log(JSON.stringify({ qps: done / Number(seconds) }));
