import { define } from '../base/define.js';
import { GkSupervision } from './supervision.js';

define('gk-supervision', GkSupervision);

export { GkSupervision };
export { ratingTotals, type RatingTotals } from './supervision.js';
