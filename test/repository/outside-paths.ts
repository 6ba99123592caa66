/**
 * Finds the places where a source file names a path outside the repository:
 * the shared folder beside the clone, an absolute path of a machine (under
 * work, home, tmp and the other roots below; a file: URL; a drive letter), or
 * a relative path that climbs above the repository root from the file that
 * uses it (a join of __dirname with too many parent steps, such an import).
 * Programs the system installs (python3, chromium in the system's bin folder)
 * are run, not read, and are allowed.
 */
import path from 'node:path';

export interface OutsidePath {
  /** 1-based line of the file. */
  readonly line: number;
  /** The text that names the path. */
  readonly text: string;
  readonly reason: string;
}

/** Roots of a machine's file system that hold no part of a repository a user cloned anywhere. */
const MACHINE_ROOTS = ['work', 'home', 'root', 'tmp', 'mnt', 'srv', 'opt', 'var', 'etc', 'media', 'Users', 'usr', 'private', 'Volumes'];
/** An absolute path under one of them; a program in the system's bin folder is run, not read. */
const ABSOLUTE = new RegExp(`(?<![\\w.:/-])/(?:${MACHINE_ROOTS.join('|')})/[^\\s'"\`),;]*`, 'g');
const PROGRAM = /^\/usr\/bin\/[\w.+-]+$/;
const FILE_URL = /\bfile:\/\/\/?[^\s'"`)]*/g;
/**
 * A drive path as source text writes it: a drive letter, a colon and an
 * escaped backslash (two in the source) or a slash; a regular expression's
 * digit class after a colon is not one.
 */
const WINDOWS = /(?<![\w\\])[A-Za-z]:(?:\\\\|\/)(?![\/\\])[^\s'"`]*/g;
/** The shared folder beside the clone, named relative to the clone. */
const SIBLING = /(?<![\w.])\.\.[\\/]shared\b[^\s'"`)]*/g;
/** A join or resolve of __dirname with literal segments. */
const FROM_DIRNAME = /\.(?:join|resolve)\(\s*__dirname((?:\s*,\s*(?:'[^'\n]*'|"[^"\n]*"))*)/g;
/** __dirname at the start of a template literal, followed by a path. */
const TEMPLATE_DIRNAME = /\$\{__dirname\}((?:\/[^`$\s]*)?)/g;
/** Module specifiers: import … from '…', import('…'), require('…'), export … from '…'. */
const SPECIFIER = /(?:\bfrom\s*|\bimport\s*\(\s*|\brequire\s*\(\s*|^\s*import\s+)(['"])(\.{1,2}\/[^'"\n]*)\1/gm;
/** Any other string literal that is a relative path beginning with a parent step. */
const RELATIVE_LITERAL = /(['"`])(\.\.\/[^'"`\n$]*)\1/g;

const lineOf = (text: string, index: number) => text.slice(0, index).split('\n').length;
const literals = (args: string) => [...args.matchAll(/'([^'\n]*)'|"([^"\n]*)"/g)].map((m) => m[1] ?? m[2]);

/**
 * The places in `text` (the content of the file at `file`, relative to the
 * repository root) that name a path outside the repository.
 */
export function outsidePaths(text: string, file: string): OutsidePath[] {
  const found: OutsidePath[] = [];
  const add = (index: number, match: string, reason: string) => {
    if (!found.some((f) => f.line === lineOf(text, index) && f.text === match)) found.push({ line: lineOf(text, index), text: match, reason });
  };
  const dir = path.posix.dirname(file.split(path.sep).join('/'));
  /** Whether `relative`, resolved from the folder `from` of the repository, lies outside it. */
  const climbsOut = (from: string, relative: string) => path.posix.normalize(path.posix.join(from, relative)).split('/')[0] === '..';

  for (const m of text.matchAll(ABSOLUTE)) if (!PROGRAM.test(m[0])) add(m.index, m[0], 'an absolute path of a machine');
  for (const m of text.matchAll(FILE_URL)) add(m.index, m[0], 'a file: URL');
  for (const m of text.matchAll(WINDOWS)) add(m.index, m[0], 'a Windows absolute path');
  for (const m of text.matchAll(SIBLING)) add(m.index, m[0], 'a folder beside the clone');
  for (const m of text.matchAll(FROM_DIRNAME)) {
    const segments = literals(m[1]);
    if (segments.length > 0 && climbsOut(dir, path.posix.join(...segments))) add(m.index, m[0], 'climbs above the repository root from the file');
  }
  for (const m of text.matchAll(TEMPLATE_DIRNAME)) if (m[1] && climbsOut(dir, `.${m[1]}`)) add(m.index, m[0], 'climbs above the repository root from the file');
  for (const m of text.matchAll(SPECIFIER)) if (climbsOut(dir, m[2])) add(m.index, m[2], 'imports from above the repository root');
  for (const m of text.matchAll(RELATIVE_LITERAL)) if (climbsOut(dir, m[2])) add(m.index, m[2], 'climbs above the repository root from the file');
  return found;
}
