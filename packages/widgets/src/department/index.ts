import { define } from '../base/define.js';
import { GkDepartment } from './department.js';

define('gk-department', GkDepartment);

export { GkDepartment };
export type { DepartmentData, GkSectionChangeDetail, SectionId } from './department.js';
