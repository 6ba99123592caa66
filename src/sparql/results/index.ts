/**
 * SELECT/ASK result formats (shared contract 1): one file per format, looked
 * up by name or media type by the CLI and the SPARQL endpoint.
 */
import { BadRequestError } from '../../errors';
import { csv } from './csv';
import { json } from './json';
import { table } from './table';
import { tsv } from './tsv';
import type { ResultFormat, SolutionResult } from './types';
import { xml } from './xml';

export type { ResultFormat, ResultFormatName, SolutionResult } from './types';

/** Every format; the order is the endpoint's preference when the client accepts several equally (JSON is the protocol's default). */
export const RESULT_FORMATS: readonly ResultFormat[] = [json, xml, csv, tsv, table];

/** The format names, in the order of RESULT_FORMATS, for usage texts and checks. */
export const RESULT_FORMAT_NAMES: readonly string[] = RESULT_FORMATS.map((f) => f.name);

/** The format of that name; a BadRequestError naming the known ones otherwise. */
export function resultFormat(name: string): ResultFormat {
  const found = RESULT_FORMATS.find((f) => f.name === name);
  if (!found) throw new BadRequestError(`Unknown result format "${name}"; expected one of ${RESULT_FORMAT_NAMES.join(', ')}`);
  return found;
}

/** The formats that can encode the results of a query of that form (CSV and TSV have no ASK encoding). */
export function resultFormatsFor(kind: SolutionResult['kind']): readonly ResultFormat[] {
  return RESULT_FORMATS.filter((f) => f.forms.includes(kind));
}
