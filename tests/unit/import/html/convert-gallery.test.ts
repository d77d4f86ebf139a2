// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { blocksOf, convert, kinds } from './convert-helpers';

const img = (name: string, extra = '') => `<img src="https://cdn.example/up/${name}-1024x683.jpg" alt="${name}" ${extra}/>`;
const image = (name: string, caption?: string) => ({ src: `https://cdn.example/up/${name}-1024x683.jpg`, alt: name, width: 1024, height: 683, ...(caption ? { caption } : {}) });

describe('galleries', () => {
  it('reads the block editor\'s gallery of nested image figures, with per-image captions and the gallery caption', () => {
    const html =
      '<figure class="wp-block-gallery has-nested-images columns-2 is-cropped">' +
      `<figure class="wp-block-image size-large">${img('nets')}<figcaption class="wp-element-caption">Nets drying</figcaption></figure>` +
      `<figure class="wp-block-image size-large">${img('crates')}</figure>` +
      '<figcaption class="blocks-gallery-caption wp-element-caption">A morning at the fish market</figcaption></figure>';
    expect(blocksOf(html)).toEqual([{ type: 'gallery', images: [image('nets', 'Nets drying'), image('crates')], caption: 'A morning at the fish market' }]);
  });

  it('reads the older ul.blocks-gallery-grid, and ul.wp-block-gallery before it', () => {
    const grid =
      '<figure class="wp-block-gallery columns-3"><ul class="blocks-gallery-grid">' +
      `<li class="blocks-gallery-item"><figure><a href="https://cdn.example/up/rope.jpg">${img('rope')}</a><figcaption class="blocks-gallery-item__caption">Rope</figcaption></figure></li>` +
      `<li class="blocks-gallery-item"><figure>${img('buoy')}</figure></li></ul></figure>`;
    const { blocks, warnings } = convert(grid);
    expect(blocks).toEqual([{ type: 'gallery', images: [image('rope', 'Rope'), image('buoy')] }]);
    expect(kinds(warnings)).toEqual(['image-size-guessed', 'image-size-guessed', 'gallery-links-dropped']);
    expect(blocksOf(`<ul class="wp-block-gallery"><li class="blocks-gallery-item"><figure>${img('a')}</figure></li></ul>`)).toEqual([{ type: 'gallery', images: [image('a')] }]);
  });

  it('reads the classic [gallery] shortcode\'s dl/dt/dd markup and its HTML5 figure markup', () => {
    const classic =
      "<div id='gallery-1' class='gallery galleryid-9 gallery-columns-2 gallery-size-thumbnail'>" +
      `<dl class='gallery-item'><dt class='gallery-icon landscape'><a href='https://news.example/a/'>${img('gull')}</a></dt><dd class='wp-caption-text gallery-caption'>A gull</dd></dl>` +
      `<dl class='gallery-item'><dt class='gallery-icon'>${img('tern')}</dt></dl><br style="clear: both" /></div>`;
    expect(blocksOf(classic)).toEqual([{ type: 'gallery', images: [image('gull', 'A gull'), image('tern')] }]);
    const html5 = `<div class="gallery"><figure class="gallery-item"><div class="gallery-icon">${img('pier')}</div><figcaption class="wp-caption-text gallery-caption">The pier</figcaption></figure></div>`;
    expect(blocksOf(html5)).toEqual([{ type: 'gallery', images: [image('pier', 'The pier')] }]);
  });

  it('reads a Jetpack tiled gallery, its sizes from data-orig-size', () => {
    const html =
      '<div class="tiled-gallery type-rectangular"><div class="gallery-row"><div class="gallery-group">' +
      '<div class="tiled-gallery-item"><a href="https://news.example/x/"><img src="https://cdn.example/up/dune.jpg?w=300" data-orig-size="3000,2000" alt="Dune"/></a><div class="tiled-gallery-caption">Dunes at dawn</div></div>' +
      '</div></div></div>';
    expect(blocksOf(html)).toEqual([{ type: 'gallery', images: [{ src: 'https://cdn.example/up/dune.jpg?w=300', alt: 'Dune', width: 3000, height: 2000, caption: 'Dunes at dawn' }] }]);
  });

  it('keeps the caption of a gallery whose every picture was refused, and counts each one', () => {
    const { blocks, warnings } = convert('<figure class="wp-block-gallery"><figure class="wp-block-image"><img src="data:image/png;base64,AAAA"/></figure><figcaption class="blocks-gallery-caption">Lost pictures</figcaption></figure>');
    expect(blocks).toEqual([{ type: 'paragraph', content: [{ type: 'text', text: 'Lost pictures' }] }]);
    expect(kinds(warnings)).toEqual(['unsafe-url img src']);
  });

  it('keeps text met in a gallery outside its pictures, after it', () => {
    const blocks = blocksOf(`<figure class="wp-block-gallery">Stray words<figure class="wp-block-image">${img('a')}</figure></figure>`);
    expect(blocks).toEqual([{ type: 'gallery', images: [image('a')] }, { type: 'paragraph', content: [{ type: 'text', text: 'Stray words' }] }]);
  });
});
