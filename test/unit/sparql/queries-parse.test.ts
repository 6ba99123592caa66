/**
 * Every public named query parses with sparqljs, has the header of contract 4
 * and declares only prefixes of ontology/namespaces.ts, with their IRIs.
 */
import fs from 'node:fs';
import path from 'node:path';
import { Parser } from 'sparqljs';
import { PREFIXES } from '../../../ontology/namespaces';
import { DEFAULTS } from '../../../src/config';

const files = fs.readdirSync(DEFAULTS.queriesDir).filter((f) => f.endsWith('.rq')).sort();
const read = (file: string) => fs.readFileSync(path.join(DEFAULTS.queriesDir, file), 'utf8');
const prefixes: Readonly<Record<string, string>> = PREFIXES;

describe('queries/*.rq', () => {
  it('are at least ten files', () => {
    expect(files.length).toBeGreaterThanOrEqual(10);
  });

  it.each(files)('%s parses with sparqljs', (file) => {
    expect(new Parser().parse(read(file)).type).toBe('query');
  });

  it.each(files)('%s starts with a title and a description line', (file) => {
    const [title, description] = read(file).split('\n');
    expect(title).toMatch(/^# title: \S/);
    expect(description).toMatch(/^# description: \S/);
  });

  it.each(files)('%s declares only prefixes of the PREFIXES table, with their IRIs', (file) => {
    const declared = [...read(file).matchAll(/^PREFIX\s+([\w-]*):\s*<([^>]*)>/gm)].map((m) => [m[1], m[2]]);
    expect(declared.length).toBeGreaterThan(0);
    for (const [prefix, iri] of declared) expect([prefix, prefixes[prefix]]).toEqual([prefix, iri]);
  });
});
