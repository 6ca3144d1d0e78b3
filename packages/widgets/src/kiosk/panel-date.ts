/**
 * The date a hall screen prints under a panel: that panel's own datasets' (never the manifest's),
 * and how old they are by the freshness report's rules, each dataset judged by its own kind.
 */
import { staleAge } from '@gongkai/sdk/core';
import { GkDataElement } from '../base/data-element.js';

export interface PanelDate {
  /** The newest date its datasets print; null when they print none; undefined for no data panel. */
  updated?: string | null;
  /** Days since the oldest dataset past its kind's age was updated; undefined when none is. */
  staleDays?: number;
}

/**
 * `staleAfter`: one age in days for every kind (0: never stale); undefined: each kind's age from the
 * freshness rules (results 90 days, guides and fees 365, yearly tables 400…).
 */
export function panelDate(panel: Element | undefined, now: Date, staleAfter?: number): PanelDate {
  if (!(panel instanceof GkDataElement)) return {};
  const s = panel.loadState;
  if (s.status !== 'ready') return {};
  let staleDays: number | undefined;
  if (staleAfter !== 0)
    for (const d of s.datasets ?? []) {
      const age = staleAge(d.kind, d.updated, now, staleAfter === undefined ? {} : { [d.kind]: staleAfter });
      if (age !== undefined && (staleDays === undefined || age > staleDays)) staleDays = age;
    }
  return { updated: s.updated, staleDays };
}
