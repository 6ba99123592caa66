/** rapper (raptor2-utils) reads every dereferenced Turtle, N-Triples and RDF/XML document without a warning. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { BASE } from '../../ontology/namespaces';
import { VERSION_IRI } from '../../ontology/owl';
import { UNKNOWN, US, linkedDataServer } from './support/linked-data';

const get = linkedDataServer();

describe('rapper (raptor2-utils) reads the dereferenced documents without a warning', () => {
  const RAPPER: readonly [string, string][] = [
    ['ttl', 'turtle'],
    ['nt', 'ntriples'],
    ['rdf', 'rdfxml'],
  ];
  for (const pathname of [US, '/ontology', `/${VERSION_IRI.slice(BASE.length)}`, '/graph/statements', '/void', UNKNOWN]) {
    test.each(RAPPER)(`${pathname}.%s`, async (suffix, syntax) => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cdkg-ld-rapper-'));
      try {
        const file = path.join(dir, `doc.${suffix}`);
        fs.writeFileSync(file, (await get(`${pathname}.${suffix}`)).bytes);
        const run = spawnSync('rapper', ['-c', '-i', syntax, file], { encoding: 'utf8' });
        expect(run.error).toBeUndefined();
        expect({ status: run.status, problems: run.stderr.split('\n').filter((l) => /warning|error/i.test(l)) }).toEqual({ status: 0, problems: [] });
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    });
  }
});
