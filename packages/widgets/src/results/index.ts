import { define } from '../base/define.js';
import { GkResults } from './results.js';

define('gk-results', GkResults);

export { GkResults };
export type { ResultsData, ShownResult } from './results.js';
