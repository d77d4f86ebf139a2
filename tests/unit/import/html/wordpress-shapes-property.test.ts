// @vitest-environment node
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { z } from 'zod';
import { BlockSchema, BodySchema, type Block } from '../../../../src/model/block';
import { blockImages, blockInlines } from '../../../../src/model/block-walk';
import type { Inline } from '../../../../src/model/inline';
import { isProviderFrame } from '../../../../src/model/providers';
import { isSafeUrl } from '../../../../src/model/url';
import { htmlToBlocks } from '../../../../src/import/html/html-to-blocks';
import { CLEANUP_STEPS, runSteps } from '../../../../src/import/html/steps';

/*
 * Random markup built from the shapes WordPress and embeds use (the classes the converters recognise,
 * provider and hostile addresses, spans, footnote marks), however nested or broken: the result is
 * always a valid body whose every address is safe and whose every frame is on its provider's host.
 */

const BASE = 'https://news.example/2026/03/post/';
const TAGS = [
  'p', 'div', 'figure', 'figcaption', 'blockquote', 'iframe', 'video', 'audio', 'source', 'track', 'img', 'a', 'table', 'thead', 'tbody', 'tr', 'td', 'th',
  'caption', 'pre', 'code', 'kbd', 'sup', 'sub', 's', 'del', 'hr', 'details', 'summary', 'dl', 'dt', 'dd', 'ol', 'ul', 'li', 'h1', 'h3', 'h5', 'button', 'span',
  'math', 'annotation', 'section', 'script', 'em', 'br',
];
const CLASSES = [
  'wp-block-embed', 'wp-block-embed__wrapper', 'wp-embed-aspect-16-9', 'twitter-tweet', 'instagram-media', 'tiktok-embed', 'bluesky-embed', 'mastodon-embed',
  'text-post-media', 'fb-post', 'wp-embedded-content', 'wp-block-gallery', 'gallery', 'gallery-item', 'tiled-gallery', 'tiled-gallery-item', 'blocks-gallery-caption',
  'wp-block-cover', 'wp-block-media-text__media', 'wp-block-file', 'wp-block-file__button', 'wp-block-footnotes', 'footnotes', 'fn', 'wp-block-pullquote',
  'wp-block-accordion-item', 'wp-block-accordion-heading', 'wp-caption', 'wp-caption-text', 'wp-block-code', 'wp-block-verse', 'language-js', 'has-text-align-center',
  'flourish-embed', 'infogram-embed', 'emoji',
];
const URLS = [
  'https://www.youtube.com/embed/abcdefghijk?start=5', 'https://youtu.be/abc', 'https://www.youtube.com.evil.example/embed/x', 'https://player.vimeo.com/video/123',
  'https://datawrapper.dwcdn.net/a/1/', '//flo.uri.sh/visualisation/1/embed', 'https://www.google.com/maps/embed?pb=1', 'https://user:pw@datawrapper.dwcdn.net/a/',
  'https://mastodon.social/@a/1/embed', 'https://www.facebook.com/plugins/post.php?href=javascript:alert(1)', 'https://twitter.com/a/status/1', 'at://did:plc:x/app.bsky.feed.post/y',
  'https://cdn.example/a-300x200.jpg', 'https://cdn.example/v.mp4', '/rel/path.mp3', '#fn-1', '#', 'javascript:alert(1)', 'data:text/html,x', 'vbscript:x', 'http://10.0.0.1/x.png',
  'about:blank', 'mailto:a@b.example', '', ' ',
];
const ATTRS = ['src', 'href', 'class', 'data-src', 'poster', 'cite', 'data-href', 'data-instgrm-permalink', 'data-bluesky-uri', 'data-embed-url', 'data-fn', 'id', 'colspan', 'rowspan', 'srclang', 'kind', 'title', 'style', 'width', 'height', 'data-orig-size', 'aria-expanded', 'aria-hidden', 'display', 'encoding', 'type'];

