import type { FrameKind, RichStrings } from '../story-strings';

const FRAME_NOUN: Record<FrameKind, string> = { video: 'video', audio: 'player', chart: 'chart', map: 'map', document: 'document' };

/** English words of the rich blocks (players, cards, tables, code, files, footnotes): in their chunk, not the first load. */
export const rich: RichStrings = {
  notes: 'Notes',
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
  preformatted: 'Text as the author set it',
};
