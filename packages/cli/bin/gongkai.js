#!/usr/bin/env node
// The `gongkai` command. A launcher that is committed (not built), so npm links it when the package is
// installed, even on a fresh clone where the build has not run yet; it runs the built CLI.
import { existsSync } from 'node:fs';

const built = new URL('../dist/bin.js', import.meta.url);
if (!existsSync(built)) {
  console.error(
    'gongkai：尚未构建，请先运行 npm start 或 npm run build / not built yet: run npm start or npm run build',
  );
  process.exit(2);
}
await import(built.href);
