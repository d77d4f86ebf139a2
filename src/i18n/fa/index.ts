import type { Language } from '../language';
import { persianNumber } from './digits';


/** Persian (Farsi): right to left, Persian digits and calendar, set in Vazirmatn. */
export const persian: Language = {
  code: 'fa',
  homeCrumb: 'خانه',
  story: {
    by: 'نوشتهٔ',
    published: 'انتشار:',
    updated: 'به‌روزرسانی:',
    minutesRead: (minutes) => `${persianNumber(minutes)} دقیقه مطالعه`,
    topics: 'موضوع‌ها',
    body: {
      number: persianNumber,
      note: (number) => `پانوشت ${number}`,
      imageLink: (host) => (host ? `تصویر، پیوند به ${host}` : 'تصویر، پیوند به صفحه‌ای از همین سایت'),
    },
  },
  ui: async () => (await import('./ui')).fa,
};
