/**
 * The national 政务服务事项 elements of a guide that are facts about the item rather than steps:
 * 服务对象, 行使层级, 办件类型, 通办范围, 共同实施部门; the phones (one or several); a material's form
 * on its two axes.
 */
import { html, nothing } from 'lit';
import { materialForm, type Material, type ServiceGuide } from '@gongkai/sdk/core';
import type { STRINGS } from './strings.js';

type T = (typeof STRINGS)['zh-CN'];

export const hasElements = (g: ServiceGuide): boolean =>
  Boolean(g.audience?.length || g.levels?.length || g.caseType || g.crossRegion || g.jointDepartments?.length);

export function renderElements(g: ServiceGuide, t: T) {
  const row = (label: string, value: unknown) =>
    value
      ? html`<div>
          <dt>${label}</dt>
          <dd>${value}</dd>
        </div>`
      : nothing;
  return html`<dl class="elements">
    ${row(t.audience, g.audience?.join('、'))} ${row(t.levels, g.levels?.map((l) => t[`level-${l}`]).join('、'))}
    ${row(t.caseType, g.caseType && t[g.caseType])} ${row(t.crossRegion, g.crossRegion && t[`cross-${g.crossRegion}`])}
    ${row(t.jointDepartments, g.jointDepartments?.join('、'))}
  </dl>`;
}

/** One phone or several, without repeats (a v1 single phone may also be in the v2 list). */
export const phonesOf = (one: string | undefined, many: readonly string[] | undefined): string[] => [
  ...new Set([...(one ? [one] : []), ...(many ?? [])]),
];

/** "原件 · 纸质": both axes where given, one where only one is. */
export function formLabel(m: Material, t: T): string {
  const f = materialForm(m);
  return [f.copy && t[f.copy], f.medium && t[f.medium]].filter(Boolean).join(' · ');
}
