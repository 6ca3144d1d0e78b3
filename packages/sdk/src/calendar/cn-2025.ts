import type { CalendarYear } from '../model/request-guide.js';

/**
 * 国务院办公厅关于2025年部分节假日安排的通知, 国办发明电〔2024〕12号, 2024年11月12日 (published by
 * 新华社; the text read was a copy of its 新华网 release: http://www.gbitcoin.cn/20241113/eef049eea4e94ef591c5bde42aec1c87/c.html).
 */
export const CN_2025: CalendarYear = {
  year: 2025,
  holidays: [
    { name: '元旦', from: '2025-01-01', to: '2025-01-01' },
    { name: '春节', from: '2025-01-28', to: '2025-02-04' },
    { name: '清明节', from: '2025-04-04', to: '2025-04-06' },
    { name: '劳动节', from: '2025-05-01', to: '2025-05-05' },
    { name: '端午节', from: '2025-05-31', to: '2025-06-02' },
    { name: '国庆节、中秋节', from: '2025-10-01', to: '2025-10-08' },
  ],
  workdays: ['2025-01-26', '2025-02-08', '2025-04-27', '2025-09-28', '2025-10-11'],
  source: {
    title: '国务院办公厅关于2025年部分节假日安排的通知',
    number: '国办发明电〔2024〕12号',
    issuer: '国务院办公厅',
    date: '2024-11-12',
  },
};
