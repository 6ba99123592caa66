/** A server on a temporary copy of data/ and sources/, with admin tokens: the write tests change only the copy. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DEFAULTS, type Config } from '../../../src/config';
import { startServer, type RunningServer } from '../../../src/http/server';

export const ROOT = path.join(__dirname, '../../..');
export const ALICE = { name: 'alice', token: 'alice-token-0123456789abcdef' };
export const BOB = { name: 'bob', token: 'bob-token-0123456789abcdef' };

/** A fresh temporary folder holding copies of the repository's data/ and sources/. */
export function copyOfData(): { root: string; dataDir: string; sourcesDir: string } {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'cdkg-writes-'));
  fs.cpSync(path.join(ROOT, 'data'), path.join(root, 'data'), { recursive: true });
  fs.cpSync(path.join(ROOT, 'sources'), path.join(root, 'sources'), { recursive: true });
  return { root, dataDir: path.join(root, 'data'), sourcesDir: path.join(root, 'sources') };
}

/** Every file of a folder (dot files included) and its bytes, to compare before and after. */
export function filesOf(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of fs.readdirSync(dir).sort()) out[name] = fs.readFileSync(path.join(dir, name), 'latin1');
  return out;
}

export function writableConfig(dataDir: string, sourcesDir: string, overrides: Partial<Config> = {}): Config {
  return { ...DEFAULTS, dataDir, sourcesDir, port: 0, workers: 1, adminTokens: [ALICE, BOB], ...overrides };
}

/** Starts a server on a copy of the data before the file's tests; stops it and removes the copy after them. */
export function useWritableServer(overrides: Partial<Config> = {}) {
  const copy = copyOfData();
  let server: RunningServer | undefined;
  beforeAll(async () => {
    server = await startServer(writableConfig(copy.dataDir, copy.sourcesDir, overrides), () => undefined);
  });
  afterAll(async () => {
    await server?.close();
    fs.rmSync(copy.root, { recursive: true, force: true });
  });
  return { url: () => (server as RunningServer).url, ...copy };
}

export const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });
