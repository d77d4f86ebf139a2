import type { Language } from '../language';
import type { FrameKind } from '../story-strings';
import { en } from './ui';

const FRAME_NOUN: Record<FrameKind, string> = { video: 'video', audio: 'player', chart: 'chart', map: 'map', document: 'document' };

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
      notes: 'Notes',
      note: (number) => `Note ${number}`,
      backToText: 'Back to text',
      playOn: (provider, title) => `Play on ${provider}: ${title}`,
      watchOn: (provider) => `Watch on ${provider}`,
      loadFrame: (kind, provider, title) => `Load the ${FRAME_NOUN[kind]} from ${provider}: ${title}`,
      connectsTo: (provider) => `Opening it connects you to ${provider}.`,
      downloadMedia: (kind, title) => `Download the ${kind === 'video' ? 'video' : 'recording'}: ${title}`,
      postBy: (author, network) => (author ? `Post by ${author} on ${network}` : `Post on ${network}`),
      viewOn: (network) => `View on ${network}`,
      download: (title) => `Download ${title}`,
      fileDetails: (parts) => parts.join(', '),
      gallery: (count) => (count === 1 ? 'Gallery of 1 picture' : `Gallery of ${count} pictures`),
      table: 'Table',
      code: (language) => (language ? `Code: ${language}` : 'Code'),
      imageLink: (host) => (host ? `Picture, links to ${host}` : 'Picture, links to a page of this site'),
      preformatted: 'Text as the author set it',
    },
  },
  ui: () => Promise.resolve(en),
};
