/**
 * What a SELECT/ASK result format needs: the solution sequence or the boolean
 * of src/store/types, and the one interface every format implements.
 */
import type { QueryResult } from '../../store/types';

/** The results of a SELECT or ASK query (CONSTRUCT/DESCRIBE go through src/export serialisers). */
export type SolutionResult = Extract<QueryResult, { kind: 'select' } | { kind: 'ask' }>;

export type ResultFormatName = 'json' | 'xml' | 'csv' | 'tsv' | 'table';

export interface ResultFormat {
  readonly name: ResultFormatName;
  readonly mediaType: string;
  /** The W3C format IRI (https://www.w3.org/ns/formats/) for sd:resultFormat; absent for the CLI's text table, which has none. */
  readonly formatIri?: string;
  /** The query forms whose results this format can encode. */
  readonly forms: readonly SolutionResult['kind'][];
  serialise(result: SolutionResult): string;
}
