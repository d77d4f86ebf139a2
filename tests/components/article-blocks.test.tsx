import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router-dom';
import { beforeAll, describe, expect, test, vi } from 'vitest';
import { loadRichBlocks } from '../../src/features/article/blocks/rich-blocks';
import { ArticleBody } from '../../src/features/article/ArticleBody';
import type { Block, ParagraphBlock } from '../../src/model/block';
import { EMBED_PROVIDERS, VIDEO_PROVIDERS } from '../../src/model/providers';

// As the prerender and the browser's start do before drawing a story that has rich blocks (their chunk
// is lazy; tests/components/rich-blocks-lazy.test.tsx covers the story that meets it later).
beforeAll(async () => {
  await loadRichBlocks();
});

/*
 * The story's body, block by block, as a reader meets it: by role and accessible name. The body is
 * rendered on its own (inside the router and the query client its links need), in the story's language.
 */

function renderBody(body: Block[], lang = 'en') {
  const client = new QueryClient();
  const view = render(
    <QueryClientProvider client={client}>
      <MemoryRouter>
        <main>
          <ArticleBody body={body} lang={lang} />
        </main>
      </MemoryRouter>
    </QueryClientProvider>,
  );
  return { ...view, user: userEvent.setup() };
}

const text = (t: string) => [{ type: 'text' as const, text: t }];
const paragraph = (t: string): ParagraphBlock => ({ type: 'paragraph', content: text(t) });
const image = (name: string, caption?: string) => ({ src: `images/${name}.jpg`, alt: `The ${name}`, width: 800, height: 600, ...(caption ? { caption } : {}) });

describe('gallery', () => {
  test('is a figure named by its caption, each picture a lazy figure with its own caption', () => {
    renderBody([{ type: 'gallery', caption: 'The river from source to sea', images: [image('source', 'Near the source'), image('delta', 'At the delta')] }]);

    const gallery = screen.getByRole('figure', { name: 'The river from source to sea' });
    const pictures = within(gallery).getAllByRole('img');
    expect(pictures.map((img) => img.getAttribute('alt'))).toEqual(['The source', 'The delta']);
    for (const img of pictures) expect(img).toHaveAttribute('loading', 'lazy');
    expect(pictures[0]).toHaveAttribute('src', '/images/source.jpg');
    expect(pictures[0]!.closest('figure')).toHaveTextContent('Near the source');
    expect(pictures[1]!.closest('figure')).toHaveTextContent('At the delta');
    expect(within(gallery).getByText('The river from source to sea').tagName).toBe('FIGCAPTION');
  });

  test('without a caption it is named for how many pictures it holds', () => {
    renderBody([{ type: 'gallery', images: [image('a'), image('b'), image('c')] }]);
    expect(within(screen.getByRole('figure', { name: 'Gallery of 3 pictures' })).getAllByRole('img')).toHaveLength(3);
  });
});

