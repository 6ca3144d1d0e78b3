import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { guideBody } from '../src/print/poster-html.js';

const SAMPLE = fileURLToPath(new URL('../../../examples/feeds/shili-county/data/', import.meta.url));
const read = (f: string) => JSON.parse(readFileSync(SAMPLE + f, 'utf8'));

describe('the guide poster’s time', () => {
  it('prints the published promise with the flowchart, the steps’ longer sum only beside it (as the widget)', () => {
    // 低保: promised 20, legal 30; its chart's steps add up to 40 along the longest path.
    const guide = read('guides-ca.json').guides.find((g: { id: string }) => g.id === 'guide-dibao');
    const process = read('processes-county.json').processes.find((p: { id: string }) => p.id === guide.processRef);
    const text = guideBody(guide, process, []).text.replace(/<[^>]+>/g, '');
    assert.match(text, /承诺时限：20 个工作日，法定时限：30 个工作日；各步骤时限按最长路径合计 40 个工作日/);
    assert.doesNotMatch(text, /承诺[^；]{0,20}40/);
  });
});
