/** 政府收支分类科目 codes: 类 (3 digits) → 款 (5) → 项 (7). */

export type CodeLevel = 'class' | 'section' | 'item';

/** `2080101` → `20801`, `20801` → `208`, `208` → undefined. */
export function parentCode(code: string): string | undefined {
  return code.length > 3 ? code.slice(0, code.length - 2) : undefined;
}

/** `2080101` → `['208', '20801', '2080101']`: the line and the lines above it, from the 类 down. */
export function ancestorCodes(code: string): string[] {
  const out: string[] = [];
  for (let c: string | undefined = code; c !== undefined; c = parentCode(c)) out.unshift(c);
  return out;
}

/** 类 / 款 / 项 */
export function codeLevel(code: string): CodeLevel {
  return code.length <= 3 ? 'class' : code.length <= 5 ? 'section' : 'item';
}

/** 5xx codes are the government's economic classification (政府预算支出经济分类), 3xx the department's. */
export function economicSchemeOf(code: string): 'government' | 'department' {
  return code.startsWith('5') ? 'government' : 'department';
}
