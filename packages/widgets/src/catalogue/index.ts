import { define } from '../base/define.js';
import { GkCatalogue } from './catalogue.js';

define('gk-catalogue', GkCatalogue);

export { GkCatalogue };
