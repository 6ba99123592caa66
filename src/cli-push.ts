/**
 * `kb push`: loads the ontology and the data (with the journal's writes) into the remote SPARQL store named by
 * KB_STORE=sparql and KB_SPARQL_* (src/store/remote/push.ts), graph by graph, each graph replaced whole, so a
 * second push leaves the same triples. See docs/deployment.md.
 */
import { UsageError, type CliCommand } from './cli-command';
import type { Config } from './config';
import { push } from './store/remote/push';
import { RemoteStore } from './store/remote/store';

/** The remote store a configuration names; a command that needs one refuses a configuration without. */
export function remoteOf(config: Config): RemoteStore {
  if (config.store !== 'sparql' || !config.sparql) throw new UsageError('kb push needs a remote store: set KB_STORE=sparql and KB_SPARQL_QUERY_URL (docs/deployment.md)');
  return new RemoteStore({ sparql: config.sparql, queryTimeoutMs: config.queryTimeoutMs });
}

export const pushCommand: CliCommand = {
  name: 'push',
  usage: '',
  summary: 'load the ontology and data into the remote SPARQL store (KB_STORE=sparql), replacing each graph',
  options: {},
  run: async (_args, { config, io }) => {
    const store = remoteOf(config);
    const report = await push(store, { ...config, gspUrl: config.sparql?.gspUrl });
    for (const g of report.graphs) io.out(`${String(g.triples).padStart(8)}  <${g.graph}>\n`);
    for (const g of report.dropped) io.out(`dropped  <${g}> (no longer in the files)\n`);
    const total = report.graphs.reduce((n, g) => n + g.triples, 0);
    io.out(`pushed ${total} triples in ${report.graphs.length} graphs to ${new URL(config.sparql?.queryUrl ?? '').origin} (${report.method === 'graph-store' ? 'Graph Store Protocol PUT' : 'SPARQL Update'})\n`);
    return 0;
  },
};
