/**
 * `npm start`: reads the configuration once (environment, and `--data DIR`),
 * loads the store, serves it, and prints the URL when ready. SIGTERM/SIGINT
 * stop it gracefully: no new connections, in-flight requests finish, exit 0.
 */
import { configFromEnv, dataDirOverride, type Config } from './config';
import { ConfigError } from './errors';
import { openStores } from './sparql/backend';

/** Command-line overrides: `--data DIR` (the same as KB_DATA_DIR). */
export function parseArgs(argv: readonly string[]): Partial<Config> {
  const out: { dataDir?: string } = {};
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--data' && argv[i + 1]) out.dataDir = dataDirOverride(argv[++i]);
    else if (argv[i].startsWith('--data=')) out.dataDir = dataDirOverride(argv[i].slice('--data='.length));
    else throw new ConfigError(`Unknown argument "${argv[i]}"; usage: npm start -- [--data DIR]`);
  }
  return out;
}

/** Starts the server (run by bin/start.js, compiled or from the sources). */
export async function main(): Promise<void> {
  // No environment given: configFromEnv reads the process's own, once.
  const config = configFromEnv(undefined, parseArgs(process.argv.slice(2)));
  // The stores open before the HTTP layer is required: the first worker loads the data while the main thread reads it.
  const stores = openStores(config);
  const { startServer } = require('./http/server') as typeof import('./http/server');
  const server = await startServer(config, undefined, stores);
  console.log(`CDKG SPARQL endpoint ready at ${server.url}/sparql (data: ${config.dataDir})`);
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal} received: finishing in-flight requests`);
    server.close().then(
      () => process.exit(0),
      (e: unknown) => {
        console.error(e);
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}

if (require.main === module) {
  main().catch((e: unknown) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  });
}
