import { ServiceRules } from '../../model/service-rules.js';
import { defineKind } from '../kind-rules.js';

/** 办事纪律 has no checks beyond its shape. */
export const serviceRulesRules = defineKind({ kind: 'service-rules', schema: ServiceRules, check: () => undefined });
