/**
 * The write-ahead journal: one line per committed write, appended and
 * fsynced before the write is acknowledged. A line is
 * `<sha256 of the JSON> <JSON>\n`; a crash while appending leaves at most a
 * last line without its newline or with a checksum that does not match,
 * which reading drops (that write was never acknowledged). The journal is
 * emptied once a snapshot has written its writes into the data files.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { ConfigError } from '../../errors';
import type { WriteRecord } from './change';

/** The journal of a data folder: a dot file there, which the loader does not read as data. */
export function journalPath(dataDir: string): string {
  return path.join(dataDir, '.journal');
}

const sha = (text: string) => crypto.createHash('sha256').update(text).digest('hex');

export interface JournalContents {
  readonly records: readonly WriteRecord[];
  /** Bytes of complete, verified lines; anything after them is a torn append. */
  readonly validBytes: number;
  readonly totalBytes: number;
}

/** Reads the journal; a damaged line before the last is a ConfigError (the file was edited or the disk failed). */
export function readJournal(file: string): JournalContents {
  let text: Buffer;
  try {
    text = fs.readFileSync(file);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return { records: [], validBytes: 0, totalBytes: 0 };
    throw e;
  }
  const records: WriteRecord[] = [];
  let offset = 0;
  while (offset < text.length) {
    const end = text.indexOf(0x0a, offset);
    if (end < 0) break; // the torn tail of an append
    const line = text.subarray(offset, end).toString('utf8');
    const space = line.indexOf(' ');
    const json = line.slice(space + 1);
    if (space !== 64 || sha(json) !== line.slice(0, 64)) {
      // Only the last line can be torn; a bad line with complete lines after it is damage.
      if (text.indexOf(0x0a, end + 1) >= 0) throw new ConfigError(`${file}: line ${records.length + 1} is damaged (checksum mismatch); restore the journal from a backup (docs/writes.md)`);
      break;
    }
    records.push(JSON.parse(json) as WriteRecord);
    offset = end + 1;
  }
  return { records, validBytes: offset, totalBytes: text.length };
}

function fsyncDir(dir: string): void {
  const fd = fs.openSync(dir, 'r');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

/** An open journal: appends are durable when `append` returns. */
export class Journal {
  private fd: number;

  /** Opens the journal, dropping a torn last line first (it was never acknowledged). */
  constructor(readonly file: string) {
    const { validBytes, totalBytes } = readJournal(file);
    const existed = fs.existsSync(file);
    this.fd = fs.openSync(file, 'a');
    if (validBytes < totalBytes) {
      fs.ftruncateSync(this.fd, validBytes);
      fs.fsyncSync(this.fd);
    }
    // A new journal's directory entry must be durable too (fsync(2): syncing the file does not sync its entry).
    if (!existed) fsyncDir(path.dirname(file));
  }

  /** Appends a record and fsyncs it; returns the journal's length before it (for `truncate`). */
  append(record: WriteRecord): number {
    const mark = fs.fstatSync(this.fd).size;
    const json = JSON.stringify(record);
    fs.writeSync(this.fd, `${sha(json)} ${json}\n`);
    fs.fsyncSync(this.fd);
    return mark;
  }

  /** Takes back the records after `mark` (a write the backend refused: it was never acknowledged). */
  truncate(mark: number): void {
    fs.ftruncateSync(this.fd, mark);
    fs.fsyncSync(this.fd);
  }

  /** Empties the journal: only once a snapshot has made every write in it durable in the data files. */
  clear(): void {
    fs.ftruncateSync(this.fd, 0);
    fs.fsyncSync(this.fd);
  }

  close(): void {
    fs.closeSync(this.fd);
  }
}

export { fsyncDir };
