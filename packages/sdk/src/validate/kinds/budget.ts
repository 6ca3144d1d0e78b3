/** 预算 and 决算: one schema; the checks know which of the two a file must declare. */
import { Budget, BudgetLine } from '../../model/budget.js';
import { checkBudget } from '../checks/budget.js';
import { defineKind } from '../kind-rules.js';

// A county's budget can print tens of thousands of 项 lines: their shapes are checked a slice at a time.
const part = { key: 'lines', schema: BudgetLine };

export const budgetRules = defineKind({
  kind: 'budget',
  schema: Budget,
  check: (d, out) => checkBudget(d, 'budget', out),
  part,
});
export const finalAccountRules = defineKind({
  kind: 'final-account',
  schema: Budget,
  check: (d, out) => checkBudget(d, 'final-account', out),
  part,
});
