/**
 * The comparison matrix as data a researcher can take into a spreadsheet or
 * a program: CSV (RFC 4180, one line per actor, item, relation and
 * statement) and JSON (the matrix as it is shown, rows and cells).
 */
import type { MatrixView } from './compare-view';

export const CSV_COLUMNS = ['item', 'itemLabel', 'kind', 'differs', 'actor', 'actorLabel', 'relation', 'symbol', 'stances', 'status', 'start', 'end', 'asOf', 'statement', 'statementStatus', 'quote', 'note', 'sources'] as const;

/**
 * RFC 4180 quoting; and a field a spreadsheet would take for a formula
 * (starting with =, +, -, @, tab or carriage return) gets a leading
 * apostrophe, as OWASP's advice on CSV injection has it.
 */
function field(text: string): string {
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function matrixCsv(view: MatrixView): string {
  const lines = [CSV_COLUMNS.join(',')];
  for (const row of view.rows) {
    row.cells.forEach((cell, i) => {
      const actor = view.actors[i];
      for (const r of cell) {
        for (const s of r.statements) {
          const values: Record<(typeof CSV_COLUMNS)[number], string> = {
            item: row.item.iri,
            itemLabel: row.item.label,
            kind: row.kind,
            differs: String(row.differs),
            actor: actor.iri,
            actorLabel: actor.label,
            relation: r.text,
            symbol: r.symbol,
            stances: r.stances.join('; '),
            status: r.status ?? '',
            start: s.start ?? '',
            end: s.end ?? '',
            asOf: s.asOf ?? '',
            statement: s.statement.iri,
            statementStatus: s.status ?? '',
            quote: s.quote ?? '',
            note: s.note ?? '',
            sources: s.sources.map((x) => x.iri).join(' '),
          };
          lines.push(CSV_COLUMNS.map((c) => field(values[c])).join(','));
        }
      }
    });
  }
  return `${lines.join('\r\n')}\r\n`;
}

/** The matrix as JSON: IRIs and labels, no local paths (a program resolves the IRIs itself). */
export function matrixJson(view: MatrixView): unknown {
  const ref = (l: { iri: string; label: string }) => ({ iri: l.iri, label: l.label });
  return {
    actors: view.actors.map(ref),
    ...(view.date ? { date: view.date } : {}),
    rows: view.rows.map((row) => ({
      item: ref(row.item),
      kind: row.kind,
      differs: row.differs,
      cells: row.cells.map((cell, i) => ({
        actor: view.actors[i].iri,
        relations: cell.map((r) => ({
          relation: r.key,
          text: r.text,
          symbol: r.symbol,
          stances: r.stances,
          ...(r.status ? { status: r.status } : {}),
          statements: r.statements.map((s) => ({
            statement: s.statement.iri,
            ...(s.start ? { start: s.start } : {}),
            ...(s.end ? { end: s.end } : {}),
            ...(s.asOf ? { asOf: s.asOf } : {}),
            ...(s.status ? { status: s.status, superseded: s.superseded === true } : {}),
            ...(s.quote !== undefined ? { quote: s.quote } : {}),
            ...(s.note !== undefined ? { note: s.note } : {}),
            sources: s.sources.map(ref),
          })),
        })),
      })),
    })),
  };
}
