/** 预算 and 决算: one schema; the checks know which of the two a file must declare. */
import { Budget } from '../../model/budget.js';
import { checkBudget } from '../checks/budget.js';
import { defineKind } from '../kind-rules.js';

export const budgetRules = defineKind({
  kind: 'budget',
  schema: Budget,
  check: (d, out) => checkBudget(d, 'budget', out),
});
export const finalAccountRules = defineKind({
  kind: 'final-account',
  schema: Budget,
  check: (d, out) => checkBudget(d, 'final-account', out),
});
