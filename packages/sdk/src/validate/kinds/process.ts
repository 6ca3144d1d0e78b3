import { Process, ProcessList } from '../../model/process.js';
import { checkProcess, checkProcessList } from '../checks/process.js';
import { defineKind } from '../kind-rules.js';

export const processRules = defineKind({
  kind: 'process',
  schema: ProcessList,
  check: checkProcessList,
  record: { schema: Process, check: checkProcess },
});
