/** One published result as one line (a wall screen's ticker, a notice): date, what, who, outcome. */
import type { Lang } from '../model/common.js';
import type { Result } from '../model/results.js';
import { deidentifyResult } from './deidentify.js';
import { formatDate } from './dates.js';
import { resultDate } from './result-fields.js';

const OUTCOME: Record<Lang, Record<'approved' | 'rejected' | 'pending', string>> = {
  'zh-CN': { approved: '准予', rejected: '不予', pending: '办理中' },
  en: { approved: 'approved', rejected: 'refused', pending: 'in progress' },
};

/** "2026年10月15日 · 临时救助 · 张*丰 · 准予" — masked, whatever the record holds. */
export function resultSummary(record: Result, lang: Lang = 'zh-CN'): string {
  const r = deidentifyResult(record);
  const date = resultDate(r);
  const parts =
    r.type === 'case'
      ? [r.item, r.applicant.name, OUTCOME[lang][r.outcome]]
      : r.type === 'payment'
        ? [
            r.programme,
            r.recipient.name,
            r.village,
            r.amount === null ? undefined : `${r.amount} ${lang === 'en' ? 'yuan' : '元'}`,
          ]
        : r.type === 'decision'
          ? [r.docNumber, r.party.name, r.result]
          : [r.task, r.party.name, r.result];
  return [date ? formatDate(date, lang) : undefined, ...parts].filter(Boolean).join(' · ');
}
