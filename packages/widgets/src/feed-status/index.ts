import { define } from '../base/define.js';
import { GkFeedStatus } from './feed-status.js';

define('gk-feed-status', GkFeedStatus);

export { GkFeedStatus };
export type { GkPublisherSelectDetail } from './feed-status.js';
