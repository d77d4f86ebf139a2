import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import type { ReactNode } from 'react';
import { MemoryRouter } from 'react-router-dom';
import { describe, expect, test } from 'vitest';
import type { Image } from '../../src/model/block';
import { StoryCard } from '../../src/ui/StoryCard';
import { article, articleResponse, latestPage, mustRead, nav, summary } from '../fixtures/app-api';
import { fakeApi, renderApp } from './render-app';

/* What the image step gives the renderer, as a reader's browser meets it: <picture>, srcset, sizes, priority. */

const PLACEHOLDER = 'data:image/webp;base64,UklGRh4AAABXRUJQVlA4TBEAAAAvAAAAAAfQ//73v/+BiOh/AAA=';

/** An image as the build publishes it: a JPEG src and srcset, AVIF and WebP sources, a placeholder. */
function built(name: string, alt: string): Image {
  const at = (ext: string) => [640, 1280].map((width) => ({ src: `media/images/${name}-abc123-${width}.${ext}`, width }));
  return {
    src: `media/images/${name}-abc123-1280.jpg`,
    alt,
    width: 2400,
    height: 1600,
    srcset: at('jpg'),
    sources: [
      { type: 'image/avif', srcset: at('avif') },
      { type: 'image/webp', srcset: at('webp') },
    ],
    placeholder: PLACEHOLDER,
  };
}

/** Cards on their own, inside the router and query client their links need. */
const renderCards = (cards: ReactNode) =>
  render(
    <QueryClientProvider client={new QueryClient()}>
      <MemoryRouter>{cards}</MemoryRouter>
    </QueryClientProvider>,
  );

async function openStory() {
  const story = article('old-city', {
    title: 'Rebuilding reaches the houses',
    image: built('hero', 'The old city at dusk'),
    body: [
      { type: 'paragraph', content: [{ type: 'text', text: 'The minaret is back.' }] },
      { type: 'image', ...built('alley', 'An alley of roofless houses') },
    ],
  });
  await renderApp('/article/old-city', {
    api: fakeApi({
      'articles/old-city.json': articleResponse(story),
      'latest/1.json': latestPage([summary('other')]),
      'must-read.json': mustRead([summary('must-read-1')]),
      'nav.json': nav(),
    }),
  });
  const headline = await screen.findByRole('heading', { level: 1, name: 'Rebuilding reaches the houses' });
  return headline.closest('article') as HTMLElement;
}

describe('pictures the build made', () => {
  test('the hero is fetched first: fetchpriority high, not lazy, AVIF and WebP offered before the JPEG with srcset and sizes', async () => {
    const story = await openStory();
    const hero = within(story).getByRole('img', { name: 'The old city at dusk' });
    expect(hero).toHaveAttribute('fetchpriority', 'high');
    expect(hero).not.toHaveAttribute('loading', 'lazy');
    expect(hero).toHaveAttribute('src', '/media/images/hero-abc123-1280.jpg');
    expect(hero).toHaveAttribute('srcset', '/media/images/hero-abc123-640.jpg 640w, /media/images/hero-abc123-1280.jpg 1280w');
    expect(hero.getAttribute('sizes')).toMatch(/100vw/);
    expect(hero).toHaveAttribute('width', '2400');
    expect(hero).toHaveAttribute('height', '1600');
    expect(hero.style.backgroundImage).toContain(PLACEHOLDER);

    const picture = hero.parentElement!;
    expect(picture.tagName).toBe('PICTURE');
    const sources = [...picture.querySelectorAll('source')];
    expect(sources.map((s) => s.getAttribute('type'))).toEqual(['image/avif', 'image/webp']);
    expect(sources[0]).toHaveAttribute('srcset', '/media/images/hero-abc123-640.avif 640w, /media/images/hero-abc123-1280.avif 1280w');
    for (const source of sources) expect(source).toHaveAttribute('sizes', hero.getAttribute('sizes'));
  });

  test('a picture in the body is lazy and decoded off the main thread, with its own sources', async () => {
    const story = await openStory();
    const body = within(story).getByRole('img', { name: 'An alley of roofless houses' });
    expect(body).toHaveAttribute('loading', 'lazy');
    expect(body).toHaveAttribute('decoding', 'async');
    expect(body).not.toHaveAttribute('fetchpriority');
    expect(body.parentElement!.querySelector('source[type="image/avif"]')).toHaveAttribute('srcset', expect.stringContaining('alley-abc123-640.avif 640w'));
  });

  test('a hotlinked picture keeps its own srcset, gets sizes, and has no <picture>', () => {
    const remote: Image = {
      src: 'https://news.example.org/wp-content/uploads/dam-1024x576.jpg',
      alt: '',
      width: 1024,
      height: 576,
      srcset: [
        { src: 'https://news.example.org/wp-content/uploads/dam-300x169.jpg', width: 300 },
        { src: 'https://news.example.org/wp-content/uploads/dam-1024x576.jpg', width: 1024 },
      ],
    };
    const { container } = renderCards(<StoryCard story={summary('dam', { title: 'The dam', image: remote })} />);
    const img = container.querySelector('img')!;
    expect(img).toHaveAttribute('srcset', 'https://news.example.org/wp-content/uploads/dam-300x169.jpg 300w, https://news.example.org/wp-content/uploads/dam-1024x576.jpg 1024w');
    expect(img.getAttribute('sizes')).toMatch(/vw/);
    expect(img).toHaveAttribute('loading', 'lazy');
    expect(container.querySelector('picture')).toBeNull();
  });

  test("a list's first card is fetched first; the others are lazy", () => {
    const { container } = renderCards(
      <>
        <StoryCard story={summary('lead', { image: built('lead', '') })} variant="lead" priority />
        <StoryCard story={summary('second', { image: built('second', '') })} />
      </>,
    );
    const [lead, second] = [...container.querySelectorAll('img')];
    expect(lead).toHaveAttribute('fetchpriority', 'high');
    expect(lead).not.toHaveAttribute('loading');
    expect(second).toHaveAttribute('loading', 'lazy');
    expect(second).not.toHaveAttribute('fetchpriority');
  });
});
