/**
 * Every word the app itself says, in English. The shape of this object is the catalogue: a translation
 * (see fa/ui.ts) must provide every key, with the same placeholders. `{name}` placeholders in plain strings
 * are filled by `fill()` where a component (a link, a date) goes in the middle of a sentence; functions
 * are used where a number or a name changes the words (plurals, quotes).
 */
export const en = {
  lang: 'en',
  dir: 'ltr' as 'ltr' | 'rtl',

  skipToMain: 'Skip to main content',
  siteSections: 'Sections',
  allSections: 'All sections',
  breadcrumb: 'Breadcrumb',
  sectionsIn: (name: string) => `Sections in ${name}`,

  header: {
    searchLandmark: 'Site search',
    searchLabel: 'Search stories',
    searchPlaceholder: 'Search',
    searchButton: 'Search',
    settings: 'Reading settings',
  },
  footer: {
    latest: 'Latest news',
    shortcuts: 'Keyboard shortcuts',
    elsewhere: 'Follow us',
  },

  settings: {
    textSize: 'Text size',
    textSizes: ['Smallest', 'Small', 'Default', 'Large', 'Largest'],
    theme: 'Theme',
    themes: { system: 'System', light: 'Light', dark: 'Dark', sepia: 'Sepia' },
    font: 'Font',
    fonts: { serif: 'Serif', sans: 'Sans-serif' },
    notStored: 'This browser won’t store settings (private browsing?): they apply until you close the page.',
  },

  shortcuts: {
    title: 'Keyboard shortcuts',
    search: 'Search',
    next: 'Next story in the list',
    previous: 'Previous story in the list',
    help: 'Show these shortcuts',
    close: 'Close this dialog',
    closeButton: 'Close',
  },

  rails: {
    latest: 'Latest news',
    mustRead: 'Must read',
    related: 'Related stories',
    moreLatest: 'More latest news',
    loading: (title: string) => `Loading ${title.toLowerCase()}…`,
  },

  home: {
    topStories: 'Top stories',
    loading: 'Loading the front page…',
    what: 'the front page',
  },

  article: {
    loading: 'Loading the article…',
    what: 'this article',
    share: 'Share',
    linkCopied: 'Link copied',
    copyLink: 'Copy this link',
    save: 'Save for offline',
    saved: 'Saved',
    saveFailed: 'The article could not be saved. Try again.',
    saveNoSpace: 'There is not enough storage space on this device to save the article. Remove a saved article and try again.',
    saveBlocked: 'This browser would not let us store the article (private browsing can prevent it).',
    backToTop: 'Back to top',
    latestWhat: 'the latest news',
    mustReadWhat: 'the must-read list',
  },

  lists: {
    loading: 'Loading stories…',
    storyCount: (n: number) => (n === 1 ? '1 story' : `${n} stories`),
    newStories: (n: number) => (n === 1 ? '1 new story' : `${n} new stories`),
    showNew: 'Show',
    topic: 'Topic',
    topicTitle: (name: string) => `Topic: ${name}`,
    latestTitle: 'Latest news',
    latestDescription: 'The newest stories, as they are published.',
    categoryDescription: (name: string) => `The latest ${name} stories.`,
    authorDescription: (name: string) => `Stories by ${name}.`,
    tagDescription: (name: string) => `Stories about ${name}.`,
    pageTitle: (title: string, page: number) => `${title} (page ${page})`,
    emptyCategory: 'No stories in this section yet.',
    emptyAuthor: 'No stories by this author yet.',
    emptyTag: 'No stories on this topic yet.',
    emptyLatest: 'No stories published yet.',
    pagination: 'Pagination',
    newer: '← Newer',
    older: 'Older →',
    pageOf: (page: number, count: number) => `Page ${page} of ${count}`,
    cachedAsOf: 'Offline: showing the stories as of {time}.',
  },

  search: {
    title: 'Search',
    titleFor: (query: string) => `Search: ${query}`,
    description: (site: string) => `Search every ${site} story.`,
    form: 'Search and filter',
    label: 'Search stories',
    section: 'Section',
    allSections: 'All sections',
    searching: 'Searching…',
    more: 'Show more results',
    none: (query: string) => `No stories match “${query}”.`,
    count: (n: number, query: string) => `${n} ${n === 1 ? 'story matches' : 'stories match'} “${query}”.`,
    countAtLeast: (n: number, query: string) => `${n}+ stories match “${query}”.`,
    unavailable: 'Search isn’t available right now. If you’re offline, try again when you’re back online.',
  },

  saved: {
    title: 'Saved for offline',
    description: 'Stories saved on this device.',
    intro: 'Stories you save are kept on this device with their pictures, and open without a connection.',
    unreadable: 'Saved stories could not be read from this device’s storage.',
    refused: 'That didn’t work: the device’s storage refused the change.',
    damaged: 'Some saved data on this device was damaged and could not be read, so it was left out. Saving again will repair it.',
    empty: 'Nothing saved yet. Use “Save for offline” on any story.',
    savedAt: (when: string) => `Saved ${when}`,
    remove: 'Remove',
    removeOne: (title: string) => `Remove “${title}”`,
    removeAllAsk: (n: number) => `Remove all ${n} saved stories?`,
    removeAllYes: 'Yes, remove all',
    removeAllNo: 'Keep them',
    removeAll: 'Remove all',
  },

  offline: {
    banner: 'You’re offline. {saved} and stories you’ve read recently are still here.',
    bannerSavedLink: 'Saved stories',
    title: 'You’re offline',
    notSaved: 'This story hasn’t been saved on this device, so it can’t be opened until you’re back online.',
    available: 'Available offline',
    howToSave: 'Stories you save with “Save for offline” appear on the {saved} page.',
    savedLink: 'saved stories',
  },

  /** Said by the build in the feeds it writes, in the site's language. */
  feeds: {
    sectionDescription: (section: string, site: string) => `The latest ${section} stories from ${site}.`,
  },

  notFound: {
    title: 'Page not found',
    description: 'This page could not be found.',
    text: 'We couldn’t find that page. It may have moved, or the link may be mistyped.',
    frontPage: 'Go to the front page',
    latest: 'Latest news',
  },

  errors: {
    couldNotLoad: (what: string) => `We couldn’t load ${what}.`,
    thisPage: 'this page',
    tryAgain: 'Try again',
    generic: 'Something went wrong while showing this page.',
    notFound: 'This page could not be found.',
    network: 'We could not reach the newsroom. Check your connection.',
    timeout: 'The newsroom took too long to answer.',
    http: (status: number | undefined) => `The newsroom answered with an error (HTTP ${status ?? '?'}).`,
    unreadable: 'The newsroom sent data we could not read.',
    crashTitle: 'Something went wrong',
    crashText: 'This page hit an unexpected problem.',
  },

  pwa: {
    install: 'Install',
    newVersion: 'A new version is available',
    reload: 'Reload',
    later: 'Later',
  },

  loading: 'Loading…',
};

export type UiStrings = typeof en;
