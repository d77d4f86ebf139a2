/**
 * Things an import drops or guesses without failing: counted, grouped and summarised at the end.
 */
export const WARNING_TEXT = {
  'element-dropped': 'element removed with its content',
  'element-unwrapped': 'unknown element removed, its text kept',
  'handler-dropped': 'event-handler attribute removed',
  'unsafe-url': 'URL refused: only http(s) and mailto URLs, and relative ones resolved against the source page, are kept',
  'image-size-from-media': 'image without width/height: size taken from the media library',
  'image-size-guessed': 'image without width/height: size read from data-orig-size or the file name (…-1024x683.jpg)',
  'image-size-assumed': 'image without width/height and no known size: kept at the default 3:2 shape',
  'image-dropped': 'image dropped',
  'image-private-address': 'image or media file on a private, link-local or loopback address: dropped',
  'poster-dropped': "video poster of unknown size: dropped (the video is kept)",
  'media-dropped': 'video or audio without a usable source: dropped',
  'track-dropped': 'video text track dropped (not captions, subtitles or descriptions, or no language)',
  'frame-as-link': 'frame from a host that is not a known provider: kept as a link to it, never loaded',
  'embed-as-link': 'embed with no player or post in it (a bare URL): kept as a link card',
  'embed-script-dropped': "an embed's loader script removed (the post or video is kept)",
  'social-links-capped': 'social post with many links (hashtags, mentions): only the first few kept as links',
  'social-without-url': 'social post embed without a permalink: kept as a quote',
  'gallery-links-dropped': "gallery images' links not kept (a gallery's images have no link)",
  'table-as-text': 'table inside a table cell, a list item or a line of text: its text kept',
  'table-span-capped': 'table cell spanning more columns or rows than allowed: span capped',
  'math-as-tex': 'formula kept as its TeX source (a code block)',
  'note-without-item': 'footnote mark without a footnote: kept as a superscript number',
  'hero-dropped': 'featured image dropped',
  'hero-size-assumed': 'featured image without width/height in the feed: given a default size',
  'entity-not-expanded': 'entity declared in the feed\'s DOCTYPE: not expanded, left as written',
  'image-not-downloaded': 'image not downloaded into the content folder: its original URL is kept',
  'post-skipped': 'post skipped',
  'invalid-skipped': 'invalid item skipped (--skip-invalid): listed at the end',
  'field-ignored': 'optional field not understood: read as absent',
  'item-duplicate': 'feed item listed twice (same guid, id or link, as overlapping pages do): the first copy is kept',
  'post-duplicate': 'post listed twice: the most recently modified copy is used',
  'slug-changed': 'slug rewritten to a Dateline slug',
  'body-empty': 'nothing readable in the body: the summary is used as the body',
  'standfirst-derived': 'no excerpt/summary: the standfirst is taken from the body',
  'title-derived': 'no title: the headline is taken from the text',
  'author-missing': 'author not found',
  'category-missing': 'category not found',
  'category-parent-missing': 'parent category not found: the category is placed at the top level',
  'tag-missing': 'tag not found',
  'media-missing': 'featured media not found',
  'endpoint-unavailable': 'optional endpoint unavailable',
  'next-page-refused': 'next page of the feed not followed (rel="next" to another host, a private address or not http(s))',
  'pages-capped': 'more pages announced than the page cap (--max-pages): only the first ones are read',
  'lang-invalid': 'language tag not understood',
  'date-adjusted': 'modified date is not after the publication date: left out',
  'too-deep': 'HTML nested too deeply: the deepest elements are flattened',
  'text-truncated': 'text longer than Dateline allows: cut at a word boundary',
  'shortcode-removed': 'unknown shortcode removed, its text kept',
  'gallery-image-missing': 'gallery image not among the export\'s attachments: left out',
  'invisible-characters': 'bidirectional overrides or invisible characters in a title or name: removed',
} as const;

