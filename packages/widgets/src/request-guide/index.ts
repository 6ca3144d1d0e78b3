import { define } from '../base/define.js';
import { GkRequestGuide } from './request-guide.js';

define('gk-request-guide', GkRequestGuide);

export { GkRequestGuide };
