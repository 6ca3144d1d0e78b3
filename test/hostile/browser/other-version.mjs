// /other-version/<file>: the built browser bundle as another release would ship it (its version
// string changed to 9.9.9-test), so a page can load two versions of the widgets side by side.
import { readFile } from 'node:fs/promises';

const DIST = new URL('../../../packages/widgets/dist/browser/', import.meta.url);
const { version } = JSON.parse(
  await readFile(new URL('../../../packages/widgets/package.json', import.meta.url), 'utf8'),
);

export async function otherVersion(ctx, next) {
  if (!ctx.path.startsWith('/other-version/')) return next();
  const file = ctx.path.slice('/other-version/'.length);
  if (!/^[\w-]+\.js$/.test(file)) return void (ctx.status = 404);
  const code = await readFile(new URL(file, DIST), 'utf8').catch(() => undefined);
  if (code === undefined) return void (ctx.status = 404);
  ctx.type = 'application/javascript';
  ctx.body = code.replaceAll(`"${version}"`, '"9.9.9-test"');
}
