/**
 * One writer per data folder: a lock file naming the process that writes
 * (the server, or an offline `kb add` / `kb snapshot`). A lock left by a
 * process that is gone (killed) is taken over.
 */
import fs from 'node:fs';
import path from 'node:path';
import { WritesDisabledError } from '../../errors';

export class DataLock {
  private constructor(readonly file: string) {}

  static acquire(dataDir: string): DataLock {
    const file = path.join(dataDir, '.lock');
    for (let attempt = 0; attempt < 2; attempt++) {
      try {
        fs.writeFileSync(file, `${process.pid}\n`, { flag: 'wx' });
        return new DataLock(file);
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
        const pid = Number(fs.readFileSync(file, 'utf8').trim());
        if (Number.isInteger(pid) && pid > 0 && alive(pid)) {
          throw new WritesDisabledError(`The data folder ${dataDir} is being written by process ${pid} (its lock ${file}); stop it, or send the write to that server`);
        }
        fs.rmSync(file, { force: true });
      }
    }
    throw new WritesDisabledError(`Could not lock the data folder ${dataDir}`);
  }

  release(): void {
    fs.rmSync(this.file, { force: true });
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}
