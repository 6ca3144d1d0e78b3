import { define } from '../base/define.js';
import { GkBudgetViewer } from './budget-viewer.js';

define('gk-budget-viewer', GkBudgetViewer);

export { GkBudgetViewer };
export type { BudgetViewData, GkBudgetSelectDetail } from './budget-viewer.js';
