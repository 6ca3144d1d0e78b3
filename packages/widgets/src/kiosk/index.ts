import { define } from '../base/define.js';
import { GkKiosk } from './kiosk.js';

define('gk-kiosk', GkKiosk);

export { GkKiosk };
export type { GkKioskSkipDetail } from './kiosk.js';
