// The floor CDKG is measured against: oxigraph behind a bare node:http server, answering
// GET /sparql?query=… in SPARQL JSON over the union of all graphs, nothing else.
// Usage: node bench/wrapper.js FILE.nt GRAPH-IRI PORT
const http = require('node:http');
const fs = require('node:fs');
const ox = require('oxigraph');

const [file, graph, port] = process.argv.slice(2);
const store = new ox.Store();
store.load(fs.readFileSync(file, 'utf8'), { format: 'application/n-triples', to_graph_name: ox.namedNode(graph) });

http
  .createServer((req, res) => {
    const query = new URL(req.url, 'http://localhost').searchParams.get('query');
    if (query === null) {
      res.writeHead(400).end('no query');
      return;
    }
    try {
      const body = store.query(query, { results_format: 'application/sparql-results+json', use_default_graph_as_union: true });
      res.writeHead(200, { 'Content-Type': 'application/sparql-results+json', 'Content-Length': Buffer.byteLength(body) }).end(body);
    } catch (e) {
      res.writeHead(400).end(String(e));
    }
  })
  .listen(Number(port), '127.0.0.1', () => console.log('ready'));
