/** GET /assets/yasgui/<file>: the editor's files, straight from the installed npm package; GET /assets/editor.js and /assets/site-search.js: the site's own scripts. */
import fs from 'node:fs';
import path from 'node:path';
import { NotFoundError } from '../../errors';
import { IMMUTABLE, REVALIDATE } from '../cache';
import { sendRepresentation } from '../conditional';
import { EDITOR_SCRIPT } from '../editor-page';
import { SEARCH_SCRIPT_TEXT } from '../pages/search-box';
import type { RequestContext } from '../route';

const YASGUI_BUILD = path.dirname(require.resolve('@zazuko/yasgui/build/yasgui.min.js'));

/** The installed YASGUI version, which the editor page puts in its asset URLs. */
const YASGUI_VERSION = (JSON.parse(fs.readFileSync(path.join(YASGUI_BUILD, '..', 'package.json'), 'utf8')) as { version: string }).version;

const TYPES: Readonly<Record<string, string>> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

/**
 * The URL of an editor file, naming the package version (`?v=4.6.2`): the file
 * names stay the same across YASGUI releases, so the version in the URL is
 * what lets a cache keep the bytes for good (see ../cache.ts).
 */
export function yasguiAssetHref(file: string): string {
  return `/assets/yasgui/${file}?v=${encodeURIComponent(YASGUI_VERSION)}`;
}

export async function yasguiAsset(ctx: RequestContext): Promise<void> {
  // The route pattern admits plain file names only, so no path can leave the build folder.
  const file = ctx.params.file;
  const type = TYPES[path.extname(file)];
  const full = path.join(YASGUI_BUILD, file);
  if (!type || !fs.existsSync(full) || !fs.statSync(full).isFile()) throw new NotFoundError(`No editor asset "${file}"`);
  const body = await fs.promises.readFile(full);
  // Only a URL naming the installed version may be kept unasked; any other (no version, an old one) names bytes that can change.
  const cache = ctx.url.searchParams.get('v') === YASGUI_VERSION ? IMMUTABLE : REVALIDATE;
  ctx.res.writeHead(200, { 'Content-Type': type, 'Content-Length': String(body.length), 'Cache-Control': cache });
  ctx.res.end(body);
}

/** The editor page's script (see ../editor-page.ts). */
export async function editorScript(ctx: RequestContext): Promise<void> {
  sendRepresentation(ctx.req, ctx.res, ctx.app, { contentType: TYPES['.js'], body: EDITOR_SCRIPT });
}

/** The search box's type-ahead (see ../pages/search-box.ts), with validators like every page. */
export async function siteSearchScript(ctx: RequestContext): Promise<void> {
  sendRepresentation(ctx.req, ctx.res, ctx.app, { contentType: TYPES['.js'], body: SEARCH_SCRIPT_TEXT });
}
