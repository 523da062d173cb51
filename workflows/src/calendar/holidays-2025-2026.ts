// The State Council holiday notices for 2025 and 2026 as data (domain.md §8.2). Days off are the
// whole blocks announced, weekends included; make-up days are the weekend days worked (调休上班).
import type { HolidayNotice } from './working-calendar';

export const notice2025: HolidayNotice = {
  year: 2025,
  source: 'https://www.gov.cn/zhengce/zhengceku/202411/content_6986383.htm (via NateScarlet/holiday-cn)',
  holidays: [
    { name: '元旦', from: '2025-01-01', to: '2025-01-01' },
    { name: '春节', from: '2025-01-28', to: '2025-02-04' },
    { name: '清明节', from: '2025-04-04', to: '2025-04-06' },
    { name: '劳动节', from: '2025-05-01', to: '2025-05-05' },
    { name: '端午节', from: '2025-05-31', to: '2025-06-02' },
    { name: '国庆节、中秋节', from: '2025-10-01', to: '2025-10-08' },
  ],
  makeUpDays: ['2025-01-26', '2025-02-08', '2025-04-27', '2025-09-28', '2025-10-11'],
};

export const notice2026: HolidayNotice = {
  year: 2026,
  source: 'https://www.gov.cn/zhengce/zhengceku/202511/content_7047091.htm (via NateScarlet/holiday-cn)',
  holidays: [
    { name: '元旦', from: '2026-01-01', to: '2026-01-03' },
    { name: '春节', from: '2026-02-15', to: '2026-02-23' },
    { name: '清明节', from: '2026-04-04', to: '2026-04-06' },
    { name: '劳动节', from: '2026-05-01', to: '2026-05-05' },
    { name: '端午节', from: '2026-06-19', to: '2026-06-21' },
    { name: '中秋节', from: '2026-09-25', to: '2026-09-27' },
    { name: '国庆节', from: '2026-10-01', to: '2026-10-07' },
  ],
  makeUpDays: ['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10'],
};
