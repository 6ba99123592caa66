/** GET /assets/yasgui/<file>: the editor's files, straight from the installed npm package. */
import fs from 'node:fs';
import path from 'node:path';
import { NotFoundError } from '../../errors';
import type { RequestContext } from '../route';

const YASGUI_BUILD = path.dirname(require.resolve('@zazuko/yasgui/build/yasgui.min.js'));

const TYPES: Readonly<Record<string, string>> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

export async function yasguiAsset(ctx: RequestContext): Promise<void> {
  // The route pattern admits plain file names only, so no path can leave the build folder.
  const file = ctx.params.file;
  const type = TYPES[path.extname(file)];
  const full = path.join(YASGUI_BUILD, file);
  if (!type || !fs.existsSync(full) || !fs.statSync(full).isFile()) throw new NotFoundError(`No editor asset "${file}"`);
  const body = await fs.promises.readFile(full);
  ctx.res.writeHead(200, { 'Content-Type': type, 'Content-Length': String(body.length), 'Cache-Control': 'public, max-age=86400' });
  ctx.res.end(body);
}
