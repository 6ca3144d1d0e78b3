// Runs the hostile corpus through the validator and the client in Node, and through every widget
// in Chromium. Prints "hostile: N cases, N handled".
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { launchChromium } from '../../scripts/chromium.mjs';
import {
  FeedError,
  createClient,
  formatPath,
  issueMessage,
  memoryCache,
  validate,
  validateFeed,
} from '../../packages/sdk/dist/index.js';
import { createStaticServer, listen, rootDir } from '../../scripts/serve.mjs';
import { buildCorpus, gbkLikeBytes } from './corpus.mjs';

const SAMPLE = fileURLToPath(new URL('../../examples/feeds/shili-county/', import.meta.url));
const manifest = JSON.parse(readFileSync(`${SAMPLE}manifest.json`, 'utf8'));
const datasets = Object.fromEntries(
  manifest.datasets.map((d) => [d.id, JSON.parse(readFileSync(`${SAMPLE}${d.url}`, 'utf8'))]),
);
const cases = buildCorpus({ manifest, datasets });
const handled = new Map(cases.map((c) => [c.name, true]));
const fail = (c, why) => {
  handled.set(c.name, false);
  return `${c.name}: ${why}`;
};

/** Serves the wire cases' bytes, and (for the browser) the widget bundle. */
let wire;
let wireBase;
before(async () => {
  wire = createServer((req, res) => {
    const headers = { 'Content-Type': 'application/json; charset=utf-8', 'Access-Control-Allow-Origin': '*' };
    // /case/N.json: an object case as JSON, for the browser (too big or too deep to pass directly)
    const obj = Number(new URL(req.url, 'http://x').pathname.match(/\/case\/(\d+)\.json$/)?.[1]);
    if (cases[obj]) return void res.writeHead(200, headers).end(JSON.stringify(cases[obj].body));
    const i = Number(new URL(req.url, 'http://x').pathname.match(/\/wire\/(\d+)\.json$/)?.[1]);
    const c = cases[i];
    if (!c) return void res.writeHead(404).end();
    if (typeof c.body === 'string') return void res.writeHead(200, headers).end(c.body);
    if (c.body.gbk) return void res.writeHead(200, headers).end(gbkLikeBytes(c.body.gbk));
    if (c.body.size) {
      res.writeHead(200, headers); // no Content-Length: the client must stop reading by itself
      const chunk = Buffer.alloc(1024 * 1024, 0x20);
      let sent = 0;
      const pump = () => {
        while (sent < c.body.size) {
          sent += chunk.length;
          if (!res.write(chunk)) return void res.once('drain', pump);
        }
        res.end();
      };
      res.on('error', () => undefined);
      return pump();
    }
  });
  wireBase = `http://127.0.0.1:${await listen(wire, 8740)}`;
});
after(() => {
  wire.close();
  wire.closeAllConnections?.();
  const n = cases.length;
  const ok = [...handled.values()].filter(Boolean).length;
  console.log(`hostile: ${n} cases, ${ok} handled`);
});

describe('hostile corpus', () => {
  it('has at least 60 cases, each saying what must happen', () => {
    assert.ok(cases.length >= 60, `${cases.length} cases`);
    for (const c of cases) assert.match(c.expect, /^(reject|inert|accept)$/, c.name);
  });

  it('in Node: the validator never throws, rejects with a path, and leaves nothing dangerous in what it accepts', async () => {
    const problems = [];
    const client = createClient({ baseUrl: `${wireBase}/`, cache: memoryCache(), retry: 0, timeout: 20_000 });
    for (const [i, c] of cases.entries()) {
      try {
        if (c.kind === 'wire') {
          let outcome;
          try {
            outcome = await client.file('fee-list', `wire/${i}.json`, true);
          } catch (e) {
            if (!(e instanceof FeedError)) throw e;
            outcome = e;
          }
          const rejected = outcome instanceof FeedError;
          if (rejected !== (c.expect === 'reject'))
            problems.push(fail(c, rejected ? `rejected: ${outcome.message}` : 'accepted'));
          else if (rejected && !outcome.text['zh-CN']) problems.push(fail(c, 'no message'));
          continue;
        }
        const r =
          c.kind === 'feed'
            ? validateFeed(c.body)
            : validate(c.kind, c.body, { dropUnsafeLinks: c.expect === 'inert' });
        if (c.expect === 'reject') {
          if (r.ok) problems.push(fail(c, 'accepted'));
          else if (
            !r.issues.some(
              (x) => x.severity === 'error' && Array.isArray(x.path) && issueMessage(x)['zh-CN'] && issueMessage(x).en,
            )
          )
            problems.push(fail(c, 'no error with a path and message'));
        } else {
          if (!r.ok)
            problems.push(
              fail(
                c,
                `rejected: ${r.issues
                  .slice(0, 2)
                  .map((x) => `${formatPath(x.path)} ${x.code}`)
                  .join(', ')}`,
              ),
            );
          const text = JSON.stringify(r.data ?? {});
          if (/"(url|source|blankForm|onlineUrl|example|flowchartImage)":"\s*(javascript|data|vbscript):/i.test(text))
            problems.push(fail(c, 'a dangerous link survived'));
        }
      } catch (e) {
        problems.push(fail(c, `threw ${e}`));
      }
    }
    assert.deepEqual(problems, []);
  });

  it('in Chromium: every widget shows each case inert or as an error view — nothing runs, nothing blank', async () => {
    const server = createStaticServer(rootDir, { served: ['packages/widgets/dist', 'test/hostile'] });
    const base = `http://127.0.0.1:${await listen(server, 8745)}`;
    const browser = await launchChromium();
    const problems = [];
    try {
      const page = await browser.newPage();
      page.on('dialog', (d) => {
        problems.push(`a dialog opened: ${d.message()}`);
        void d.dismiss();
      });
      await page.goto(`${base}/test/hostile/page.html`);
      await page.waitForFunction('window.hostile !== undefined', { timeout: 20_000 });
      for (const [i, c] of cases.entries()) {
        if (!c.widget) continue;
        const input =
          c.kind === 'wire' ? { src: `${wireBase}/wire/${i}.json` } : { dataUrl: `${wireBase}/case/${i}.json` };
        const result = await page.evaluate((w, inp) => window.hostile.run(w, inp), c.widget, input);
        const why = [];
        if (result.pwned) why.push('script ran');
        if (result.dangerousLinks.length) why.push(`live links: ${result.dangerousLinks.join(' ')}`);
        if (result.handlers.length) why.push(`event-handler attributes: ${result.handlers.join(' ')}`);
        if (result.blank) why.push('blank');
        if (result.timedOut) why.push('did not settle in 15 s');
        if (c.expect === 'reject' && !result.errorShown) why.push(`no error view (status ${result.status})`);
        if (c.expect !== 'reject' && result.status !== 'ready') why.push(`status ${result.status}`);
        if (why.length) problems.push(fail(c, why.join('; ')));
      }
    } finally {
      await browser.close();
      server.close();
    }
    assert.deepEqual(problems, []);
  });
});
