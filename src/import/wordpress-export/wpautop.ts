/*
 * WordPress's automatic paragraphs (wpautop), the rules it applies to classic-editor post content
 * before showing it, in our own code: text separated by a blank line becomes <p> paragraphs, a single
 * newline inside a paragraph becomes <br />, block-level elements are never wrapped in <p>, and <pre>
 * is left exactly as it is. Content written in the block editor (it has <!-- wp:… --> comments) is not
 * touched: WordPress does not run wpautop on it either.
 */

/** The elements wpautop treats as block-level (never inside a <p> it makes). */
const BLOCKS =
  'table|thead|tfoot|caption|col|colgroup|tbody|tr|td|th|div|dl|dd|dt|ul|ol|li|pre|form|map|area|blockquote|address|style|p|h[1-6]|hr|fieldset|legend|section|article|aside|hgroup|header|footer|nav|figure|figcaption|details|menu|summary|math|svg|video|audio|iframe|object|source|track';

const OPEN_BLOCK = new RegExp(`(<(?:${BLOCKS})[\\s/>])`, 'gi');
const CLOSE_BLOCK = new RegExp(`(</(?:${BLOCKS})>)`, 'gi');
const P_AROUND_LONE_BLOCK = new RegExp(`<p>\\s*(</?(?:${BLOCKS})[^>]*>)\\s*</p>`, 'gi');
const P_BEFORE_BLOCK = new RegExp(`<p>\\s*(</?(?:${BLOCKS})[^>]*>)`, 'gi');
const P_AFTER_BLOCK = new RegExp(`(</?(?:${BLOCKS})[^>]*>)\\s*</p>`, 'gi');
const BR_AFTER_BLOCK = new RegExp(`(</?(?:${BLOCKS})[^>]*>)\\s*<br />`, 'gi');
const BR_BEFORE_BLOCK = /<br \/>(\s*<\/?(?:p|li|div|dl|dd|dt|th|pre|td|ul|ol)[^>]*>)/gi;

const PLACEHOLDER = (n: number) => `<pre wp-pre-tag-${n}></pre>`;

/** Whether the content was written in the block editor. */
export const hasBlocks = (content: string) => content.includes('<!-- wp:');

/** Applies `fn` to the content outside <pre>…</pre>, leaving each <pre> as it is. */
export function outsidePre(content: string, fn: (html: string) => string): string {
  const kept: string[] = [];
  const protectedText = content.replace(/<pre[\s>][\s\S]*?<\/pre>/gi, (pre) => {
    kept.push(pre);
    return PLACEHOLDER(kept.length - 1);
  });
  return fn(protectedText).replace(/<pre wp-pre-tag-(\d+)><\/pre>/g, (_, n: string) => kept[Number(n)] ?? '');
}

/** Newlines inside a tag (<img\nsrc=…>) are not line breaks of the text. */
const joinTagLines = (html: string) => html.replace(/<[^<>]*>/g, (tag) => (tag.includes('\n') ? tag.replace(/\s*\n\s*/g, ' ') : tag));

function autop(html: string): string {
  let text = `${joinTagLines(html.replace(/\r\n?/g, '\n'))}\n`;
  // Two <br>s in a row are a paragraph break.
  text = text.replace(/<br\s*\/?>\s*<br\s*\/?>/gi, '\n\n');
  // Block-level elements stand on their own, never inside a paragraph.
  text = text.replace(OPEN_BLOCK, '\n\n$1').replace(CLOSE_BLOCK, '$1\n\n');
  text = text.replace(/<hr\s*?\/?>/gi, '<hr />\n\n');
  text = text.replace(/\n\n+/g, '\n\n');

  const paragraphs = text.split(/\n\s*\n/).filter((p) => p.trim() !== '');
  text = paragraphs.map((p) => `<p>${p.replace(/^\n+|\n+$/g, '')}</p>\n`).join('');

  text = text.replace(/<p>\s*<\/p>/g, '');
  // Text left before the end of a <div>, <address> or <form> is its own paragraph.
  text = text.replace(/<p>([^<]+)<\/(div|address|form)>/gi, '<p>$1</p></$2>');
  text = text.replace(P_AROUND_LONE_BLOCK, '$1');
  text = text.replace(/<p>(<li.+?)<\/p>/gi, '$1');
  text = text.replace(/<p><blockquote([^>]*)>/gi, '<blockquote$1><p>').replace(/<\/blockquote><\/p>/gi, '</p></blockquote>');
  text = text.replace(P_BEFORE_BLOCK, '$1').replace(P_AFTER_BLOCK, '$1');

  // A single newline in a paragraph is a line break (but not one right after or before a block tag).
  text = text.replace(/<br\s*\/?>/gi, '<br />');
  text = text.replace(/(<br \/>)?\s*\n/g, (whole, br: string | undefined) => (br ? whole : '<br />\n'));
  text = text.replace(BR_AFTER_BLOCK, '$1').replace(BR_BEFORE_BLOCK, '$1');
  text = text.replace(/<br \/>\n<\/p>/g, '</p>\n');
  text = text.replace(/\n<\/p>$/g, '</p>');
  return text;
}

/**
 * wpautop: paragraphs and line breaks from the blank lines and newlines of classic-editor content.
 * Block-editor content and the inside of <pre> are returned unchanged.
 */
export function wpautop(content: string): string {
  if (content.trim() === '') return '';
  if (hasBlocks(content)) return content;
  return outsidePre(content, autop);
}

/** Block-editor comments (<!-- wp:paragraph -->, <!-- /wp:paragraph -->) removed; the markup between them stays. */
export function stripBlockComments(content: string): string {
  return content.replace(/<!--\s*\/?wp:[\s\S]*?-->/g, '');
}