describe('provider video', () => {
  const youtube: Block = { type: 'video', title: 'The dam at dawn', source: { kind: 'provider', provider: 'youtube', id: 'dQw4w9WgXcQ', start: 42 }, caption: 'Filmed in November.' };

  test('is a link to the video page and no frame until the reader asks; then the privacy-mode player, sandboxed, takes focus', async () => {
    const { container, user } = renderBody([youtube]);

    const play = screen.getByRole('link', { name: 'Play on YouTube: The dam at dawn' });
    expect(play).toHaveAttribute('href', 'https://www.youtube.com/watch?v=dQw4w9WgXcQ');
    expect(container.querySelector('iframe, script')).toBeNull();
    // No poster of the provider's: without one of ours there is no picture at all.
    expect(container.querySelector('img')).toBeNull();
    expect(screen.getByText('Opening it connects you to YouTube.')).toBeInTheDocument();

    await user.click(play);

    const frame = container.querySelector('iframe')!;
    expect(frame).not.toBeNull();
    expect(frame.getAttribute('src')).toBe('https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1&rel=0&start=42');
    expect(frame).toHaveAttribute('sandbox', VIDEO_PROVIDERS.youtube.sandbox);
    expect(frame).toHaveAttribute('allow', VIDEO_PROVIDERS.youtube.allow);
    expect(frame).toHaveAttribute('title', 'The dam at dawn');
    expect(frame).toHaveAttribute('referrerpolicy', 'strict-origin-when-cross-origin');
    expect(frame).toHaveAttribute('loading', 'eager');
    expect(frame).toHaveFocus();
    expect(screen.queryByRole('link', { name: /^Play on YouTube/ })).toBeNull();
    expect(screen.getByRole('link', { name: 'Watch on YouTube' })).toHaveAttribute('href', 'https://www.youtube.com/watch?v=dQw4w9WgXcQ');
    expect(screen.getByText('Filmed in November.').tagName).toBe('FIGCAPTION');
  });

  test('Vimeo plays with do-not-track', async () => {
    const { container, user } = renderBody([{ type: 'video', title: 'Harvest', source: { kind: 'provider', provider: 'vimeo', id: '76979871' } }]);
    const play = screen.getByRole('link', { name: 'Play on Vimeo: Harvest' });
    expect(play).toHaveAttribute('href', 'https://vimeo.com/76979871');
    await user.click(play);
    const src = new URL(container.querySelector('iframe')!.src);
    expect(src.hostname).toBe('player.vimeo.com');
    expect(src.searchParams.get('dnt')).toBe('1');
  });

  test('shows our own poster, and leaves a click with a modifier key (a new tab) to the browser', async () => {
    const { container, user } = renderBody([{ ...(youtube as Extract<Block, { type: 'video' }>), poster: image('still') }]);
    const play = screen.getByRole('link', { name: 'Play on YouTube: The dam at dawn' });
    const poster = play.querySelector('img')!;
    expect(poster).toHaveAttribute('src', '/images/still.jpg');
    expect(poster).toHaveAttribute('alt', '');

    // Seen from the document, after React's handler at the root: the browser would open the link in a new tab.
    const prevented: boolean[] = [];
    const listener = (event: Event) => {
      prevented.push(event.defaultPrevented);
      event.preventDefault(); // jsdom cannot open a tab
    };
    document.addEventListener('click', listener);
    try {
      await user.keyboard('{Control>}');
      await user.click(play);
      await user.keyboard('{/Control}');
    } finally {
      document.removeEventListener('click', listener);
    }
    expect(prevented).toEqual([false]);
    expect(container.querySelector('iframe')).toBeNull();
  });

  test('an unknown provider or a malformed id shows nothing', () => {
    const { container } = renderBody([
      { type: 'video', title: 'Odd', source: { kind: 'provider', provider: 'evil' as 'youtube', id: 'abc' } },
      { type: 'video', title: 'Odd id', source: { kind: 'provider', provider: 'youtube', id: 'a/../b' } },
    ]);
    expect(container.querySelector('a, iframe, figure')).toBeNull();
  });
});

