// Lists the sample feed's datasets and validates each through the SDK's browser bundle.
// Feed text is set with textContent only: it is untrusted and never parsed as HTML.
import { createClient, formatDate, formatIssue } from '/packages/sdk/dist/browser/gongkai-sdk.js';

const KIND_NAMES = {
  budget: '部门预算',
  'final-account': '部门决算',
  'three-public': '“三公”经费',
  'fee-list': '收费目录',
  'service-guide': '办事指南',
  process: '审批流程图',
};

const client = createClient({ baseUrl: new URL('./feeds/shili-county/', location.href).href });
const publisher = document.getElementById('publisher');
const table = document.getElementById('datasets');

function cell(row, text, className) {
  const td = row.insertCell();
  td.textContent = text;
  if (className) td.className = className;
  return td;
}

try {
  const { data: manifest } = await client.feed();
  const ids = [
    manifest.publisher.creditCode && `统一社会信用代码 ${manifest.publisher.creditCode}`,
    manifest.publisher.regionCode && `行政区划代码 ${manifest.publisher.regionCode}`,
  ].filter(Boolean);
  publisher.textContent = `${manifest.publisher.name}${ids.length ? `（${ids.join('，')}）` : ''}，数据更新于 ${formatDate(manifest.updated)}`;
  table.hidden = false;
  for (const ref of manifest.datasets) {
    const row = table.tBodies[0].insertRow();
    cell(row, KIND_NAMES[ref.kind] ?? ref.kind);
    cell(row, ref.title);
    cell(row, ref.year ? String(ref.year) : '');
    cell(row, formatDate(ref.updated));
    const status = cell(row, '校验中…');
    client.dataset(ref.id).then(
      (r) => {
        const warnings = r.issues.filter((i) => i.severity === 'warning');
        status.textContent = warnings.length ? `通过（${warnings.length} 条提示）` : '通过';
        status.className = warnings.length ? 'warn' : 'ok';
        if (warnings.length) status.title = warnings.map((w) => formatIssue(w)).join('\n');
      },
      (e) => {
        status.textContent = `未通过：${e.text?.['zh-CN'] ?? e.message}`;
        status.className = 'err';
      },
    );
  }
} catch (e) {
  publisher.textContent = `无法读取数据源：${e.text?.['zh-CN'] ?? e.message}`;
  publisher.className = 'err';
}
