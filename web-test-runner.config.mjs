// Real-browser tests in Debian's Chromium (never a downloaded browser build).
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { fileURLToPath } from 'node:url';
import { countReporter } from './scripts/wtr-count-reporter.mjs';
import { CHROMIUM, CHROMIUM_ARGS } from './scripts/chromium.mjs';
import { scaleFeed } from './test/hostile/browser/scale-feed.mjs';
import { otherVersion } from './test/hostile/browser/other-version.mjs';

export default {
  rootDir: '.',
  files: [
    'packages/*/test/browser/**/*.test.ts',
    'packages/widgets/src/**/*.test.ts',
    'test/browser/**/*.test.ts',
    'test/hostile/browser/**/*.test.ts',
  ],
  nodeResolve: { exportConditions: ['source', 'development'] }, // sibling workspaces from src, no prebuild
  concurrency: 1,
  middleware: [
    // /lone-script/: the classic script copied without the lazy chunks that belong beside it.
    // /fault/503/…: a server that is down for now (a transient failure the error view offers to retry).
    function transientFault(ctx, next) {
      if (!ctx.path.startsWith('/fault/503/')) return next();
      ctx.status = 503;
      ctx.body = 'Service Unavailable';
    },
    // /fault/stall/…: a server that takes the request and never answers (a deadline must end the wait).
    function stall(ctx, next) {
      if (!ctx.path.startsWith('/fault/stall/')) return next();
      return new Promise((resolve) => ctx.req.once('close', resolve));
    },
    function loneScript(ctx, next) {
      if (!ctx.path.startsWith('/lone-script/')) return next();
      if (ctx.path !== '/lone-script/gongkai.iife.js') return void (ctx.status = 404);
      ctx.url = '/packages/widgets/dist/browser/gongkai.iife.js';
      return next();
    },
    scaleFeed, // /scale-feed/: a feed listing 5,000 fee lists (test/hostile/browser/scale.test.ts)
    otherVersion, // /other-version/: the browser bundle as version 9.9.9-test (test/hostile/browser/two-copies.test.ts)
  ],
  plugins: [
    // esbuild reads the raw tsconfig and does not follow "extends": point it at the base file.
    esbuildPlugin({
      ts: true,
      target: 'es2022',
      tsconfig: fileURLToPath(new URL('./tsconfig.base.json', import.meta.url)),
    }),
  ],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: CHROMIUM,
        headless: true,
        args: [...CHROMIUM_ARGS, '--disable-setuid-sandbox', '--no-default-browser-check'],
      },
    }),
  ],
  reporters: [defaultReporter(), countReporter(process.env.GK_COUNT_FILE)],
  testFramework: { config: { timeout: 10000 } },
};
