/**
 * The repository is self-contained: no file under src/, test/, ontology/,
 * bench/ or bin/ names a path outside it, so a clone with nothing beside it
 * runs and tests as it does here (issue 7).
 */
import fs from 'node:fs';
import path from 'node:path';
import { outsidePaths } from './outside-paths';

const ROOT = path.join(__dirname, '..', '..');
const SCANNED = ['src', 'test', 'ontology', 'bench', 'bin'];

function files(dir: string): string[] {
  return fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((e) => {
    const rel = path.posix.join(dir, e.name);
    return e.isDirectory() ? files(rel) : e.isFile() ? [rel] : [];
  });
}
/** Text files only: a NUL byte marks a binary one (images, fonts), which names no path. */
const isText = (bytes: Buffer) => !bytes.subarray(0, 8000).includes(0);

// Crafted inputs are assembled, so that this file itself names no such path.
const UP = '..';
const MACHINE = (p: string) => `/${p}`;
const FILE = ['file', '//'].join(':');
const DRIVE = ['C', '\\\\Users'].join(':');

describe('the detector of paths outside the repository', () => {
  const found = (text: string, file = 'test/data/x.ts') => outsidePaths(text, file).map((f) => f.text);

  it.each([
    ['a sibling folder climbed to from __dirname', `const S = path.resolve(__dirname, '${UP}/${UP}/${UP}/shared');`],
    ['the sibling folder in segments', `path.join(__dirname, '${UP}', '${UP}', '${UP}', 'shared', 'seeds')`],
    ['the sibling folder named relative to the working directory', `fs.readFileSync('${UP}/shared/reference-facts.md')`],
    ['the sibling folder in a comment', `// read from ${UP}/shared/seeds`],
    ['a machine path', `const D = '${MACHINE('work/shared/seeds')}';`],
    ['a home directory', `fs.readFileSync("${MACHINE('home/me/data.ttl')}")`],
    ['a temporary folder named outright', `cwd: '${MACHINE('tmp/bare/cdkg')}'`],
    ['a file URL', `new URL('${FILE}${MACHINE('data/x.ttl')}')`],
    ['a Windows path', `const D = '${DRIVE}\\\\me';`],
    ['a Windows path with forward slashes', `const D = '${DRIVE.replace(/\\+/g, '/')}/me';`],
    ['a template literal climbing out', `\`\${__dirname}/${UP}/${UP}/${UP}/elsewhere\``],
    ['an import from above the root', `import { x } from '${UP}/${UP}/${UP}/other/module';`],
    ['a require from above the root', `const x = require('${UP}/${UP}/${UP}/other');`],
    ['a plain relative literal climbing out', `const DIR = '${UP}/${UP}/${UP}/fixtures';`],
  ])('finds %s', (_name, text) => {
    expect(found(text)).not.toHaveLength(0);
  });

  it('gives the line of each finding', () => {
    expect(outsidePaths(`a\nb\nconst S = '${MACHINE('work/s')}';\n`, 'src/a.ts').map((f) => f.line)).toEqual([3]);
  });

  it.each([
    ['paths within the repository from __dirname', `path.join(__dirname, '${UP}', '${UP}', 'fixtures', 'shacl')`],
    ['the repository root itself', `const ROOT = path.join(__dirname, '${UP}/${UP}');`],
    ['imports within the repository', `import { CDKG } from '${UP}/${UP}/ontology/namespaces';`],
    ['a program the system installs', `spawn('${MACHINE('usr/bin/python3')}', args)`],
    ['the browser the system installs', `executablePath: '${MACHINE('usr/bin/chromium')}'`],
    ['HTTP paths', `request('/sparql?query=x'); get('/id/state/united-states'); '/dumps/cdkg.nt'`],
    ['web IRIs', `'https://w3id.org/cdkg/id/' 'http://example.org/tmp/x' 'https://example.com/work/a'`],
    ['a folder of the repository that is called shared', `path.join(__dirname, 'shared', 'x')`],
    ['relative paths resolved elsewhere', `path.join(YASGUI_BUILD, '${UP}', 'package.json')`],
    ['a regular expression with digit classes around a colon', 'const TIME = /^\\d\\d:\\d\\d(?::\\d\\d)?$/;'],
    ['a URL scheme', `'urn:x:y' 'http://example.org/' "mailto:a@b"`],
  ])('passes %s', (_name, text) => {
    expect(found(text, 'test/unit/store/x.ts')).toEqual([]);
  });

  it('judges a relative path from the folder of the file that holds it', () => {
    const text = `path.join(__dirname, '${UP}', '${UP}', '${UP}')`;
    expect(found(text, 'test/unit/store/x.ts')).toEqual([]);
    expect(found(text, 'test/unit/x.ts')).toHaveLength(1);
  });
});

describe('the repository', () => {
  const scanned = SCANNED.flatMap(files).filter((f) => isText(fs.readFileSync(path.join(ROOT, f))));
  const offenders = new Map(scanned.map((f) => [f, outsidePaths(fs.readFileSync(path.join(ROOT, f), 'utf8'), f)] as const).filter(([, found]) => found.length > 0));

  it('is scanned whole: the sources, tests, ontology, benchmarks and bin', () => {
    expect(scanned).toEqual(expect.arrayContaining(['src/config.ts', 'test/repository/outside-paths.ts', 'ontology/namespaces.ts', 'bench/run.ts', 'bin/kb.js']));
  });

  it('has no file that names a path outside it', () => {
    const found = [...offenders].map(([f, paths]) => paths.map((x) => `${f}:${x.line}: ${x.text} (${x.reason})`));
    expect(found.flat()).toEqual([]);
  });
});
