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
    body: {
      number: (n) => String(n),
      note: (number) => `Note ${number}`,
      imageLink: (host) => (host ? `Picture, links to ${host}` : 'Picture, links to a page of this site'),
    },
  },
  ui: () => Promise.resolve(en),
};
