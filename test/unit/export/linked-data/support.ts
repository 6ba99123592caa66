/** The fixture store of the linked-data tests: test/fixtures/linked-data/data with the real ontology. */
import path from 'node:path';
import { DEFAULTS } from '../../../../src/config';
import { loadStore } from '../../../../src/store/load';
import type { EmbeddedStore } from '../../../../src/store/oxigraph';

export const FIXTURE_DATA = path.join(__dirname, '../../../fixtures/linked-data/data');

let store: EmbeddedStore | undefined;

export function fixtureStore(): EmbeddedStore {
  store ??= loadStore({ dataDir: FIXTURE_DATA, ontologyDir: DEFAULTS.ontologyDir, loadOntology: true }).store;
  return store;
}

export const PUBLIC_BASE = DEFAULTS.publicBase;
