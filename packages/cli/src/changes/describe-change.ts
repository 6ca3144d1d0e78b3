/** One change in words (zh-CN, as the Atom feeds speak), with before and after as published. */
import type { RecordChange } from '@gongkai/sdk';

/** A published value in one line: a standard's amount and unit, a material's name, a line's total. */
function show(v: unknown): string {
  if (v === undefined || v === null) return '（无）';
  if (typeof v !== 'object') return String(v);
  const o = v as Record<string, unknown>;
  if (o.type === 'fixed' && typeof o.amount === 'number') return `${o.amount} 元${o.per ? `/${String(o.per)}` : ''}`;
  if (o.type === 'suspended') return '停征';
  if (o.type === 'free') return '免收';
  if (typeof o.name === 'string' && 'total' in o) return `${o.name} 合计 ${String(o.total ?? '—')}`;
  if (typeof o.name === 'string') return o.name;
  return JSON.stringify(v);
}

const STATUS: Record<string, string> = {
  active: '有效',
  suspended: '停征',
  abolished: '取消',
  cancelled: '取消',
};

export function describeChange(c: RecordChange): string {
  const fromTo = `${show(c.before)} → ${show(c.after)}`;
  switch (c.kind) {
    case 'record-added':
      return `新增：${c.name}`;
    case 'record-removed':
      return `删除：${c.name}`;
    case 'fee-suspended':
      return `收费${c.field === 'standard' ? '停征' : (STATUS[String(c.after)] ?? String(c.after))}：${c.name}`;
    case 'fee-standard-changed':
      return `收费标准调整：${fromTo}`;
    case 'guide-material-added':
      return `新增申请材料：${show(c.after)}`;
    case 'guide-material-removed':
      return `删除申请材料：${show(c.before)}`;
    case 'time-limit-shortened':
      return `${c.field === 'legalDays' ? '法定' : '承诺'}时限缩短：${fromTo} 个工作日`;
    case 'time-limit-lengthened':
      return `${c.field === 'legalDays' ? '法定' : '承诺'}时限延长：${fromTo} 个工作日`;
    case 'power-cancelled':
      return `职权取消：${c.name}`;
    case 'power-status-changed':
      return `职权状态变更：${STATUS[String(c.before)] ?? String(c.before)} → ${STATUS[String(c.after)] ?? String(c.after)}`;
    case 'budget-line-added':
      return `新增科目：${show(c.after)}`;
    case 'budget-line-removed':
      return `删除科目：${show(c.before)}`;
    case 'budget-line-revised':
      return `科目调整：${fromTo}`;
    case 'record-changed':
      return `修改：${(c.fields ?? []).join('、')}`;
  }
}
