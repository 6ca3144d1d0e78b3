// A developer's app: the SDK and the widgets imported from npm (here, from the workspace).
import { createClient, formatAmount, buildBudgetTree } from '@gongkai/sdk';
import '@gongkai/widgets/fee-table';

const client = createClient({ baseUrl: new URL('/examples/feeds/shili-county/', location.href).href });
const budget = await client.budget('budget-2026-nr');
const tree = buildBudgetTree(budget.data.lines);
document.getElementById('summary')!.textContent =
  `${budget.data.department} ${budget.data.year} 年预算合计 ${formatAmount(tree.total, { unit: budget.data.unit })}`;

const fees = await client.fees('fees-nr');
const table = document.createElement('gk-fee-table');
table.data = fees.data;
table.addEventListener('gk-fee-select', (e) => console.log('selected', e.detail.fee.name));
document.getElementById('app')!.append(table);
