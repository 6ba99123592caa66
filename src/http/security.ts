/**
 * What a page may load and run (Content Security Policy Level 3): scripts and styles from this server only, no
 * inline script (data blocks, the JSON-LD and the editor's examples, are not scripts), inline styles for the
 * editor's widgets, and no framing. So a value that escaped a page's escaping still could not run. The server sends
 * it on every answer (only documents act on it).
 */
const POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self'";

export const CONTENT_SECURITY_POLICY = `${POLICY}; frame-ancestors 'none'`;

/** For the reconciliation preview cards, which OpenRefine and other clients show in a frame of their own page. */
export const EMBEDDABLE_POLICY = `${POLICY}; frame-ancestors *`;
