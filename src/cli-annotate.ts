/**
 * `kb annotate`: writes data/annotations.ttl (src/export/annotations.ts), the
 * context and text positions of every quote in its stored source text. Exit 1
 * when a quote is not in its stored text: the rest is written, and the quote
 * is named so that it can be corrected.
 */
import fs from 'node:fs';
import path from 'node:path';
import { compact } from '../ontology/namespaces';
import { sourcesDirOf, type Config } from './config';
import type { CliCommand, CliIo } from './cli-command';
import { ANNOTATIONS, annotations } from './export/annotations';
import { loadStore } from './store/load';

/** Regenerates the annotations file of the configured data; returns the exit code. */
export async function writeAnnotations(config: Config, io: CliIo): Promise<number> {
  const { store } = loadStore({ ...config, loadOntology: false });
  const generated = await annotations(store, sourcesDirOf(config));
  const file = path.join(config.dataDir, ANNOTATIONS.file);
  const before = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : undefined;
  if (before !== generated.text) fs.writeFileSync(file, generated.text);
  io.out(`${before === generated.text ? 'up to date' : 'wrote'} ${path.relative(process.cwd(), file) || file}\n`);
  for (const statement of generated.unanchored) io.err(`not in its stored text: the quote of ${compact(statement)} (npx kb validate tells more)\n`);
  return generated.unanchored.length ? 1 : 0;
}

export const annotateCommand: CliCommand = {
  name: 'annotate',
  usage: '',
  summary: `anchor every quote in its stored source text (sources/): regenerate data/${ANNOTATIONS.file}`,
  options: {},
  run: (_args, { config, io }) => writeAnnotations(config, io),
};
