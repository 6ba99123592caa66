/**
 * GET /sources/<slug>.txt: a stored source text as plain text, so that the
 * IRI a text span names as its oa:hasSource dereferences to the very
 * characters its positions count.
 */
import { sourceTextIri } from '../../../ontology/namespaces';
import { sourcesDirOf } from '../../config';
import { NotFoundError } from '../../errors';
import { readStoredText } from '../../store/source-text';
import { sendRepresentation } from '../conditional';
import type { RequestContext } from '../route';

export async function sourceText(ctx: RequestContext): Promise<void> {
  const stored = readStoredText(sourcesDirOf(ctx.app.config), sourceTextIri(ctx.params.file));
  if (!stored) throw new NotFoundError(`No stored source text ${ctx.params.file}`);
  sendRepresentation(ctx.req, ctx.res, ctx.app, {
    contentType: 'text/plain; charset=utf-8',
    body: stored.text,
    // Integrity of the bytes as sent (RFC 9530); data/annotations.ttl records the same SHA-256 in hex.
    headers: { 'Repr-Digest': `sha-256=:${Buffer.from(stored.sha256, 'hex').toString('base64')}:` },
  });
}
