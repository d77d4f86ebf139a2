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
  /** Said by the blocks of the story's body that every story may have (footnote marks, picture links). */
  body: NoteStrings;
}

/** What a frame loads, as the provider table says (providers.ts `kind`). */
export type FrameKind = 'video' | 'audio' | 'chart' | 'map' | 'document';

/**
 * Words of the story's body, in the story's language. Names of providers and networks are proper nouns,
 * passed in. The few that any story may need (NoteStrings) are with the story words; the rest
 * (RichStrings) live in each language's `rich.ts`, in the rich blocks' chunk (i18n/rich-strings.ts).
 */
export interface BodyStrings {
  /** A number as the language writes it (a footnote's number). */
  number: (n: number) => string;
  /** The footnotes' heading. */
  notes: string;
  /** A footnote mark's accessible name: "Note 3". */
  note: (number: string) => string;
  /** A footnote's link back to its mark. */
  backToText: string;
  /** The link that plays a provider video: "Play on YouTube: {title}". */
  playOn: (provider: string, title: string) => string;
  /** Under a played video, the link to its page: "Watch on YouTube". */
  watchOn: (provider: string) => string;
  /** The link that loads a framed embed: "Load the chart from Datawrapper: {title}". */
  loadFrame: (kind: FrameKind, provider: string, title: string) => string;
  /** Beside a facade: what asking for it does. */
  connectsTo: (provider: string) => string;
  /** Inside a player, for browsers that can't play it: "Download the video: {title}". */
  downloadMedia: (kind: 'video' | 'audio', title: string) => string;
  /** A social post card's name. */
  postBy: (author: string | undefined, network: string) => string;
  /** A social post card's link to the post. */
  viewOn: (network: string) => string;
  /** A file link: "Download {title}". */
  download: (title: string) => string;
  /** What is known of a file ("PDF", "2.4 MB"), joined as the language lists them. */
  fileDetails: (parts: readonly string[]) => string;
  /** A gallery without a caption: its name. */
  gallery: (count: number) => string;
  /** A table without a caption: its scroll region's name. */
  table: string;
  /** A code block's scroll region's name. */
  code: (language: string | undefined) => string;
  /** A picture that is a link but has no alt text: where the link goes (`host`; undefined: inside the site). */
  imageLink: (host: string | undefined) => string;
  /** A block of preformatted text (a transcript, a listing) that scrolls sideways: its region's name. */
  preformatted: string;
}

export type NoteStrings = Pick<BodyStrings, 'number' | 'note' | 'imageLink'>;
export type RichStrings = Omit<BodyStrings, keyof NoteStrings>;