export type WarningKind = keyof typeof WARNING_TEXT;

export interface ImportWarning {
  kind: WarningKind;
  /** Groups warnings in the summary, e.g. the element name "iframe". */
  detail?: string;
  /** One instance's specifics, e.g. the image URL. */
  subject?: string;
  file?: string;
  item?: string;
}

/** Reports a warning where the file and item are already known. */
export type Warn = (kind: WarningKind, detail?: string, subject?: string) => void;

export interface WarningGroup {
  kind: WarningKind;
  detail?: string;
  text: string;
  count: number;
  /** The first few items (posts, feed items) it happened in. */
  examples: string[];
}

export class Warnings {
  readonly list: ImportWarning[] = [];

  add(warning: ImportWarning): void {
    this.list.push(warning);
  }

  /** A `warn` function for one file and item. */
  scoped(file?: string, item?: string): Warn {
    return (kind, detail, subject) => this.add({ kind, detail, subject, file, item });
  }

  get count(): number {
    return this.list.length;
  }

  /** Warnings grouped by kind and detail, largest group first, then by name (stable output). */
  summary(maxExamples = 3): WarningGroup[] {
    const groups = new Map<string, WarningGroup>();
    for (const w of this.list) {
      const key = `${w.kind}\u0000${w.detail ?? ''}`;
      let group = groups.get(key);
      if (!group) {
        group = { kind: w.kind, detail: w.detail, text: WARNING_TEXT[w.kind], count: 0, examples: [] };
        groups.set(key, group);
      }
      group.count += 1;
      const example = w.item ?? w.subject ?? w.file;
      if (example && group.examples.length < maxExamples && !group.examples.includes(example)) group.examples.push(example);
    }
    return [...groups.values()].sort((a, b) => b.count - a.count || `${a.kind}${a.detail}`.localeCompare(`${b.kind}${b.detail}`));
  }
}

/** How many details of one kind the summary lists before folding the rest into one line. */
const MAX_DETAIL_LINES = 4;

function groupLine(count: number, text: string, detail: string | undefined, examples: readonly string[]): string {
  const shown = detail ? ` (${detail})` : '';
  const e = examples.length > 0 ? ` — e.g. ${examples.join('; ')}` : '';
  return `  ${String(count).padStart(5)} × ${text}${shown}${e}`;
}

/**
 * The summary the CLI prints: one line per kind and detail, kinds with the most warnings first. A kind
 * with many details (one per iframe host, say) lists the largest few and folds the rest into one line.
 */
export function formatWarningSummary(groups: readonly WarningGroup[]): string {
  if (groups.length === 0) return 'No warnings.';
  const total = groups.reduce((n, g) => n + g.count, 0);
  const byKind = new Map<WarningKind, WarningGroup[]>();
  for (const g of groups) byKind.set(g.kind, [...(byKind.get(g.kind) ?? []), g]);
  const sum = (list: readonly WarningGroup[]) => list.reduce((n, g) => n + g.count, 0);
  const kinds = [...byKind.entries()].sort(([a, x], [b, y]) => sum(y) - sum(x) || a.localeCompare(b));
  const lines: string[] = [];
  for (const [, list] of kinds) {
    const sorted = [...list].sort((a, b) => b.count - a.count || (a.detail ?? '').localeCompare(b.detail ?? ''));
    const shown = sorted.length > MAX_DETAIL_LINES + 1 ? sorted.slice(0, MAX_DETAIL_LINES) : sorted;
    for (const g of shown) lines.push(groupLine(g.count, g.text, g.detail, g.examples));
    const rest = sorted.slice(shown.length);
    if (rest.length > 0) lines.push(groupLine(sum(rest), sorted[0]!.text, `${rest.length} more, e.g. ${rest.slice(0, 3).map((g) => g.detail ?? '—').join(', ')}`, []));
  }
  return [`Warnings (${total}):`, ...lines].join('\n');
}