describe('framed embed', () => {
  const chart: Block = {
    type: 'embed',
    provider: 'Datawrapper',
    url: 'https://www.datawrapper.de/_/AbC12/',
    title: 'Rainfall by month',
    frame: { provider: 'datawrapper', src: 'https://datawrapper.dwcdn.net/AbC12/1/', height: 420 },
  };

  test('is a link to the original until loaded, then the provider’s frame, sandboxed, at its height', async () => {
    const { container, user } = renderBody([chart]);

    const load = screen.getByRole('link', { name: 'Load the chart from Datawrapper: Rainfall by month' });
    expect(load).toHaveAttribute('href', 'https://www.datawrapper.de/_/AbC12/');
    expect(container.querySelector('iframe')).toBeNull();

    await user.click(load);

    const frame = container.querySelector('iframe')!;
    expect(frame).toHaveAttribute('src', 'https://datawrapper.dwcdn.net/AbC12/1/');
    expect(frame).toHaveAttribute('sandbox', EMBED_PROVIDERS.datawrapper.sandbox);
    expect(frame).toHaveAttribute('title', 'Rainfall by month');
    expect(frame).toHaveFocus();
    expect(frame.parentElement).toHaveStyle({ blockSize: '420px' });
    expect(screen.getByRole('link', { name: 'Rainfall by month' })).toHaveAttribute('href', 'https://www.datawrapper.de/_/AbC12/');
  });

  test('a frame off the provider’s hosts, or of an unknown provider, stays a plain link card', () => {
    const { container } = renderBody([
      { ...(chart as Extract<Block, { type: 'embed' }>), frame: { provider: 'datawrapper', src: 'https://evil.example/AbC12/' } },
      { ...(chart as Extract<Block, { type: 'embed' }>), title: 'Other', frame: { provider: 'nope' as 'datawrapper', src: 'https://datawrapper.dwcdn.net/x/' } },
    ]);
    expect(screen.getByRole('link', { name: 'Rainfall by month' }).closest('p')).toHaveTextContent('(Datawrapper)');
    expect(screen.getByRole('link', { name: 'Other' })).toHaveAttribute('href', 'https://www.datawrapper.de/_/AbC12/');
    expect(screen.queryByRole('link', { name: /^Load the/ })).toBeNull();
    expect(container.querySelector('.facade')).toBeNull();
  });
});

describe('our own media files', () => {
  test('a video file uses the browser’s player: controls, nothing fetched until played, captions tracks, a download link inside', () => {
    const { container } = renderBody([
      {
        type: 'video',
        title: 'The flood in Basra',
        source: {
          kind: 'file',
          sources: [{ src: 'https://media.example/flood.mp4', type: 'video/mp4' }, { src: 'javascript:alert(1)' }],
          tracks: [{ src: 'https://media.example/flood.en.vtt', kind: 'captions', srclang: 'en', label: 'English' }],
        },
      },
    ]);
    const video = container.querySelector('video')!;
    expect(video).toHaveAttribute('controls');
    expect(video).toHaveAttribute('preload', 'none');
    expect(video).toHaveAttribute('playsinline');
    expect(video).not.toHaveAttribute('poster');
    expect(video).toHaveAccessibleName('The flood in Basra');
    expect([...video.querySelectorAll('source')].map((s) => s.getAttribute('src'))).toEqual(['https://media.example/flood.mp4']);
    const track = video.querySelector('track')!;
    expect(track).toHaveAttribute('kind', 'captions');
    expect(track).toHaveAttribute('srclang', 'en');
    expect(within(video).getByRole('link', { name: 'Download the video: The flood in Basra' })).toHaveAttribute('href', 'https://media.example/flood.mp4');
  });

  test('audio uses the browser’s player, fetching nothing until played', () => {
    const { container } = renderBody([{ type: 'audio', title: 'The farmers speak', sources: [{ src: 'https://media.example/farmers.mp3', type: 'audio/mpeg' }] }]);
    const audio = container.querySelector('audio')!;
    expect(audio).toHaveAttribute('controls');
    expect(audio).toHaveAttribute('preload', 'none');
    expect(audio).toHaveAccessibleName('The farmers speak');
    expect(within(audio).getByRole('link', { name: 'Download the recording: The farmers speak' })).toBeInTheDocument();
  });
});

describe('social post', () => {
  test('is a static card named for its author and network, with a link to the post and nothing of the network’s', () => {
    const { container } = renderBody([
      {
        type: 'social',
        network: 'x',
        url: 'https://x.com/ministry/status/1129',
        author: 'Ministry of Water',
        handle: '@ministry',
        text: [{ type: 'text', text: 'Reservoir levels for November are published.' }],
        date: 'November 20, 2026',
        media: [image('chart')],
      },
    ]);
    const card = screen.getByRole('article', { name: 'Post by Ministry of Water on X' });
    expect(card).toHaveTextContent('Reservoir levels for November are published.');
    expect(card).toHaveTextContent('@ministry');
    expect(card).toHaveTextContent('November 20, 2026');
    expect(within(card).getByRole('img', { name: 'The chart' })).toHaveAttribute('loading', 'lazy');
    const link = within(card).getByRole('link', { name: 'View on X' });
    expect(link).toHaveAttribute('href', 'https://x.com/ministry/status/1129');
    expect(link.getAttribute('rel')?.split(/\s+/)).toEqual(expect.arrayContaining(['noopener', 'noreferrer', 'external']));
    expect(container.querySelector('iframe, script, blockquote.twitter-tweet')).toBeNull();
  });

  test('without an author it is a post on the network; a hostile URL is no link', () => {
    renderBody([{ type: 'social', network: 'bluesky', url: 'javascript:alert(1)', text: text('Hello'), media: [] }]);
    const card = screen.getByRole('article', { name: 'Post on Bluesky' });
    expect(within(card).queryByRole('link')).toBeNull();
  });
});

