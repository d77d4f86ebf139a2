import { describe, expect, it } from 'vitest';
import type { Image } from '../../../../src/model/block';
import { articleHead, homeHead } from '../../../../src/ui/head/heads';
import type { SiteInfo } from '../../../../src/ui/head/page-head';
import { serializeHead } from '../../../../src/ui/head/serialize-head';
import { BODY_SIZES } from '../../../../src/ui/image-sizes';
import { en } from '../../../../src/i18n/en/ui';
import { article, articleResponse } from '../../../fixtures/app-api';

const site: SiteInfo = { name: 'Dateline', origin: 'https://news.example.org', base: '/news/' };

const headOf = (image: Image | undefined) => {
  const html = serializeHead(articleHead(articleResponse(article('old-city', { image }))), site);
  return new DOMParser().parseFromString(`<!doctype html><html><head>${html}</head></html>`, 'text/html');
};

const photo: Image = {
  src: 'media/images/hero-abc-1280.jpg',
  alt: 'The old city',
  width: 2400,
  height: 1600,
  srcset: [640, 1280].map((width) => ({ src: `media/images/hero-abc-${width}.jpg`, width })),
  sources: [
    { type: 'image/avif', srcset: [640, 1280].map((width) => ({ src: `media/images/hero-abc-${width}.avif`, width })) },
    { type: 'image/webp', srcset: [640, 1280].map((width) => ({ src: `media/images/hero-abc-${width}.webp`, width })) },
  ],
};

describe("the prerendered head preloads the article's hero", () => {
  it('from its first source (AVIF, typed), with the sizes the hero renders at, fetched first', () => {
    const links = headOf(photo).querySelectorAll('link[rel="preload"][as="image"]');
    expect(links).toHaveLength(1);
    const link = links[0]!;
    expect(link.getAttribute('type')).toBe('image/avif');
    expect(link.getAttribute('imagesrcset')).toBe('/news/media/images/hero-abc-640.avif 640w, /news/media/images/hero-abc-1280.avif 1280w');
    expect(link.getAttribute('imagesizes')).toBe(BODY_SIZES);
    expect(link.getAttribute('fetchpriority')).toBe('high');
  });

  it('from its srcset when it has no sources (a hotlinked WordPress picture), without a type', () => {
    const remote: Image = { ...photo, src: 'https://wp.example/a-1024.jpg', srcset: [{ src: 'https://wp.example/a-300.jpg', width: 300 }, { src: 'https://wp.example/a-1024.jpg', width: 1024 }], sources: undefined };
    const link = headOf(remote).querySelector('link[rel="preload"]')!;
    expect(link.getAttribute('imagesrcset')).toBe('https://wp.example/a-300.jpg 300w, https://wp.example/a-1024.jpg 1024w');
    expect(link.hasAttribute('type')).toBe(false);
  });

  it('by its src when it has one file only (an SVG)', () => {
    const link = headOf({ src: 'media/images/map.svg', alt: 'A map', width: 1200, height: 675 }).querySelector('link[rel="preload"]')!;
    expect(link.getAttribute('href')).toBe('/news/media/images/map.svg');
    expect(link.hasAttribute('imagesrcset')).toBe(false);
  });

  it('not at all for an article without a hero, nor on other pages', () => {
    expect(headOf(undefined).querySelector('link[rel="preload"]')).toBeNull();
    const home = new DOMParser().parseFromString(serializeHead(homeHead('Dateline', 'News', en), site), 'text/html');
    expect(home.querySelector('link[rel="preload"]')).toBeNull();
  });
});
