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
