/**
 * Where the repository is, for code that runs from the TypeScript sources
 * (src/, through ts-node or ts-jest) or compiled (dist/src/, see
 * bin/build.js). Files that live beside the code but are not compiled (the
 * .rq queries) are always read from the sources, so there is no copy of
 * them that could fall out of step.
 */
import path from 'node:path';

const COMPILED = path.basename(path.dirname(__dirname)) === 'dist';

/** The repository's root folder. */
export const ROOT = COMPILED ? path.dirname(path.dirname(__dirname)) : path.dirname(__dirname);

const DIST = path.join(ROOT, 'dist');

/** A path below a module's own folder (`__dirname`), in the source tree even when that module runs compiled. */
export function sourcePath(dir: string, ...parts: string[]): string {
  const relative = path.relative(DIST, dir);
  const inDist = relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
  return path.join(inDist ? path.join(ROOT, relative) : dir, ...parts);
}