const value = fc.oneof(
  fc.constantFrom(...URLS),
  fc.constantFrom(...CLASSES),
  fc.constantFrom('2', '0', '999999', '-1', 'x', '16', '1024,683', 'en', 'captions', 'chapters', 'true', 'block', 'application/x-tex', 'video/mp4', 'background-image:url(https://cdn.example/bg.jpg)', 'background-image:url(javascript:x)'),
  fc.string({ maxLength: 8 }),
);
const attribute = fc.tuple(fc.constantFrom(...ATTRS), value).map(([name, v]) => ` ${name}="${v.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"`);
const textNode = fc.oneof(fc.constantFrom('Words', ' ', '&nbsp;', '—', '&lt;x&gt;', '\n', '#tag', '@who', 'A post shared by Ana (@ana)', 'View on Threads'), fc.string({ maxLength: 10 }).map((s) => s.replace(/[<&]/g, ' ')));

const url = fc.constantFrom(...URLS);
const attrs = fc.array(attribute, { maxLength: 3 }).map((list) => list.join(''));
const noteId = fc.constantFrom('n1', 'n2', 'fn:1', 'bad id!', '');
const social = fc.constantFrom('twitter-tweet', 'instagram-media', 'tiktok-embed', 'bluesky-embed', 'mastodon-embed', 'text-post-media');

/** The shapes the converters recognise, with random addresses, attributes and content inside. */
function constructs(inner: fc.Arbitrary<string>): fc.Arbitrary<string> {
  return fc.oneof(
    fc.tuple(url, attrs, inner, inner).map(([u, a, i, c]) => `<figure class="wp-block-embed wp-embed-aspect-4-3"><div class="wp-block-embed__wrapper"><iframe src="${u}"${a}>${i}</iframe></div><figcaption>${c}</figcaption></figure>`),
    fc.tuple(url, inner).map(([u, i]) => `<figure class="wp-block-embed"><div class="wp-block-embed__wrapper">${u} ${i}</div></figure>`),
    fc.tuple(social, url, attrs, inner, inner).map(([cls, u, a, i, d]) => `<blockquote class="${cls}"${a}><p>${i}</p>&mdash; ${d} <a href="${u}">${d}</a></blockquote><script src="${u}"></script>`),
    fc.tuple(url, url, url, attrs, inner).map(([v, p, t, a, i]) => `<video src="${v}" poster="${p}"${a}><source src="${t}" type="video/mp4"><track src="${t}"${a}>${i}</video>`),
    fc.tuple(url, attrs, inner).map(([u, a, i]) => `<audio${a}><source src="${u}">${i}</audio>`),
    fc.tuple(url, attrs, inner, inner).map(([u, a, i, c]) => `<figure class="wp-block-gallery"><figure class="wp-block-image"><a href="${u}"><img src="${u}"${a}></a><figcaption>${i}</figcaption></figure><figcaption class="blocks-gallery-caption">${c}</figcaption></figure>`),
    fc.tuple(url, attrs, inner).map(([u, a, i]) => `<div class="gallery"><dl class="gallery-item"><dt><img src="${u}"${a}></dt><dd class="wp-caption-text">${i}</dd></dl></div>`),
    fc.tuple(attrs, inner, inner, inner).map(([a, i, j, c]) => `<figure class="wp-block-table"><table><thead><tr><th${a}>${i}</th></tr></thead><tbody><tr><td${a}>${j}</td>${i}</tr></tbody></table><figcaption>${c}</figcaption></figure>`),
    fc.tuple(attrs, inner).map(([a, i]) => `<pre class="wp-block-code"><code${a}>${i}</code></pre><pre class="wp-block-verse">${i}</pre><pre${a}>${i}</pre>`),
    fc.tuple(inner, inner).map(([s, i]) => `<details><summary>${s}</summary>${i}</details><div class="wp-block-accordion-item"><h3 class="wp-block-accordion-heading"><button class="x-toggle">${s}<span aria-hidden="true">+</span></button></h3><div>${i}</div></div>`),
    fc.tuple(noteId, noteId, inner).map(([m, n, i]) => `<p>${i}<sup data-fn="${m}" class="fn"><a href="#${m}" id="${m}-link">1</a></sup></p><ol class="wp-block-footnotes"><li id="${n}">${i} <a href="#${n}-link">↩︎</a></li></ol>`),
    fc.tuple(url, inner).map(([u, i]) => `<div class="wp-block-cover" style="background-image:url(${u})"><div class="wp-block-cover__inner-container">${i}</div></div>`),
    fc.tuple(url, inner).map(([u, i]) => `<div class="wp-block-file"><a href="${u}">${i}</a><a href="${u}" class="wp-block-file__button">Download</a></div>`),
    fc.tuple(inner).map(([i]) => `<figure class="wp-block-pullquote"><blockquote>${i}<cite>${i}</cite></blockquote></figure><hr>${i}<hr><hr>`),
  );
}

