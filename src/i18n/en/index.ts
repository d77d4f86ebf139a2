import type { Language } from '../language';
import { en } from './ui';

/** English: built in, and what every other language falls back to. */
export const english: Language = {
  code: 'en',
  homeCrumb: 'Home',
  story: {
    by: 'By',
    published: 'Published',
    updated: 'Updated',
    minutesRead: (minutes) => `${minutes} min read`,
    topics: 'Topics',
  },
  ui: () => Promise.resolve(en),
};
