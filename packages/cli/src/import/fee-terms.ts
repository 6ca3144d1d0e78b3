/** Words of fee catalogues, as printed, read by both fee layouts. */
import type { Fee } from '@gongkai/sdk';

/** 设立级次 as printed. */
export const LEVEL: Record<string, NonNullable<Fee['level']>> = {
  中央: 'central',
  国家: 'central',
  省: 'provincial',
  省级: 'provincial',
  市: 'municipal',
  市级: 'municipal',
  县: 'county',
  县级: 'county',
};