describe('table', () => {
  test('is a real table with caption, column and row headers and spans, in a named, focusable scroll region', () => {
    renderBody([
      {
        type: 'table',
        caption: 'Water held by the dams',
        head: [[{ content: [] }, { content: text('2025') }, { content: text('2026'), align: 'end' }]],
        body: [
          [{ content: text('Mosul'), header: true }, { content: text('8.1') }, { content: text('5.2'), align: 'end' }],
          [{ content: text('Haditha'), header: true }, { content: text('unchanged'), colspan: 2, align: 'center' }],
        ],
        foot: [[{ content: text('Total'), header: true }, { content: text('13.2') }, { content: text('10.3') }]],
      },
    ]);
    const region = screen.getByRole('region', { name: 'Water held by the dams' });
    expect(region).toHaveAttribute('tabindex', '0');
    const table = within(region).getByRole('table', { name: 'Water held by the dams' });
    expect(within(table).getAllByRole('columnheader').map((th) => [th.textContent, th.getAttribute('scope')])).toEqual([
      ['2025', 'col'],
      ['2026', 'col'],
    ]);
    expect(within(table).getAllByRole('rowheader').map((th) => [th.textContent, th.getAttribute('scope')])).toEqual([
      ['Mosul', 'row'],
      ['Haditha', 'row'],
      ['Total', 'row'],
    ]);
    const spanning = within(table).getByRole('cell', { name: 'unchanged' });
    expect(spanning).toHaveAttribute('colspan', '2');
    expect(spanning).toHaveStyle({ textAlign: 'center' });
    expect(table.querySelector('thead tr')?.children).toHaveLength(3);
    expect(table.querySelector('tfoot')).toHaveTextContent('Total13.210.3');
  });

  test('without a caption the region is named "Table"', () => {
    renderBody([{ type: 'table', head: [], body: [[{ content: text('a') }, { content: text('b') }]], foot: [] }]);
    expect(within(screen.getByRole('region', { name: 'Table' })).getByRole('table')).toBeInTheDocument();
  });
});

describe('code and preformatted text', () => {
  test('code keeps every space, tab and line break, left to right, in a focusable region named for its language', () => {
    const code = 'def level(river):\n\treturn  river.gauge()  # metres\n\n\n';
    const { container } = renderBody([{ type: 'code', text: code, language: 'python' }], 'fa');
    const region = screen.getByRole('region', { name: 'کد: python' });
    expect(region).toHaveAttribute('tabindex', '0');
    const pre = region.querySelector('pre')!;
    expect(pre).toHaveAttribute('data-language', 'python');
    expect(pre.querySelector('code')!.textContent).toBe(code);
    expect(container.querySelector('.code-block')).toHaveAttribute('dir', 'ltr');
    expect(screen.getByText('python')).toBeInTheDocument();
  });

  test('a poem keeps its line breaks and spaces; a transcript scrolls in its own region', () => {
    const { container } = renderBody([
      { type: 'preformatted', verse: true, content: text('\nThe river  sleeps,\n    the reeds keep watch.') },
      { type: 'preformatted', content: text('ALI:   We waited.\nRANA:  For rain.') },
    ]);
    const verse = container.querySelector('pre.verse')!;
    expect(verse.textContent).toBe('\nThe river  sleeps,\n    the reeds keep watch.');
    const transcript = screen.getByRole('region', { name: 'Text as the author set it' });
    expect(transcript.querySelector('pre')!.textContent).toBe('ALI:   We waited.\nRANA:  For rain.');
  });
});

