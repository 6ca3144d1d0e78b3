import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { formatIssue, timeLimitText, validateFeed, type Process } from '../src/index.js';
import { clone, loadSampleFeed } from './sample-feed.js';

/** start → 受理 (5) → 审查 (20) → 决定 (15) → end: 40 working days along its only path. */
const forty: Process = {
  id: 'proc-forty',
  name: '四十日流程',
  nodes: [
    { id: 'a', kind: 'start', label: '申请' },
    { id: 'b', kind: 'step', label: '受理', days: 5 },
    { id: 'c', kind: 'step', label: '审查', days: 20 },
    { id: 'd', kind: 'step', label: '决定', days: 15 },
    { id: 'e', kind: 'end', label: '办结' },
  ],
  edges: [
    { from: 'a', to: 'b' },
    { from: 'b', to: 'c' },
    { from: 'c', to: 'd' },
    { from: 'd', to: 'e' },
  ],
};

/** The sample feed with one guide (promised 20, legal 30) carried out through `forty`. */
function feedWith(promisedDays: number | undefined, legalDays: number | undefined) {
  const feed = clone(loadSampleFeed());
  const processes = Object.values(feed.datasets).find((d: any) => d.kind === 'process');
  processes.processes.push(forty);
  const guides = feed.datasets['guides-hrss'];
  const g = { ...guides.guides[0], id: 'guide-forty', name: '四十日事项', processRef: forty.id };
  delete g.promisedDays;
  delete g.legalDays;
  if (promisedDays !== undefined) g.promisedDays = promisedDays;
  if (legalDays !== undefined) g.legalDays = legalDays;
  guides.guides.push(g);
  return { feed, at: `guides[${guides.guides.length - 1}]` };
}

const timeIssues = (feed: ReturnType<typeof loadSampleFeed>) =>
  validateFeed(feed).issues.filter((i) => i.code.startsWith('path_exceeds') && i.params?.process === 'proc-forty');

describe("a guide's published time against its process's steps", () => {
  it('warns when the steps add up to more than the promise along the longest path, naming file, guide and numbers', () => {
    const { feed } = feedWith(20, 30);
    const r = validateFeed(feed);
    assert.equal(r.ok, true, 'a warning, not an error');
    const hits = timeIssues(feed);
    assert.equal(hits.length, 1, hits.map((i) => formatIssue(i)).join('\n'));
    const hit = hits[0]!;
    assert.equal(hit.severity, 'warning');
    assert.equal(hit.code, 'path_exceeds_promised');
    assert.deepEqual(hit.path.slice(-1), ['promisedDays']);
    const zh = formatIssue(hit, 'zh-CN');
    assert.match(zh, /proc-forty/);
    assert.match(zh, /40 个工作日/);
    assert.match(zh, /承诺时限 20 个工作日/);
    assert.match(zh, /四十日事项/, 'names the guide the way a clerk knows it');
    assert.match(formatIssue(hit, 'en'), /40 working days.*promised 20/);
  });

  it('without a promise, warns against the legal limit', () => {
    const { feed } = feedWith(undefined, 30);
    const hits = timeIssues(feed);
    assert.deepEqual(
      hits.map((i) => [i.code, i.path.at(-1)]),
      [['path_exceeds_legal', 'legalDays']],
    );
  });

  it('is silent when the promise covers the steps, or nothing is published', () => {
    assert.deepEqual(timeIssues(feedWith(40, 60).feed), []);
    assert.deepEqual(timeIssues(feedWith(undefined, undefined).feed), []);
  });
});

describe('timeLimitText: the line a chart and a poster print for the time', () => {
  it('states the published promise, and the longer steps’ sum only beside it, never as the promise', () => {
    const zh = timeLimitText(forty, { promisedDays: 20, legalDays: 30 });
    assert.match(zh, /^承诺时限：20 个工作日，法定时限：30 个工作日；/);
    assert.match(zh, /各步骤时限按最长路径合计 40 个工作日/);
    assert.doesNotMatch(zh, /承诺[^；]*40/);
    const en = timeLimitText(forty, { promisedDays: 20, legalDays: 30 }, 'en');
    assert.match(
      en,
      /^Promised time: 20 working days; Legal limit: 30 working days; the steps' own times add up to 40/,
    );
  });

  it('leaves the sum out when it is within the promise, and never calls a sum a promise', () => {
    assert.equal(timeLimitText(forty, { promisedDays: 45 }), '承诺时限：45 个工作日');
    assert.equal(timeLimitText(forty), '各步骤时限按最长路径合计 40 个工作日');
  });
});
