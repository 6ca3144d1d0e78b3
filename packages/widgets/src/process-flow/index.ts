import { define } from '../base/define.js';
import { GkProcessFlow } from './process-flow.js';

define('gk-process-flow', GkProcessFlow);

export { GkProcessFlow };
export type { GkStepSelectDetail, ProcessFlowData } from './process-flow.js';
