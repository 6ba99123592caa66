/*
 * Runs a module of the program compiled (dist/, built by bin/build.js at
 * `npm install`) when that build is newer than every source file, and from
 * the TypeScript sources through ts-node otherwise: an edited source is never
 * shadowed by an older build, and a fresh install starts without compiling.
 */
const fs = require('node:fs');
const path = require('node:path');

const ROOT = path.join(__dirname, '..');
const STAMP = path.join(ROOT, 'dist', '.built');
/** What the build reads: a change to any of them makes the build stale. */
const SOURCES = ['src', 'ontology', 'tsconfig.json', 'tsconfig.build.json'];

function newestSource(entry) {
  const stat = fs.statSync(entry, { throwIfNoEntry: false });
  if (!stat) return 0;
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const name of fs.readdirSync(entry)) newest = Math.max(newest, newestSource(path.join(entry, name)));
  return newest;
}

/** True when dist/ holds a build of the current sources (the stamp holds the time the build started). */
function compiled() {
  let started;
  try {
    started = Number(fs.readFileSync(STAMP, 'utf8'));
  } catch {
    return false;
  }
  return SOURCES.every((entry) => newestSource(path.join(ROOT, entry)) < started);
}

let useBuild;
/** Loads `src/<name>` (e.g. 'cli', 'sparql/worker'), compiled when the build is current. */
function load(name) {
  useBuild ??= compiled();
  if (useBuild) return require(path.join(ROOT, 'dist', 'src', name));
  require('ts-node').register({ transpileOnly: true, project: path.join(ROOT, 'tsconfig.json') });
  // The .ts named outright: src/sparql/worker.js, the entry that calls this, would otherwise shadow worker.ts.
  return require(path.join(ROOT, 'src', `${name}.ts`));
}

module.exports = { load, compiled };
