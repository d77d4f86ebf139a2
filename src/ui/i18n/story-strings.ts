import { primaryLanguage } from '../../model/direction';

/**
 * The words the app says inside a story (byline, dates, reading time, topics), in the story's own language.
 * Small, and always in the bundle: an English site still shows its Persian stories in Persian, and the
 * prerendered HTML of such a story must hydrate without waiting for a whole translation.
 */
export interface StoryStrings {
  by: string;
  published: string;
  updated: string;
  minutesRead: (minutes: number) => string;
  topics: string;
}

export const persianNumber = (n: number) => new Intl.NumberFormat('fa').format(n);

export const STORY_EN: StoryStrings = {
  by: 'By',
  published: 'Published',
  updated: 'Updated',
  minutesRead: (minutes) => `${minutes} min read`,
  topics: 'Topics',
};

export const STORY_FA: StoryStrings = {
  by: 'نوشتهٔ',
  published: 'انتشار:',
  updated: 'به‌روزرسانی:',
  minutesRead: (minutes) => `${persianNumber(minutes)} دقیقه مطالعه`,
  topics: 'موضوع‌ها',
};

const STORY: Record<string, StoryStrings> = { en: STORY_EN, fa: STORY_FA };

/** Words said inside a story, in the story's language (English where there is no translation). */
export function articleStrings(lang: string): StoryStrings {
  return STORY[primaryLanguage(lang)] ?? STORY_EN;
}
