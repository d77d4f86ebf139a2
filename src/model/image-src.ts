// No zod here: the pipeline's writers check paths with it too.

/** The file types a content folder may hold as images, by extension: only these are copied to media/. */
export const IMAGE_EXTENSIONS = ['svg', 'png', 'jpg', 'jpeg', 'gif', 'webp', 'avif'] as const;

const EXTENSION = /\.([a-z0-9]+)$/i;

/** Whether a file name ends with one of the IMAGE_EXTENSIONS (any case). */
export function hasImageExtension(file: string): boolean {
  const ext = EXTENSION.exec(file)?.[1]?.toLowerCase();
  return ext !== undefined && (IMAGE_EXTENSIONS as readonly string[]).includes(ext);
}

/**
 * Why an image `src` cannot be used, or undefined when it can: an absolute http(s) URL, or a path
 * relative to the content folder ("images/dam.svg", "./images/dam.svg") that stays inside it and names
 * an image file. An absolute path ("/etc/x.png"), ".." ("images/../../x.png") and backslashes would
 * reach outside the folder.
 */
export function imageSrcProblem(src: string): string | undefined {
  if (/^https?:\/\//i.test(src)) return undefined;
  if (/^[a-z][a-z0-9+.-]*:/i.test(src)) return 'expected an http(s) URL or a path to an image inside the content directory, e.g. "images/dam.svg"';
  if (src.startsWith('/') || src.includes('\\') || src.split('/').includes('..')) {
    return 'expected a path relative to the content directory, e.g. "images/dam.svg": absolute paths, ".." and backslashes point outside the content directory';
  }
  if (/[?#]/.test(src)) return 'expected a path to an image file, without "?" or "#"';
  if (!hasImageExtension(src)) return `expected an image file (${IMAGE_EXTENSIONS.map((e) => `.${e}`).join(', ')})`;
  return undefined;
}
