/** Imports Pagefind's loader from the site itself: a module of its own, never part of the app bundle. */
export const importPagefind = (url: string): Promise<unknown> => import(/* @vite-ignore */ url);
