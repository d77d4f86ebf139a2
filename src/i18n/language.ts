import type { UiStrings } from './en/ui';
import type { StoryStrings } from './story-strings';

/**
 * Everything Dateline knows about one language, registered once in `languages.ts`. The small parts are
 * always in the bundle (any story may be in any language); the interface catalogue and the typeface are
 * lazy chunks, fetched only by a site or a story that needs them.
 */
export interface Language {
  /** The primary subtag: "fa" serves "fa", "fa-IR", "fa-AF". */
  code: string;
  /** The first breadcrumb ("Home"): written by the build into every API breadcrumb, and seeded by the browser. */
  homeCrumb: string;
  /** Said inside a story, in the story's own language. */
  story: StoryStrings;
  /** Every word the interface says, for a site in this language. */
  ui: () => Promise<UiStrings>;
}
/*
 * A typeface the language's stories are set in is its folder's `font.ts` (e.g. `fa/font.ts`, which imports
 * the @font-face CSS). The browser finds it there (features/article/story-font.ts) and loads it once such
 * a story is on screen; Node code (the build, the Vite config) never reaches it.
 */
