/**
 * What the reconciliation tests share: a real server on the real data (the
 * names to reconcile are CDKG's own), and the specification's JSON Schemas
 * (test/fixtures/reconciliation/schemas, see the LICENSE.md there) compiled with Ajv.
 */
import fs from 'node:fs';
import path from 'node:path';
import Ajv, { type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { DEFAULTS } from '../../../src/config';
import { startServer, type RunningServer } from '../../../src/http/server';

const SCHEMAS = path.join(__dirname, '../../fixtures/reconciliation/schemas');

export type SchemaName =
  | 'manifest'
  | 'reconciliation-query-batch'
  | 'reconciliation-result-batch'
  | 'data-extension-query'
  | 'data-extension-response'
  | 'data-extension-property-proposal'
  | 'suggest-entities-response'
  | 'suggest-types-response'
  | 'suggest-properties-response';

/** The schemas as the specification's own test.sh uses them: every file registered, so `type.json` references resolve. */
export function schemas(): (name: SchemaName) => ValidateFunction {
  // The schemas name draft "http://json-schema.org/schema#", which Ajv does not bundle: they are read as draft-07, without strict mode.
  const ajv = new Ajv({ strict: false, validateSchema: false, allErrors: true });
  addFormats(ajv);
  // The manifest's optional `authentication` refers to the Swagger 2.0 schema; a stand-in (see LICENSE.md there).
  ajv.addSchema({ $id: 'http://swagger.io/v2/schema.json', definitions: { securityDefinitions: { additionalProperties: { type: 'object' } } } });
  const ids = new Map<string, string>();
  for (const file of fs.readdirSync(SCHEMAS).filter((f) => f.endsWith('.json'))) {
    const schema = JSON.parse(fs.readFileSync(path.join(SCHEMAS, file), 'utf8')) as { $id: string };
    ajv.addSchema(schema);
    ids.set(path.basename(file, '.json'), schema.$id);
  }
  return (name) => ajv.getSchema(ids.get(name) as string) as ValidateFunction;
}

/** Starts a server on the real data for the calling test file; `url()` is its base URL. */
export function reconcileServer(): { url: () => string } {
  let server: RunningServer | undefined;
  beforeAll(async () => {
    server = await startServer({ ...DEFAULTS, port: 0, workers: 1 }, () => undefined);
  });
  afterAll(() => server?.close());
  return { url: () => (server as RunningServer).url };
}

/** POSTs a reconciliation batch as OpenRefine does (form-encoded `queries=`). */
export async function postQueries(url: string, queries: unknown): Promise<Response> {
  return fetch(`${url}/reconcile`, { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams({ queries: JSON.stringify(queries) }) });
}
