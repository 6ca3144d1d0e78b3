import { define } from '../base/define.js';
import { GkFeed } from './feed.js';

define('gk-feed', GkFeed);

export { GkFeed };
