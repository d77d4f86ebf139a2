// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { blocksOf, convert, kinds, link, text } from './convert-helpers';

const tweet = `<figure class="wp-block-embed is-type-rich is-provider-twitter wp-block-embed-twitter"><div class="wp-block-embed__wrapper">
<blockquote class="twitter-tweet" data-width="550" data-dnt="true"><p lang="en" dir="ltr">The late ferry is running again from Monday, see <a href="https://t.co/abc123">harbour.example/ferry</a></p>&mdash; Harbour Board (@harbourboard) <a href="https://twitter.com/harbourboard/status/1761234567890?ref_src=twsrc%5Etfw">February 24, 2026</a></blockquote><script async src="https://platform.twitter.com/widgets.js" charset="utf-8"></script>
</div><figcaption>The board's announcement.</figcaption></figure>`;

describe('social posts', () => {
  it('turns a tweet into a card: text with its links, author and handle from the byline, date from the last link, clean permalink; the script goes, counted', () => {
    const { blocks, warnings } = convert(tweet);
    expect(blocks).toEqual([
      {
        type: 'social',
        network: 'x',
        url: 'https://twitter.com/harbourboard/status/1761234567890',
        author: 'Harbour Board',
        handle: '@harbourboard',
        text: [text('The late ferry is running again from Monday, see '), link('https://t.co/abc123', text('harbour.example/ferry'))],
        date: 'February 24, 2026',
        media: [],
      },
      { type: 'paragraph', content: [text("The board's announcement.")] },
    ]);
    expect(kinds(warnings)).toEqual(['embed-script-dropped platform.twitter.com']);
  });

  it('keeps an Instagram caption but not the embed\'s boilerplate, and does not make a hashtag wall forty links', () => {
    const tags = Array.from({ length: 40 }, (_, i) => `<a href="https://www.instagram.com/explore/tags/tag${i}/">#tag${i}</a>`).join(' ');
    const mentions = Array.from({ length: 8 }, (_, i) => `<a href="https://www.instagram.com/friend${i}/">@friend${i}</a>`).join(' ');
    const permalink = 'https://www.instagram.com/p/C3xYz12AbCd/?utm_source=ig_embed&amp;utm_campaign=loading';
    const html =
      `<blockquote class="instagram-media" data-instgrm-captioned data-instgrm-permalink="${permalink}" data-instgrm-version="14">` +
      `<div><a href="${permalink}" target="_blank"><div>View this post on Instagram</div></a>` +
      `<p><a href="${permalink}">Sunrise over the salt pans ${tags}</a></p><p>With ${mentions}</p>` +
      `<p><a href="${permalink}">A post shared by Salt Pan Diaries (@saltpandiaries)</a></p></div></blockquote><script async src="//www.instagram.com/embed.js"></script>`;
    const { blocks, warnings } = convert(html);
    expect(blocks).toHaveLength(1);
    const card = blocks[0]!;
    expect(card).toMatchObject({ type: 'social', network: 'instagram', url: 'https://www.instagram.com/p/C3xYz12AbCd/', author: 'Salt Pan Diaries', handle: '@saltpandiaries' });
    const json = JSON.stringify(card);
    expect(json).not.toContain('View this post');
    expect(json).not.toContain('A post shared by');
    expect(json).toContain('#tag39');
    const links = json.match(/"type":"link"/g) ?? [];
    expect(links).toHaveLength(5);
    expect(kinds(warnings)).toEqual(['social-links-capped instagram', 'embed-script-dropped www.instagram.com']);
  });

  it('reads a TikTok embed: permalink from cite, handle from the profile link, hashtags as text', () => {
    const html =
      '<blockquote class="tiktok-embed" cite="https://www.tiktok.com/@tidewatcher/video/7312345678901234567" data-video-id="7312345678901234567"><section>' +
      '<a target="_blank" title="@tidewatcher" href="https://www.tiktok.com/@tidewatcher?refer=embed">@tidewatcher</a> Spring tide at the pier ' +
      '<a title="tides" href="https://www.tiktok.com/tag/tides?refer=embed">#tides</a> <a href="https://www.tiktok.com/music/sound-1?refer=embed">♬ original sound</a></section></blockquote>';
    const [card] = blocksOf(html);
    expect(card).toMatchObject({ type: 'social', network: 'tiktok', url: 'https://www.tiktok.com/@tidewatcher/video/7312345678901234567', handle: '@tidewatcher' });
    expect(JSON.stringify(card)).toContain('Spring tide at the pier #tides');
  });

  it('reads a Bluesky embed: handle inside a link, date, the post link without ?ref_src', () => {
    const post = 'https://bsky.app/profile/did:plc:abc123/post/3kxyz?ref_src=embed';
    const html =
      `<blockquote class="bluesky-embed" data-bluesky-uri="at://did:plc:abc123/app.bsky.feed.post/3kxyz"><p lang="en">Fog horn test at noon today.<br><br><a href="${post}">[image or embed]</a></p>` +
      `&mdash; Lighthouse Keeper (<a href="https://bsky.app/profile/did:plc:abc123?ref_src=embed">@keeper.bsky.social</a>) <a href="${post}">March 1, 2026 at 11:58</a></blockquote>`;
    const [card] = blocksOf(html);
    expect(card).toEqual({
      type: 'social',
      network: 'bluesky',
      url: 'https://bsky.app/profile/did:plc:abc123/post/3kxyz',
      author: 'Lighthouse Keeper',
      handle: '@keeper.bsky.social',
      text: [text('Fog horn test at noon today.')],
      date: 'March 1, 2026 at 11:58',
      media: [],
    });
  });

  it('turns a Mastodon frame into a card with the permalink and the handle on its instance', () => {
    const html = '<iframe src="https://mastodon.social/@harbour/111222333444555666/embed" class="mastodon-embed" style="max-width: 100%; border: 0" width="400"></iframe><script src="https://mastodon.social/embed.js" async="async"></script>';
    const { blocks, warnings } = convert(html);
    expect(blocks).toEqual([{ type: 'social', network: 'mastodon', url: 'https://mastodon.social/@harbour/111222333444555666', handle: '@harbour@mastodon.social', text: [], media: [] }]);
    expect(kinds(warnings)).toEqual(['embed-script-dropped mastodon.social']);
  });

  it('reads Threads and the newer Mastodon blockquote: permalink and handle, no interface text', () => {
    const threads =
      '<blockquote class="text-post-media" data-text-post-permalink="https://www.threads.net/@harbour/post/C4abc" data-text-post-version="0"><a href="https://www.threads.net/@harbour/post/C4abc"><div>Post by @harbour</div><div>View on Threads</div></a></blockquote>';
    expect(blocksOf(threads)).toEqual([{ type: 'social', network: 'threads', url: 'https://www.threads.net/@harbour/post/C4abc', handle: '@harbour', text: [], media: [] }]);
    const mastodon =
      '<blockquote class="mastodon-embed" data-embed-url="https://fosstodon.org/@quay/112/embed"><a href="https://fosstodon.org/@quay/112"><div>Post by @quay@fosstodon.org</div><div>View on Mastodon</div></a></blockquote>';
    expect(blocksOf(mastodon)).toEqual([{ type: 'social', network: 'mastodon', url: 'https://fosstodon.org/@quay/112', handle: '@quay@fosstodon.org', text: [], media: [] }]);
  });

  it('reads a Facebook post: text, "Posted by" author and date', () => {
    const html =
      '<div id="fb-root"></div><div class="fb-post" data-href="https://www.facebook.com/harbourtown/posts/pfbid0abc" data-width="500"><blockquote cite="https://www.facebook.com/harbourtown/posts/pfbid0abc" class="fb-xfbml-parse-ignore">' +
      '<p>Market stalls return to the quay this weekend.</p>Posted by <a href="https://www.facebook.com/harbourtown">Harbour Town</a> on <a href="https://www.facebook.com/harbourtown/posts/pfbid0abc">Friday, March 6, 2026</a></blockquote></div>';
    expect(blocksOf(html)).toEqual([
      {
        type: 'social',
        network: 'facebook',
        url: 'https://www.facebook.com/harbourtown/posts/pfbid0abc',
        author: 'Harbour Town',
        text: [text('Market stalls return to the quay this weekend.')],
        date: 'Friday, March 6, 2026',
        media: [],
      },
    ]);
  });

  it('keeps a post embed without any permalink as a quote, counted', () => {
    const { blocks, warnings } = convert('<blockquote class="twitter-tweet"><p>Words with no link.</p>&mdash; Someone</blockquote>');
    expect(blocks).toEqual([{ type: 'quote', blocks: [{ type: 'paragraph', content: [text('Words with no link.')] }, { type: 'paragraph', content: [text('— Someone')] }] }]);
    expect(kinds(warnings)).toEqual(['social-without-url x']);
  });

  it('refuses a javascript: permalink (the post becomes a quote)', () => {
    const { blocks, warnings } = convert('<blockquote class="twitter-tweet"><p>Hi.</p><a href="javascript:alert(1)">March 1</a></blockquote>');
    expect(blocks[0]?.type).toBe('quote');
    expect(JSON.stringify(blocks)).not.toContain('javascript');
    expect(kinds(warnings)).toContain('social-without-url x');
  });

  it('keeps loose text before a post\'s last paragraph as a paragraph of its own', () => {
    const [card] = blocksOf('<blockquote class="twitter-tweet">Loose words<p>The paragraph.</p>&mdash; A (@a) <a href="https://twitter.com/a/status/1">Today</a></blockquote>');
    expect(card).toMatchObject({ text: [text('Loose words'), { type: 'break' }, { type: 'break' }, text('The paragraph.')] });
  });

  it('reads words after the paragraphs that are no byline as the post\'s own', () => {
    const [card] = blocksOf('<blockquote class="twitter-tweet">Just words, no paragraph <a href="https://twitter.com/a/status/9">May 2</a></blockquote>');
    expect(card).toMatchObject({ type: 'social', url: 'https://twitter.com/a/status/9', text: [text('Just words, no paragraph')], date: 'May 2' });
    expect(card).not.toHaveProperty('author');
  });
});
