/** Power list semantics: unique ids, a date for a suspended or cancelled power, duties and basis present. */
import type { Power, PowerList } from '../../model/power-list.js';
import type { IssueList, PathSegment } from '../issue.js';
import { checkUniqueIds } from './unique-ids.js';

export function checkPowerList(data: PowerList, out: IssueList): void {
  checkUniqueIds(data.powers, 'powers', out);
  data.powers.forEach((p, i) => checkPower(p, ['powers', i], out));
}

/** The checks of one power, at `at` (its place in the list, or `[]` for a power on its own). */
export function checkPower(p: Power, at: readonly PathSegment[], out: IssueList): void {
  // 职权法定: a power is published with what it rests on, and with the duties that come with it.
  if (p.basis.length === 0) out.warn([...at, 'basis'], 'power_no_basis');
  if (p.responsibilities.length === 0) out.warn([...at, 'responsibilities'], 'power_no_duties');
  if (p.status !== 'active' && p.statusDate === undefined) out.warn([...at, 'statusDate'], 'power_status_date');
}
