// De-identification at display and export (issue 37): whatever a feed or a page gives, <gk-results>,
// its CSV and the wall TV's ticker show personal data masked by the SDK, never as written.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../../packages/widgets/src/index.js';
import type { GkResults } from '../../../packages/widgets/src/results/results.js';
import type { GkKiosk } from '../../../packages/widgets/src/kiosk/kiosk.js';

const RAW_FEED = '/test/hostile/browser/raw-results-feed/';
/** Digits and letters a reader could still make out (NFKC, invisible characters and separators gone). */
const readable = (s: string) => s.normalize('NFKC').replace(/[^0-9A-Za-z\u4e00-\u9fff]/g, '');
/** Each raw item the feeds below hold, as a reader would recover it. */
const SECRETS = ['11010119900307123X', '13812345678', '13912345678', 'A1234567', '王小明', '17701234567'];

const raw = {
  kind: 'results',
  id: 'raw',
  updated: '2026-11-01',
  results: [
    {
      type: 'payment',
      id: 'p1',
      recipient: { name: '*王小明', kind: 'person' },
      village: '城关镇解放路十二号',
      programme: '临时救助金，联系 177-0123-4567',
      amount: 500,
      date: '2026-10-20',
      notes: '王小明 已签收',
    },
    {
      type: 'case',
      id: 'c1',
      item: '临时救助（王\u200d小明申请，电话 １３８１２３４５６７８）',
      applicant: { name: '王小明', kind: 'person' },
      accepted: '2026-10-01',
      decided: '2026-10-10',
      outcome: 'rejected',
      reason: '王小明家庭收入不符合条件，复核电话 13912345678',
    },
  ],
};

function assertNothingReadable(text: string) {
  const plain = readable(text);
  for (const s of SECRETS) expect(plain, `${s} in ${text}`).not.to.contain(readable(s));
}

describe('de-identification at display (issue 37)', function () {
  this.timeout(30_000);

  it('<gk-results> given raw personal data as .data shows it masked, and its CSV is masked', async () => {
    const el = await fixture<GkResults>(html`<gk-results today="2026-11-01" archive></gk-results>`);
    el.data = raw;
    await waitUntil(() => el.shadowRoot!.querySelector('table.records'), 'no table', { timeout: 8000 });
    const table = el.shadowRoot!.querySelector('table.records')!.textContent!;
    expect(table).to.contain('王*明');
    assertNothingReadable(table);
    const csv = el.exportCsv({ download: false });
    expect(csv).to.contain('王*明');
    assertNothingReadable(csv);
    // The payments' own columns (village, programme) too.
    el.type = 'payment';
    await el.updateComplete;
    const payments = el.shadowRoot!.querySelector('table.records')!.textContent!;
    expect(payments).to.contain('城关镇解放路');
    expect(payments).not.to.contain('十二号');
    assertNothingReadable(payments + el.exportCsv({ download: false }));
  });

  it('the wall TV ticker shows a raw feed masked', async () => {
    await setViewport({ width: 1920, height: 1080 });
    const k = await fixture<GkKiosk>(
      html`<gk-kiosk manual-clock mode="tv" src=${RAW_FEED}><gk-service-rules></gk-service-rules></gk-kiosk>`,
    );
    await waitUntil(() => k.shadowRoot!.querySelector('.ticker .item'), 'no ticker', { timeout: 8000 });
    const line = k.shadowRoot!.querySelector('.ticker .item')!.textContent!;
    expect(line).to.contain('王*明');
    expect(line).to.contain('138 **** 5678');
    assertNothingReadable(line);
    await setViewport({ width: 800, height: 600 });
  });
});
