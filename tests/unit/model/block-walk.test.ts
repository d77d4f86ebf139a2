import { describe, expect, it } from 'vitest';
import { articleImageUses, mapArticleImages } from '../../../src/model/article-images';
import { BodySchema, type Block } from '../../../src/model/block';
import { blockInlines, mapBlockInlines, noteMarks } from '../../../src/model/block-walk';
import { frameHostsOf } from '../../../src/model/frame-hosts';
import { blockText } from '../../../src/model/plain-text';

const picture = (src: string, caption?: string) => ({ src, alt: '', width: 4, height: 3, ...(caption ? { caption } : {}) });
const text = (t: string) => [{ type: 'text' as const, text: t }];

const body: Block[] = [
  { type: 'paragraph', content: [...text('Rain fell'), { type: 'note', id: 'n1' }] },
  { type: 'gallery', images: [picture('images/a.svg', 'The square'), picture('images/b.svg')], caption: 'Market day' },
  { type: 'video', title: 'The dam at dawn', source: { kind: 'provider', provider: 'youtube', id: 'abcDEF12345' }, poster: picture('images/still.svg') },
  { type: 'social', network: 'mastodon', url: 'https://social.example/@desk/1', author: 'City desk', text: text('Water back on'), media: [picture('images/post.svg')] },
  {
    type: 'table',
    caption: 'Supply by district',
    head: [[{ content: text('District'), header: true }, { content: text('Hours'), header: true }]],
    body: [[{ content: text('North'), header: true }, { content: [] }]],
    foot: [],
  },
  { type: 'details', summary: text('How we counted'), blocks: [{ type: 'image', src: 'images/c.svg', alt: 'A chart', width: 2, height: 1 }, { type: 'paragraph', content: text('By meter') }] },
  { type: 'embed', provider: 'Datawrapper', url: 'https://example.org/chart', title: 'Reservoir levels', frame: { provider: 'datawrapper', src: 'https://datawrapper.dwcdn.net/abc/1/' } },
  { type: 'footnotes', items: [{ id: 'n1', content: text('Rain gauge at the airport.') }] },
];

describe('the body walk', () => {
  it('finds every image, in reading order, with the field that names it', () => {
    expect(articleImageUses({ hero: picture('images/hero.svg'), body }).map((u) => `${u.field}=${u.src}`)).toEqual([
      'hero.src=images/hero.svg',
      'body.1.images.0.src=images/a.svg',
      'body.1.images.1.src=images/b.svg',
      'body.2.poster.src=images/still.svg',
      'body.3.media.0.src=images/post.svg',
      'body.5.blocks.0.src=images/c.svg',
    ]);
  });

  it('edits every image and keeps what else the blocks hold', () => {
    const edited = mapArticleImages({ body }, (image) => ({ ...image, src: `media/${image.src}` }));
    expect(articleImageUses(edited).map((u) => u.src)).toEqual(['media/images/a.svg', 'media/images/b.svg', 'media/images/still.svg', 'media/images/post.svg', 'media/images/c.svg']);
    expect(edited.body[5]).toMatchObject({ type: 'details', blocks: [{ type: 'image', alt: 'A chart' }, { type: 'paragraph' }] });
  });

  it('reaches the text of cells, posts, summaries and notes, and leaves a block it does not change as it was', () => {
    expect(body.flatMap(blockInlines).map((run) => run.map((i) => (i.type === 'text' ? i.text : `[${i.type}]`)).join(''))).toEqual([
      'Rain fell[note]',
      'Water back on',
      'District',
      'Hours',
      'North',
      '',
      'How we counted',
      'By meter',
      'Rain gauge at the airport.',
    ]);
    for (const block of body) expect(mapBlockInlines(block, (run) => run)).toBe(block);
  });

  it('gives search and reading time the words of every block', () => {
    expect(body.map(blockText)).toEqual([
      'Rain fell',
      'The square Market day',
      'The dam at dawn',
      'City desk Water back on',
      'Supply by district District Hours North',
      'How we counted By meter',
      'Reservoir levels',
      'Rain gauge at the airport.',
    ]);
  });

  it('lists the frame hosts the body may load once asked', () => {
    expect([...frameHostsOf(body)].sort()).toEqual(['datawrapper.dwcdn.net', 'www.youtube-nocookie.com']);
    expect(frameHostsOf([{ type: 'embed', provider: 'Somewhere', url: 'https://example.org/x', title: 'A link' }]).size).toBe(0);
  });
});

describe('the body schema', () => {
  it('accepts the body above', () => {
    expect(BodySchema.safeParse(body).success).toBe(true);
    expect(noteMarks(body)).toEqual([[0, 'n1']]);
  });

  it('refuses a footnote mark without its note, naming the block', () => {
    const result = BodySchema.safeParse([{ type: 'paragraph', content: [{ type: 'note', id: 'missing' }] }]);
    expect(result.success).toBe(false);
    expect(result.error!.issues[0]).toMatchObject({ path: [0], message: 'footnote mark "missing" has no item in the body\'s footnotes' });
  });

  it('refuses a frame that is not on its provider\'s hosts', () => {
    for (const src of ['https://datawrapper.dwcdn.net.evil.example/x', 'http://datawrapper.dwcdn.net/x', 'javascript:alert(1)', 'https://user@datawrapper.dwcdn.net/x']) {
      const result = BodySchema.safeParse([{ type: 'embed', provider: 'Datawrapper', url: 'https://example.org', title: 'Chart', frame: { provider: 'datawrapper', src } }]);
      expect(result.success, src).toBe(false);
      expect(result.error!.issues[0]!.path).toEqual([0, 'frame', 'src']);
    }
  });

  it('refuses a provider video with a hostile id, and a video file that is not http(s)', () => {
    const video = (source: unknown) => BodySchema.safeParse([{ type: 'video', title: 'Clip', source }]).success;
    expect(video({ kind: 'provider', provider: 'youtube', id: 'abc"><script>' })).toBe(false);
    expect(video({ kind: 'provider', provider: 'myspace', id: 'abc' })).toBe(false);
    expect(video({ kind: 'file', sources: [{ src: 'javascript:alert(1)' }] })).toBe(false);
    expect(video({ kind: 'file', sources: [{ src: 'https://media.example.org/clip.mp4', type: 'video/mp4' }] })).toBe(true);
  });

  it('keeps headings to levels 2 to 4', () => {
    expect(BodySchema.safeParse([{ type: 'heading', level: 4, content: text('Four') }]).success).toBe(true);
    expect(BodySchema.safeParse([{ type: 'heading', level: 5, content: text('Five') }]).success).toBe(false);
  });
});
