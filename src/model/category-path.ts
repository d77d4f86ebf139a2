/** "region/iraq" → ["region", "region/iraq"]: the category and every ancestor, root first. */
export function categoryLineage(path: string): string[] {
  const parts = path.split('/');
  return parts.map((_, i) => parts.slice(0, i + 1).join('/'));
}

export function parentPath(path: string): string | undefined {
  const cut = path.lastIndexOf('/');
  return cut === -1 ? undefined : path.slice(0, cut);
}
