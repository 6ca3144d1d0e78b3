import { Result, ResultList } from '../../model/results.js';
import { checkResult, checkResultList } from '../checks/results.js';
import { defineKind } from '../kind-rules.js';

export const resultsRules = defineKind({
  kind: 'results',
  schema: ResultList,
  check: checkResultList,
  record: { schema: Result, check: checkResult },
});
