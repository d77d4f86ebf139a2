import type { Language } from '../language';
import type { FrameKind } from '../story-strings';
import { persianNumber } from './digits';

const FRAME_NOUN: Record<FrameKind, string> = { video: 'ویدیو', audio: 'پخش‌کننده', chart: 'نمودار', map: 'نقشه', document: 'سند' };

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
      notes: 'پانوشت‌ها',
      note: (number) => `پانوشت ${number}`,
      backToText: 'بازگشت به متن',
      playOn: (provider, title) => `پخش در ${provider}: ${title}`,
      watchOn: (provider) => `تماشا در ${provider}`,
      loadFrame: (kind, provider, title) => `نمایش ${FRAME_NOUN[kind]} از ${provider}: ${title}`,
      connectsTo: (provider) => `با باز کردن آن به ${provider} وصل می‌شوید.`,
      downloadMedia: (kind, title) => `دریافت ${kind === 'video' ? 'ویدیو' : 'فایل صوتی'}: ${title}`,
      postBy: (author, network) => (author ? `پست ${author} در ${network}` : `پستی در ${network}`),
      viewOn: (network) => `مشاهده در ${network}`,
      download: (title) => `دریافت ${title}`,
      fileDetails: (parts) => parts.join('، '),
      gallery: (count) => `مجموعهٔ ${persianNumber(count)} عکس`,
      table: 'جدول',
      code: (language) => (language ? `کد: ${language}` : 'کد'),
      imageLink: (host) => (host ? `تصویر، پیوند به ${host}` : 'تصویر، پیوند به صفحه‌ای از همین سایت'),
      preformatted: 'متن با قالب‌بندی اصلی نویسنده',
    },
  },
  ui: async () => (await import('./ui')).fa,
};
