/* The files of a build that the servers treat specially, and the routes that exist only in the browser. */

/** The unmodified app shell, for routes that have no prerendered file. */
export const SPA_SHELL = 'spa.html';
export const NOT_FOUND_PAGE = '404.html';

/** Routes the app renders in the browser only (no prerendered file): search results, saved articles. */
export const SHELL_ROUTES = ['/search', '/saved'];
