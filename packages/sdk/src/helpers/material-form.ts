/**
 * A material's form on its two axes — 原件/复印件 and 纸质/电子 — read from model version 2's
 * `copy` and `medium`, or from version 1's single `form` (where 电子材料 named the medium only).
 */
import type { Material, MaterialCopy, MaterialMedium } from '../model/service-guide.js';

export interface MaterialForm {
  copy?: MaterialCopy;
  medium?: MaterialMedium;
}

export function materialForm(m: Material): MaterialForm {
  const out: MaterialForm = {};
  const copy = m.copy ?? (m.form && m.form !== 'electronic' ? m.form : undefined);
  const medium = m.medium ?? (m.form === 'electronic' ? 'electronic' : undefined);
  if (copy) out.copy = copy;
  if (medium) out.medium = medium;
  return out;
}
