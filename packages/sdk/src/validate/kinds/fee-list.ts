import { Fee, FeeList } from '../../model/fees.js';
import { checkFee, checkFeeList } from '../checks/fees.js';
import { defineKind } from '../kind-rules.js';

export const feeListRules = defineKind({
  kind: 'fee-list',
  schema: FeeList,
  check: checkFeeList,
  record: { schema: Fee, check: checkFee },
});