const markup: fc.Arbitrary<string> = fc.letrec<{ node: string; nodes: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    textNode,
    fc.tuple(fc.constantFrom(...TAGS), fc.array(attribute, { maxLength: 4 }), tie('nodes'), fc.boolean()).map(([tag, a, inner, close]) => `<${tag}${a.join('')}>${inner}${close ? `</${tag}>` : ''}`),
    constructs(tie('nodes')),
  ),
  nodes: fc.array(tie('node'), { maxLength: 4 }).map((parts) => parts.join('')),
})).nodes;

const BlocksSchema = z.array(BlockSchema);

function addresses(blocks: readonly Block[]): string[] {
  const out: string[] = [];
  const visit = (content: readonly Inline[]) => {
    for (const node of content) {
      if (node.type === 'link') out.push(node.href);
      if ('children' in node) visit(node.children);
    }
  };
  for (const block of blocks) {
    blockInlines(block).forEach(visit);
    for (const image of blockImages(block)) out.push(image.src, ...(image.srcset ?? []).map((c) => c.src));
    if (block.type === 'details') out.push(...addresses(block.blocks));
    if (block.type === 'image' && block.link) out.push(block.link);
    if (block.type === 'embed') out.push(block.url, ...(block.frame ? [block.frame.src] : []));
    if (block.type === 'social') out.push(block.url);
    if (block.type === 'file') out.push(block.href);
    if (block.type === 'audio') out.push(...block.sources.map((s) => s.src));
    if (block.type === 'video' && block.source.kind === 'file') out.push(...block.source.sources.map((s) => s.src), ...block.source.tracks.map((t) => t.src));
  }
  return out;
}

function check(blocks: Block[]): void {
  const parsed = BlocksSchema.safeParse(blocks);
  if (!parsed.success) throw new Error(`not schema-valid: ${parsed.error.message}\n${JSON.stringify(blocks)}`);
  if (blocks.length > 0) {
    const body = BodySchema.safeParse(blocks);
    if (!body.success) throw new Error(`not a valid body: ${body.error.message}\n${JSON.stringify(blocks)}`);
  }
  for (const url of addresses(blocks)) {
    if (!isSafeUrl(url) || !/^(https?:\/\/|mailto:)/.test(url)) throw new Error(`unsafe address kept: ${url}`);
  }
  for (const block of blocks) {
    if (block.type === 'embed' && block.frame && !isProviderFrame(block.frame.provider, block.frame.src)) throw new Error(`frame off its provider: ${block.frame.src}`);
    const media = [...blockImages(block).map((i) => i.src), ...(block.type === 'video' && block.source.kind === 'file' ? block.source.sources.map((s) => s.src) : []), ...(block.type === 'audio' ? block.sources.map((s) => s.src) : [])];
    for (const src of media) if (/^https?:\/\/10\./.test(src)) throw new Error(`media on a private address: ${src}`);
  }
}

describe('WordPress-shaped markup, at random', () => {
  it('always gives a valid body, safe addresses, frames only on their providers, and no media on private addresses', () => {
    fc.assert(fc.property(markup, (html) => check(htmlToBlocks(html, { baseUrl: BASE }))), { numRuns: 500 });
  });

  it('the clean-up steps are a fixed point on its output', () => {
    fc.assert(
      fc.property(markup, (html) => {
        const blocks = htmlToBlocks(html, { baseUrl: BASE });
        const again = runSteps(blocks, CLEANUP_STEPS);
        if (JSON.stringify(again) !== JSON.stringify(blocks)) throw new Error(`not a fixed point:\n${JSON.stringify(blocks)}\n${JSON.stringify(again)}`);
      }),
      { numRuns: 300 },
    );
  });
});