describe('footnotes', () => {
  const body: Block[] = [
    {
      type: 'paragraph',
      content: [
        { type: 'text', text: 'The level fell by a third' },
        { type: 'note', id: 'gauge' },
        { type: 'text', text: ' since 2020' },
        { type: 'note', id: 'census' },
        { type: 'text', text: '.' },
      ],
    },
    { type: 'paragraph', content: [{ type: 'text', text: 'Again' }, { type: 'note', id: 'gauge' }] },
    {
      type: 'footnotes',
      items: [
        { id: 'census', content: text('The 2020 survey.') },
        { id: 'gauge', content: text('Measured at the Baghdad gauge.') },
      ],
    },
  ];

  test('a mark shows its note’s number and links to it; the note links back to the mark', () => {
    const { container } = renderBody(body);

    // Numbered as the notes are listed: "census" is note 1, "gauge" note 2.
    const mark = screen.getAllByRole('link', { name: 'Note 2' })[0]!;
    expect(mark).toHaveTextContent('2');
    expect(mark.parentElement!.tagName).toBe('SUP');
    expect(mark).toHaveAttribute('href', '#fn-gauge');
    expect(mark.id).toBe('fnref-gauge');

    const notes = screen.getByRole('region', { name: 'Notes' });
    expect(within(notes).getByRole('heading', { level: 2, name: 'Notes' })).toBeInTheDocument();
    const list = within(notes).getByRole('list');
    expect(list.tagName).toBe('OL');
    const note = container.querySelector('#fn-gauge')!;
    expect(within(list).getAllByRole('listitem')[1]).toBe(note);
    expect(note).toHaveTextContent('Measured at the Baghdad gauge.');
    expect(note).toHaveAttribute('value', '2');
    const back = within(note as HTMLElement).getByRole('link', { name: 'Back to text' });
    expect(back).toHaveAttribute('href', '#fnref-gauge');

    // A second mark of the same note has an id of its own.
    const marks = screen.getAllByRole('link', { name: 'Note 2' });
    expect(marks.map((m) => m.id)).toEqual(['fnref-gauge', 'fnref-gauge-2']);
    expect(screen.getByRole('link', { name: 'Note 1' })).toHaveAttribute('href', '#fn-census');
  });

  test('in a Persian story the notes are headed and numbered in Persian', () => {
    renderBody(body, 'fa');
    expect(screen.getByRole('heading', { level: 2, name: 'پانوشت‌ها' })).toBeInTheDocument();
    expect(screen.getAllByRole('link', { name: 'پانوشت ۲' })[0]).toHaveTextContent('۲');
    expect(screen.getAllByRole('link', { name: 'بازگشت به متن' })).toHaveLength(2);
  });
});

