/** Running a named SELECT query for a page, and reading the page's own `asOf` parameter. */
import type { Binding } from '../../store/types';
import { BadRequestError, KbError } from '../../errors';
import type { App } from '../route';

/** The rows of a named query, its parameters bound as RDF terms (src/sparql/named.ts); the query must be a SELECT. */
export async function selectNamed(app: App, name: string, params: Iterable<readonly [string, string]>): Promise<{ readonly rows: readonly Binding[]; readonly text: string }> {
  const query = app.named.bind(name, params);
  const outcome = await app.sparql.run(query);
  if (outcome.result.kind !== 'select') throw new KbError('NAMED_QUERY_KIND', `Named query ${name} must be a SELECT query`);
  return { rows: outcome.result.bindings, text: query.text };
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The `asOf` day of a page (YYYY-MM-DD, a real calendar day), or undefined when not given; anything else is a 400 naming the parameter. */
export function asOfParam(url: URL): string | undefined {
  const values = url.searchParams.getAll('asOf');
  if (values.length === 0 || (values.length === 1 && values[0] === '')) return undefined;
  if (values.length > 1) throw new BadRequestError(`Give at most one "asOf" parameter, got ${values.length}`);
  const [value] = values;
  const m = DAY.exec(value);
  const d = m && new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  if (!m || !d || d.getUTCMonth() !== Number(m[2]) - 1 || d.getUTCDate() !== Number(m[3])) {
    throw new BadRequestError(`The "asOf" parameter must be a day written YYYY-MM-DD, such as 2020-06-01; got ${JSON.stringify(value)}`);
  }
  return value;
}
