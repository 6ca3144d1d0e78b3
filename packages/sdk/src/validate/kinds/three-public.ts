import { ThreePublic } from '../../model/three-public.js';
import { checkThreePublic } from '../checks/three-public.js';
import { defineKind } from '../kind-rules.js';

export const threePublicRules = defineKind({ kind: 'three-public', schema: ThreePublic, check: checkThreePublic });
