import { DisclosureCatalogue } from '../../model/disclosure-catalogue.js';
import { checkDisclosureCatalogue } from '../checks/disclosure-catalogue.js';
import { defineKind } from '../kind-rules.js';

export const disclosureCatalogueRules = defineKind({
  kind: 'disclosure-catalogue',
  schema: DisclosureCatalogue,
  check: checkDisclosureCatalogue,
});