describe('the other blocks', () => {
  test('details opens to show its blocks', async () => {
    const { user } = renderBody([
      { type: 'details', summary: text('Read the full statement'), blocks: [paragraph('The ministry regrets the delay.'), { type: 'heading', level: 3, content: text('Annex') }] },
    ]);
    const statement = screen.getByText('The ministry regrets the delay.');
    expect(statement).not.toBeVisible();
    await user.click(screen.getByText('Read the full statement'));
    expect(statement).toBeVisible();
    expect(statement.closest('details')).toHaveAttribute('open');
    expect(screen.getByRole('heading', { level: 3, name: 'Annex' })).toBeVisible();
  });

  test('a level-4 heading is an h4', () => {
    renderBody([{ type: 'heading', level: 4, content: text('Methodology') }]);
    expect(screen.getByRole('heading', { level: 4, name: 'Methodology' }).tagName).toBe('H4');
  });

  test('inline code, superscript, subscript and struck text', () => {
    renderBody([
      {
        type: 'paragraph',
        content: [
          { type: 'text', text: 'Run ' },
          { type: 'code', text: 'gauge  --all' },
          { type: 'text', text: ': 10' },
          { type: 'sup', children: text('6') },
          { type: 'text', text: ' m' },
          { type: 'sub', children: text('3') },
          { type: 'text', text: ' of H' },
          { type: 'sub', children: text('2') },
          { type: 'text', text: 'O, ' },
          { type: 'strike', children: text('rising') },
          { type: 'text', text: ' falling.' },
        ],
      },
    ]);
    const code = screen.getByText('gauge --all', { normalizer: (s) => s.replace(/\s+/g, ' ') });
    expect(code.tagName).toBe('CODE');
    expect(code.textContent).toBe('gauge  --all');
    expect(screen.getByText('6').tagName).toBe('SUP');
    expect(screen.getByText('2').tagName).toBe('SUB');
    expect(screen.getByText('rising').tagName).toBe('S');
  });

  test('an image with a link is a link named by its alt text, or by where it goes', () => {
    renderBody([
      { type: 'image', ...image('dam'), link: 'https://photos.example/dam-full.jpg' },
      { type: 'image', ...image('reeds'), alt: '', link: 'https://photos.example/reeds' },
      { type: 'image', ...image('mud'), link: 'javascript:alert(1)' },
    ]);
    const link = screen.getByRole('link', { name: 'The dam' });
    expect(link).toHaveAttribute('href', 'https://photos.example/dam-full.jpg');
    expect(within(link).getByRole('img', { name: 'The dam' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Picture, links to photos.example' })).toHaveAttribute('href', 'https://photos.example/reeds');
    expect(screen.getByRole('img', { name: 'The mud' }).closest('a')).toBeNull();
  });

  test('a file is a download link with its kind and size, in the story’s language', () => {
    renderBody([
      { type: 'file', href: 'https://files.example/annual-report.pdf', title: 'the annual report', bytes: 2_430_000 },
      { type: 'file', href: 'javascript:alert(1)', title: 'hostile' },
    ]);
    expect(screen.getByRole('link', { name: 'Download the annual report (PDF, 2.4 MB)' })).toHaveAttribute('href', 'https://files.example/annual-report.pdf');
    expect(screen.queryByText(/hostile/)).toBeNull();
  });

  test('a Persian file size is written in Persian', () => {
    renderBody([{ type: 'file', href: '/files/budget.xlsx', title: 'بودجه', bytes: 512_000 }], 'fa');
    const link = screen.getByRole('link', { name: /^دریافت بودجه/ });
    expect(link).toHaveTextContent('(XLSX، ۵۱۲ kB)');
    expect(link).toHaveAttribute('download');
  });

  test('a pull quote is a figure of a blockquote and its source; a separator is a rule', () => {
    renderBody([
      { type: 'pullquote', blocks: [paragraph('We farm the riverbed now.')], cite: 'Ali Hussein' },
      { type: 'separator' },
    ]);
    const quote = screen.getByText('We farm the riverbed now.').closest('blockquote')!;
    const figure = quote.closest('figure')!;
    expect(figure).toHaveClass('pullquote');
    expect(within(figure).getByText('— Ali Hussein').tagName).toBe('FIGCAPTION');
    expect(screen.getByRole('separator').tagName).toBe('HR');
  });

  test('a block or inline from a newer API shows nothing, the rest of the body does, and each type is reported once', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { container } = renderBody([
      { type: 'hologram', src: 'x' } as unknown as Block,
      { type: 'hologram' } as unknown as Block,
      { type: 'paragraph', content: [{ type: 'text', text: 'Still here.' }, { type: 'smell' } as never] },
    ]);
    expect(screen.getByText('Still here.')).toBeInTheDocument();
    expect(container.querySelector('.article__body')!.children).toHaveLength(1);
    const messages = warn.mock.calls.map((call) => String(call[0]));
    expect(messages.filter((m) => m.includes('"hologram"'))).toHaveLength(1);
    expect(messages.filter((m) => m.includes('"smell"'))).toHaveLength(1);
  });
});
