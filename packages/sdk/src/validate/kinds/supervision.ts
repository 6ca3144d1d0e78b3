import { Supervision } from '../../model/supervision.js';
import { checkSupervision } from '../checks/supervision.js';
import { defineKind } from '../kind-rules.js';

export const supervisionRules = defineKind({ kind: 'supervision', schema: Supervision, check: checkSupervision });
