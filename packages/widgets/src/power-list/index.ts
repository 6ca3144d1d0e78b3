import { define } from '../base/define.js';
import { GkPowerList } from './power-list.js';

define('gk-power-list', GkPowerList);

export { GkPowerList };
export type { PowerListData, GkPowerSelectDetail } from './power-list.js';
