// Comunica over an N3 store, as their documentation shows them: the file parsed by N3.js into an n3 Store
// (its default graph, which the mix's queries then read as the others read the union of all graphs),
// queried with @comunica/query-sparql's QueryEngine and written by its own SPARQL JSON serializer, behind a
// bare node:http server answering GET /sparql?query=… like bench/wrapper.js.
// Usage: node bench/comunica.js FILE.nt PORT
const http = require('node:http');
const fs = require('node:fs');
const { Parser, Store } = require('n3');
const { QueryEngine } = require('@comunica/query-sparql');

const [file, port] = process.argv.slice(2);
const store = new Store(new Parser({ format: 'N-Triples' }).parse(fs.readFileSync(file, 'utf8')));
const engine = new QueryEngine();

http
  .createServer(async (req, res) => {
    const query = new URL(req.url, 'http://localhost').searchParams.get('query');
    if (query === null) {
      res.writeHead(400).end('no query');
      return;
    }
    try {
      const { data } = await engine.resultToString(await engine.query(query, { sources: [store] }), 'application/sparql-results+json');
      res.writeHead(200, { 'Content-Type': 'application/sparql-results+json' });
      data.on('error', (e) => res.destroy(e)).pipe(res);
    } catch (e) {
      res.writeHead(400).end(String(e));
    }
  })
  .listen(Number(port), '127.0.0.1', () => console.log('ready'));
