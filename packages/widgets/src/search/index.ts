import { define } from '../base/define.js';
import { GkSearch } from './search.js';

define('gk-search', GkSearch);

export { GkSearch };
export type { GkSearchResultsDetail } from './search.js';
