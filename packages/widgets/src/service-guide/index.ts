import { define } from '../base/define.js';
import { GkServiceGuide } from './service-guide.js';

define('gk-service-guide', GkServiceGuide);

export { GkServiceGuide };
export type { ServiceGuideData } from './service-guide.js';
