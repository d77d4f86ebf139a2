import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { hydrateRoot, type Root } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { MemoryRouter } from 'react-router-dom';
import { beforeAll, afterEach, describe, expect, test, vi } from 'vitest';
import { loadRichBlocks } from '../../src/features/article/blocks/rich-blocks';
import { ArticleBody } from '../../src/features/article/ArticleBody';
import type { Block } from '../../src/model/block';

// As the prerender and the browser's start do before drawing a story that has rich blocks (their chunk
// is lazy; tests/components/rich-blocks-lazy.test.tsx covers the story that meets it later).
beforeAll(async () => {
  await loadRichBlocks();
});

/*
 * The prerendered page: what a reader without JavaScript gets, and the same page once the app hydrates it.
 */

const body: Block[] = [
  { type: 'paragraph', content: [{ type: 'text', text: 'Watch the dam' }, { type: 'note', id: 'n1' }] },
  { type: 'video', title: 'The dam at dawn', source: { kind: 'provider', provider: 'youtube', id: 'dQw4w9WgXcQ' } },
  { type: 'embed', provider: 'Flourish', url: 'https://public.flourish.studio/visualisation/123/', title: 'Reservoirs', frame: { provider: 'flourish', src: 'https://flo.uri.sh/visualisation/123/embed', aspect: { width: 4, height: 3 } } },
  { type: 'preformatted', verse: true, content: [{ type: 'text', text: '\nA poem that starts on a new line' }] },
  { type: 'table', caption: 'Levels', head: [[{ content: [{ type: 'text', text: 'Dam' }] }]], body: [[{ content: [{ type: 'text', text: 'Mosul' }], header: true }]], foot: [] },
  { type: 'footnotes', items: [{ id: 'n1', content: [{ type: 'text', text: 'Filmed from the east bank.' }] }] },
];

const tree = () => (
  <QueryClientProvider client={new QueryClient()}>
    <MemoryRouter>
      <ArticleBody body={body} lang="en" />
    </MemoryRouter>
  </QueryClientProvider>
);

let root: Root | undefined;
afterEach(() => {
  act(() => root?.unmount());
  root = undefined;
  document.body.innerHTML = '';
});

describe('the prerendered body', () => {
  test('without JavaScript a provider video and a chart are plain links to the provider, and no frame is in the page', () => {
    const html = renderToString(tree());
    const page = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');

    expect(page.querySelector('iframe')).toBeNull();
    expect(html).not.toContain('youtube-nocookie');
    expect(html).not.toContain('flo.uri.sh');
    const links = [...page.querySelectorAll('a')].map((a) => [a.textContent, a.getAttribute('href')]);
    expect(links).toEqual(
      expect.arrayContaining([
        ['Play on YouTube: The dam at dawn', 'https://www.youtube.com/watch?v=dQw4w9WgXcQ'],
        ['Load the chart from Flourish: Reservoirs', 'https://public.flourish.studio/visualisation/123/'],
      ]),
    );
    // The parser drops a line break right after <pre>: the poem's first one survives.
    expect(page.querySelector('pre.verse')!.textContent).toBe('\nA poem that starts on a new line');
  });

  test('hydrates without a mismatch, and the facade then plays in place', async () => {
    const container = document.createElement('div');
    container.innerHTML = renderToString(tree());
    document.body.append(container);
    const errors = vi.spyOn(console, 'error');
    const recoverable = vi.fn();

    await act(async () => {
      root = hydrateRoot(container, tree(), { onRecoverableError: recoverable });
    });

    expect(errors).not.toHaveBeenCalled();
    expect(recoverable).not.toHaveBeenCalled();
    expect(container.querySelector('#fnref-n1')).toHaveAttribute('href', '#fn-n1');
    await userEvent.setup().click(screen.getByRole('link', { name: 'Play on YouTube: The dam at dawn' }));
    expect(container.querySelector('iframe')).toHaveAttribute('src', 'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1&rel=0');
  });
});
