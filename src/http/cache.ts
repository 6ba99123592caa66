/**
 * Cache-Control for each kind of answer (RFC 9111 §5.2.2). Without one, a
 * cache may give a 200 or 404 a heuristic freshness of its own (§4.2.2) and
 * serve stale data after the files change; so every answer says how long it
 * stays fresh.
 */

/**
 * Documents, pages, listings, VoID, dumps and query answers: a cache may keep
 * them but must ask before each reuse (§5.2.2.4). They change whenever the data
 * files do and their URLs stay the same (a dump is /dumps/cdkg.nt.gz whatever
 * it holds), so no max-age is safe; the ETag and Last-Modified every document
 * carries make the check a 304 without a body.
 */
export const REVALIDATE = 'no-cache';

/**
 * Files whose URL names their version (/assets/yasgui/yasgui.min.js?v=4.5.0):
 * a new version gets a new URL, so the old bytes can be kept for a year
 * without asking (RFC 8246 `immutable`).
 */
export const IMMUTABLE = 'public, max-age=31536000, immutable';

/** Errors and the health check describe this moment, not a resource: never stored, so a 404 or 503 does not outlive its cause. */
export const NO_STORE = 'no-store';
