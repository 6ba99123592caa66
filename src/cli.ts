/**
 * `kb`: the command-line interface (shared contract 6). `main` takes the
 * arguments and returns the exit code; COMMANDS is the visible table of
 * commands. Exit codes: 0 success, 1 failure (malformed file or query, SHACL
 * violations), 2 wrong usage.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { compact } from '../ontology/namespaces';
import { configFromEnv, dataDirOverride, type Config } from './config';
import { ConfigError, KbError, ValidationError, formatViolation } from './errors';
import { SERIALISER_NAMES, serialiser } from './export';
import { exportCommand } from './cli-export';
import { annotateCommand, writeAnnotations } from './cli-annotate';
import { generateCommand } from './cli-generate';
import { pushCommand } from './cli-push';
import { snapshotCommand } from './cli-snapshot';
import { addCommand } from './cli-add';
import { UsageError, type CliCommand, type CliIo } from './cli-command';
import { RESULT_FORMAT_NAMES, resultFormat, resultFormatsFor } from './sparql/results';
import { SparqlService, serviceOptions } from './sparql/service';
import { ONTOLOGY_FILES } from './store/files';
import { loadStore } from './store/load';
import { storeStats } from './store/stats';
import type { KnowledgeStore } from './store/types';

/*
 * A command requires what only it uses when it runs (the remote store, SHACL validation with n3's Store and
 * readable-stream, the ontology generator): `kb stats` or `kb query` should not pay for `kb validate` at start.
 */

/** The store a command reads: the remote one with KB_STORE=sparql (docs/deployment.md), else the files loaded into an embedded one. */
async function storeOf(config: Config): Promise<KnowledgeStore> {
  if (config.store === 'sparql' && config.sparql) {
    const { RemoteStore } = require('./store/remote/store') as typeof import('./store/remote/store');
    return RemoteStore.open({ sparql: config.sparql, queryTimeoutMs: config.queryTimeoutMs });
  }
  return loadStore(config).store;
}

/** Widened to plain strings, so that any `--format` value can be looked up. */
const RDF_NAMES: readonly string[] = SERIALISER_NAMES;

const query: CliCommand = {
  name: 'query',
  usage: `'SPARQL' | -f FILE.rq  [--format ${[...RESULT_FORMAT_NAMES, ...RDF_NAMES].join('|')}]`,
  summary: 'run a SPARQL query (a table for SELECT/ASK, Turtle for CONSTRUCT/DESCRIBE by default)',
  options: { file: { type: 'string', short: 'f' }, format: { type: 'string' } },
  async run({ values, positionals }, { config, io }) {
    const file = values.file as string | undefined;
    if (file !== undefined && positionals.length > 0) throw new UsageError('Give either a query or -f FILE, not both');
    if (file === undefined && positionals.length !== 1) throw new UsageError('Give one query (in quotes) or -f FILE');
    if (file !== undefined && !fs.existsSync(file)) throw new UsageError(`Query file ${file} does not exist`);
    const text = file !== undefined ? fs.readFileSync(file, 'utf8') : positionals[0];
    const format = values.format as string | undefined;
    if (format !== undefined && !RESULT_FORMAT_NAMES.includes(format) && !RDF_NAMES.includes(format)) {
      throw new UsageError(`Unknown format "${format}"; expected one of ${[...RESULT_FORMAT_NAMES, ...RDF_NAMES].join(', ')}`);
    }
    const store = await storeOf(config);
    // The same query layer as the endpoint: checks, base IRI, FROM / FROM NAMED (SPARQL 1.1 Query §13.2), result cap.
    const sparql = new SparqlService(store, serviceOptions(config));
    const parsed = sparql.parse(text);
    const graphForm = parsed.form === 'construct' || parsed.form === 'describe';
    // As on the endpoint: RDF syntaxes for graphs, result formats for tables, and no CSV/TSV for ASK (they define no boolean).
    const fit = graphForm ? RDF_NAMES : resultFormatsFor(parsed.form === 'ask' ? 'ask' : 'select').map((f) => f.name);
    if (format !== undefined && !fit.includes(format)) {
      const form = parsed.form.toUpperCase();
      throw new UsageError(`Format "${format}" does not fit ${form === 'ASK' ? 'an' : 'a'} ${form} query; use one of ${fit.join(', ')}`);
    }
    const { result, truncated } = await sparql.run(parsed);
    if (truncated) io.err(`kb: the answer was cut at ${config.maxResults} rows or triples (set KB_MAX_RESULTS for more)\n`);
    if (result.kind === 'graph') io.out(await serialiser(format ?? 'turtle').serialise(result.quads));
    else io.out(resultFormat(format ?? 'table').serialise(result));
    return 0;
  },
};

const validateCommand: CliCommand = {
  name: 'validate',
  usage: '',
  summary: 'parse every ontology and data file and named query, and check the data against the SHACL shapes',
  options: {},
  async run(_args, { config, io }) {
    const { validate } = require('./store/validate') as typeof import('./store/validate');
    const { namedQueriesOf } = require('./sparql/named') as typeof import('./sparql/named');
    // The server parses a named query on its first use (src/sparql/named.ts): here each is parsed as the endpoint would.
    const queries = namedQueriesOf(config).check();
    const report = await validate(config);
    for (const v of report.violations) io.out(formatViolation(v));
    const checked = `${report.files.length} files, ${report.triples} triples`;
    if (report.conforms) {
      io.out(`Conforms: ${checked} checked against ontology/${ONTOLOGY_FILES.shapes}; ${queries} named queries parse\n`);
      return 0;
    }
    io.out(`Does not conform: ${report.violations.length} violation(s) in ${checked}\n`);
    return 1;
  },
};

