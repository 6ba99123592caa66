/**
 * `kb snapshot`: writes the writes journalled since the last snapshot (data/.journal, src/store/writes) into
 * the Turtle files and empties the journal, so data/ can be diffed and committed. Refused while a server
 * writes to the same folder (its lock); the server itself snapshots when it starts and stops.
 */
import path from 'node:path';
import type { CliCommand } from './cli-command';
import { DataLock } from './store/writes/lock';

export const snapshotCommand: CliCommand = {
  name: 'snapshot',
  usage: '',
  summary: 'write the journalled writes (data/.journal) into the data files and empty the journal',
  options: {},
  run: async (_args, { config, io }) => {
    const lock = DataLock.acquire(config.dataDir);
    try {
      // The write path (n3's Store, SHACL validation) is required only when a snapshot is written.
      const { snapshot } = require('./store/writes/writer') as typeof import('./store/writes/writer');
      const written = snapshot(config);
      io.out(written.length ? written.map((f) => `wrote ${path.relative(process.cwd(), f) || f}\n`).join('') : 'up to date: no journalled write\n');
      return 0;
    } finally {
      lock.release();
    }
  },
};
