import type { FrameKind, RichStrings } from '../story-strings';
import { persianNumber } from './digits';

const FRAME_NOUN: Record<FrameKind, string> = { video: 'ویدیو', audio: 'پخش‌کننده', chart: 'نمودار', map: 'نقشه', document: 'سند' };

/** Persian words of the rich blocks (players, cards, tables, code, files, footnotes): in their chunk, not the first load. */
export const rich: RichStrings = {
  notes: 'پانوشت‌ها',
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
  preformatted: 'متن با قالب‌بندی اصلی نویسنده',
};
