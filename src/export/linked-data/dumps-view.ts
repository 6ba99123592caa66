/** The listing of /dumps/: one entry per dump file, for the HTML page and the JSON answer alike. */
import type { Dump } from '../dumps';
import type { DumpView } from './views';

export function dumpsView(dumps: readonly Dump[]): DumpView[] {
  return dumps.map((d) => ({
    name: d.fileName,
    format: d.format,
    mediaType: d.mediaType,
    compressFormat: d.compressFormat,
    size: d.byteSize,
    sha256: d.sha256,
    statements: d.statements,
    href: `/dumps/${encodeURIComponent(d.fileName)}`,
  }));
}
