// No zod here: the browser checks slugs with these, and the importers cut text to them.

/** The longest slug (and each segment of a category path). */
export const MAX_SLUG_LENGTH = 120;
/** The longest headline. */
export const MAX_TITLE_LENGTH = 300;
/** The longest name of an author, a category or a tag. */
export const MAX_NAME_LENGTH = 120;
/** The longest standfirst. */
export const MAX_STANDFIRST_LENGTH = 1000;
/**
 * How deep em, strong and link may nest inside each other. The HTML importer flattens elements deeper
 * than its own MAX_DEPTH (128) first, so what it writes always fits.
 */
export const MAX_INLINE_DEPTH = 128;