const stats: CliCommand = {
  name: 'stats',
  usage: '',
  summary: 'count triples, entities per class and triples per graph',
  options: {},
  async run(_args, { config, io }) {
    const store = await storeOf(config);
    const s = await storeStats(store);
    const lines = [`triples: ${s.triples}`, `quads: ${s.quads} (a triple in two graphs counts twice)`, '', 'entities per class:'];
    for (const c of s.classes) lines.push(`  ${String(c.entities).padStart(6)}  ${compact(c.class)}`);
    lines.push('', 'graphs:');
    for (const g of s.graphs) lines.push(`  ${String(g.triples).padStart(6)}  ${compact(g.graph)}`);
    io.out(`${lines.join('\n')}\n`);
    return 0;
  },
};

const build: CliCommand = {
  name: 'build',
  usage: '',
  summary: `regenerate ontology/${ONTOLOGY_FILES.ontology} and ontology/${ONTOLOGY_FILES.shapes} from ontology/model.ts, then the quote annotations (kb annotate)`,
  options: {},
  async run(_args, { config, io }) {
    const { generateOntology } = require('../ontology/generate') as typeof import('../ontology/generate');
    const generated = await generateOntology();
    for (const [key, name] of Object.entries(ONTOLOGY_FILES) as [keyof typeof ONTOLOGY_FILES, string][]) {
      const file = path.join(config.ontologyDir, name);
      fs.writeFileSync(file, generated[key]);
      io.out(`wrote ${path.relative(process.cwd(), file) || file}\n`);
    }
    return writeAnnotations(config, io);
  },
};

/** The commands of `kb`, in the order the usage text lists them. */
export const COMMANDS: readonly CliCommand[] = [query, validateCommand, stats, build, annotateCommand, exportCommand, generateCommand, addCommand, snapshotCommand, pushCommand];

const GLOBAL_OPTIONS = { data: { type: 'string' }, help: { type: 'boolean', short: 'h' } } as const;

export function usage(): string {
  const lines = ['Usage: kb <command> [--data DIR] [options]', '', 'Commands:'];
  for (const c of COMMANDS) lines.push(`  kb ${c.name}${c.usage ? ` ${c.usage}` : ''}`, `      ${c.summary}`);
  lines.push('', 'Options:', '  --data DIR   data folder to load instead of data/ (also KB_DATA_DIR)', '  -h, --help   show this help');
  return `${lines.join('\n')}\n`;
}

/** A reader that stops early (`kb query … | head`) closes the pipe: that is the reader's choice, not an error. */
function quietOnClosedPipe(error: NodeJS.ErrnoException): void {
  if (error.code !== 'EPIPE') throw error;
  process.exit(process.exitCode ?? 0);
}

/** Writes to stdout, listening (once) for a reader that closes the pipe. */
function writeOut(chunk: string | Uint8Array): void {
  if (!process.stdout.listeners('error').includes(quietOnClosedPipe)) process.stdout.on('error', quietOnClosedPipe);
  process.stdout.write(chunk);
}

const PROCESS_IO: CliIo = {
  out: writeOut,
  outBytes: writeOut,
  err: (t) => process.stderr.write(t),
};

/** Runs `kb` with the given arguments (without `node` and the script); resolves to the exit code. `env` defaults to the process environment, which only src/config.ts reads. */
export async function main(argv: readonly string[], io: CliIo = PROCESS_IO, env?: NodeJS.ProcessEnv): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    (name === undefined ? io.err : io.out)(usage());
    return name === undefined ? 2 : 0;
  }
  const command = COMMANDS.find((c) => c.name === name);
  try {
    if (!command) throw new UsageError(`Unknown command "${name}"`);
    let args;
    try {
      args = parseArgs({ args: [...rest], options: { ...command.options, ...GLOBAL_OPTIONS }, allowPositionals: true, strict: true });
    } catch (e) {
      throw new UsageError(e instanceof Error ? e.message : String(e));
    }
    if (args.values.help) {
      io.out(usage());
      return 0;
    }
    if (!command.usage && args.positionals.length > 0) throw new UsageError(`kb ${name} takes no arguments, got "${args.positionals.join(' ')}"`);
    const data = args.values.data as string | undefined;
    let config: Config;
    try {
      config = configFromEnv(env, data !== undefined ? { dataDir: dataDirOverride(data) } : {});
    } catch (e) {
      // A bad flag or environment value is wrong usage: the message names it, and the usage follows.
      if (e instanceof ConfigError) throw new UsageError(e.message);
      throw e;
    }
    return await command.run(args, { config, io });
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(`kb: ${e.message}\n\n${usage()}`);
      return 2;
    }
    if (e instanceof KbError) {
      io.err(`kb: ${e.message}\n${e instanceof ValidationError ? e.violations.map((v) => formatViolation(v)).join('') : ''}`);
      return 1;
    }
    // Not a known failure: show everything, it is a bug to report.
    io.err(`kb: unexpected error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    return 1;
  }
}

if (require.main === module) {
  void main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
