/**
 * The plain rendering of one department's page (`<gk-department department="…">`): its sections in
 * the widget's order, each the same plain rendering as the kind's own snippet, restricted to the
 * department's records. Budgets and 三公: the newest year of each kind, as the page opens on it.
 */
import type { Budget, Fee, PowerList, ServiceGuide, ThreePublic } from '@gongkai/sdk';
import { STRINGS } from '@gongkai/widgets/strings/department';
import { escapeHtml as esc } from '../html-escape.js';
import { budgetHtml, feesHtml } from './fallback-html.js';
import { powersHtml, threePublicHtml } from './fallback-kinds.js';

export interface DepartmentData {
  powers: PowerList['powers'];
  fees: Fee[];
  guides: ServiceGuide[];
  budgets: Budget[];
  threePublic: ThreePublic[];
}

const newest = <T extends { year: number }>(items: readonly T[]): T | undefined =>
  [...items].sort((a, b) => b.year - a.year)[0];

export function departmentHtml(department: string, d: DepartmentData): string {
  const t = STRINGS['zh-CN'];
  const section = (title: string, body: string) => (body ? `<h3>${esc(title)}</h3>\n${body}` : '');
  const budget = newest(d.budgets.filter((b) => b.kind === 'budget'));
  const final = newest(d.budgets.filter((b) => b.kind === 'final-account'));
  const three = newest(d.threePublic);
  return [
    `<h2>${esc(department)}</h2>`,
    section(t.powers, d.powers.length ? powersHtml({ department, powers: d.powers }) : ''),
    section(t.fees, d.fees.length ? feesHtml(d.fees) : ''),
    section(t.services, d.guides.length ? `<ul>${d.guides.map((g) => `<li>${esc(g.name)}</li>`).join('')}</ul>` : ''),
    section(t.budget, [budget, final].flatMap((b) => (b ? [budgetHtml(b)] : [])).join('\n')),
    section(t.threePublic, three ? threePublicHtml(three) : ''),
  ]
    .filter(Boolean)
    .join('\n');
}
