// A generated feed for the scale tests (issue 37): /scale-feed/manifest.json lists 5,000 fee lists,
// each a small file made on request; /scale-feed/requests says how many dataset files were asked for.
const LISTS = 5000;
const UPDATED = '2026-03-02T09:00:00+08:00';
let requests = 0;

const manifest = () => ({
  modelVersion: 2,
  publisher: { name: '示例省人民政府', regionCode: '330000', department: '示例省发展和改革委员会' },
  updated: UPDATED,
  datasets: Array.from({ length: LISTS }, (_, d) => ({
    kind: 'fee-list',
    id: `fees-${d}`,
    title: `单位${d}收费项目及标准`,
    url: `data/fees-${d}.json`,
    updated: UPDATED,
  })),
});

const feeList = (d) => ({
  modelVersion: 2,
  kind: 'fee-list',
  id: `fees-${d}`,
  title: `单位${d}收费项目及标准`,
  updated: UPDATED,
  department: `单位${d}`,
  items: Array.from({ length: 3 }, (_, i) => ({
    id: `fee-${d}-${i}`,
    name: `清单${d}收费项目${i}`,
    department: `单位${d}`,
    category: 'administrative',
    basis: [{ title: `依据${d}-${i}` }],
    standard: { type: 'fixed', amount: 10 + i, per: '件' },
  })),
});

export function scaleFeed(ctx, next) {
  if (!ctx.path.startsWith('/scale-feed/')) return next();
  const path = ctx.path.slice('/scale-feed/'.length);
  ctx.set('Cache-Control', 'no-store');
  if (path === 'requests') return void (ctx.body = { requests });
  if (path === 'manifest.json') return void (ctx.body = manifest());
  const m = /^data\/fees-(\d+)\.json$/.exec(path);
  if (!m || Number(m[1]) >= LISTS) return void (ctx.status = 404);
  requests++;
  ctx.body = feeList(Number(m[1]));
}
