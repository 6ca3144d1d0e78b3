import { Power, PowerList } from '../../model/power-list.js';
import { checkPower, checkPowerList } from '../checks/power-list.js';
import { defineKind } from '../kind-rules.js';

export const powerListRules = defineKind({
  kind: 'power-list',
  schema: PowerList,
  check: checkPowerList,
  record: { schema: Power, check: checkPower },
});
