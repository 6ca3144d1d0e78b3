import { define } from '../base/define.js';
import { GkServiceRules } from './service-rules.js';

define('gk-service-rules', GkServiceRules);

export { GkServiceRules };
