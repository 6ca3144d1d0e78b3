import { define } from '../base/define.js';
import { GkThreePublic } from './three-public.js';

define('gk-three-public', GkThreePublic);

export { GkThreePublic };
export type { ThreePublicData } from './three-public.js';
