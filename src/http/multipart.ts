/**
 * `multipart/form-data` bodies (RFC 7578): the parts, each with its own
 * Content-Type. The Graph Store Protocol lets a POST carry several RDF
 * documents so, each part merged into the graph (§5.5).
 */
import { BadRequestError } from '../errors';

export interface Part {
  /** The part's Content-Type header, as sent (undefined when it has none). */
  readonly contentType?: string;
  readonly body: Buffer;
}

/** The boundary parameter of a multipart Content-Type (RFC 2046 §5.1.1). */
function boundaryOf(contentType: string): string {
  const m = /;\s*boundary\s*=\s*(?:"([^"]+)"|([^;\s]+))/i.exec(contentType);
  const boundary = m?.[1] ?? m?.[2];
  if (!boundary) throw new BadRequestError('A multipart/form-data body needs a boundary parameter in its Content-Type (RFC 7578 §4.1)');
  return boundary;
}

/** Splits a multipart body into its parts; a body that is not framed by its boundary is a 400 saying so. */
export function multipartParts(contentType: string, body: Buffer): Part[] {
  const delimiter = Buffer.from(`--${boundaryOf(contentType)}`);
  const parts: Part[] = [];
  let at = body.indexOf(delimiter);
  if (at < 0) throw new BadRequestError('The multipart/form-data body has no part: its boundary does not occur in it');
  for (;;) {
    const after = at + delimiter.length;
    // The close delimiter is the boundary followed by "--" (RFC 2046 §5.1.1).
    if (body.subarray(after, after + 2).toString('latin1') === '--') return parts;
    const next = body.indexOf(delimiter, after);
    if (next < 0) throw new BadRequestError('The multipart/form-data body is not closed by its boundary followed by "--"');
    // A part runs from the CRLF after the delimiter to the CRLF before the next one; its headers end at a blank line.
    const part = body.subarray(body.indexOf('\r\n', after) + 2, body.subarray(next - 2, next).toString('latin1') === '\r\n' ? next - 2 : next);
    // Framed with the CRLF that ends the delimiter line, so a part without headers starts with the blank line too.
    const framed = Buffer.concat([Buffer.from('\r\n'), part]);
    const end = framed.indexOf('\r\n\r\n');
    if (end < 0) throw new BadRequestError(`Part ${parts.length + 1} of the multipart/form-data body has no blank line ending its headers`);
    const type = /^content-type\s*:\s*(.+)$/im.exec(framed.subarray(2, end).toString('latin1'))?.[1].trim();
    parts.push({ ...(type ? { contentType: type } : {}), body: framed.subarray(end + 4) });
    at = next;
  }
}
