import { applyEmbeds } from './auto-embeds';
import { renderShortcodes, shortcodeUnautop, type ShortcodeContext } from './shortcodes';
import { hasBlocks, stripBlockComments, wpautop } from './wpautop';

/**
 * A post's raw content (WXR content:encoded, as the editor saved it) → the HTML WordPress shows, in
 * WordPress's order: embeds, block comments removed (block-editor content) or automatic paragraphs
 * (classic content), then shortcodes. The result goes through the same HTML → blocks path as a post
 * read from the REST API.
 */
export function renderContent(raw: string, ctx: ShortcodeContext): string {
  const embedded = applyEmbeds(raw);
  const html = hasBlocks(embedded) ? stripBlockComments(embedded) : wpautop(embedded);
  return renderShortcodes(shortcodeUnautop(html), ctx);
}
