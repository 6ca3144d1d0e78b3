import { ServiceGuide, ServiceGuideList } from '../../model/service-guide.js';
import { checkGuide, checkServiceGuides } from '../checks/service-guide.js';
import { defineKind } from '../kind-rules.js';

export const serviceGuideRules = defineKind({
  kind: 'service-guide',
  schema: ServiceGuideList,
  check: checkServiceGuides,
  record: { schema: ServiceGuide, check: checkGuide },
});
