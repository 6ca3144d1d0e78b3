import { RequestGuide } from '../../model/request-guide.js';
import { checkRequestGuide } from '../checks/request-guide.js';
import { defineKind } from '../kind-rules.js';

export const requestGuideRules = defineKind({ kind: 'request-guide', schema: RequestGuide, check: checkRequestGuide });
