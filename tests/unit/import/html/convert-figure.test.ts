// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { blocksOf, convert, kinds, para, text } from './convert-helpers';

const photo = { src: 'https://cdn.example/up/quay-800x600.jpg', alt: 'The quay', width: 800, height: 600 };
const imgTag = '<img src="https://cdn.example/up/quay-800x600.jpg" alt="The quay" width="800" height="600">';

describe('figures, captions and image links', () => {
  it('reads the classic [caption] output (div.wp-caption with p.wp-caption-text, figure.wp-caption with figcaption)', () => {
    expect(blocksOf(`<div id="attachment_5" style="width: 810px" class="wp-caption alignnone">${imgTag}<p id="caption-attachment-5" class="wp-caption-text">The quay at low tide</p></div>`)).toEqual([
      { type: 'image', ...photo, caption: 'The quay at low tide' },
    ]);
    expect(blocksOf(`<figure class="wp-caption aligncenter">${imgTag}<figcaption class="wp-caption-text">Again</figcaption></figure>`)).toEqual([{ type: 'image', ...photo, caption: 'Again' }]);
  });

  it('makes the link around an image the image\'s link, refusing unsafe ones', () => {
    expect(blocksOf(`<figure class="wp-block-image"><a href="https://harbour.example/full.jpg">${imgTag}</a><figcaption>Tap for the full picture</figcaption></figure>`)).toEqual([
      { type: 'image', ...photo, link: 'https://harbour.example/full.jpg', caption: 'Tap for the full picture' },
    ]);
    const { blocks, warnings } = convert(`<a href="javascript:alert(1)">${imgTag}</a>`);
    expect(blocks).toEqual([{ type: 'image', ...photo }]);
    expect(kinds(warnings)).toEqual(['unsafe-url a href']);
  });

  it('puts a figure caption shared by several images after them, and a table\'s figcaption on the table', () => {
    expect(blocksOf(`<figure>${imgTag}${imgTag}<figcaption>Both</figcaption></figure>`).map((b) => b.type)).toEqual(['image', 'image', 'paragraph']);
    expect(blocksOf('<figure class="wp-block-table"><table><tr><td>1</td></tr></table><figcaption>Tide table</figcaption></figure>')).toEqual([
      { type: 'table', caption: 'Tide table', head: [], body: [[{ content: [text('1')] }]], foot: [] },
    ]);
  });
});

describe('covers, media & text, columns', () => {
  it('turns a cover\'s background image into an image (alt "") followed by its text', () => {
    const html = '<div class="wp-block-cover has-background-dim"><span aria-hidden="true" class="wp-block-cover__background"></span><img class="wp-block-cover__image-background wp-image-4" alt="" src="https://cdn.example/up/storm-1600x900.jpg" data-object-fit="cover"/><div class="wp-block-cover__inner-container"><p class="has-text-align-center">Storm season</p></div></div>';
    expect(blocksOf(html)).toEqual([{ type: 'image', src: 'https://cdn.example/up/storm-1600x900.jpg', alt: '', width: 1600, height: 900 }, para(text('Storm season'))]);
  });

  it('reads an older cover\'s background-image from its style attribute, and refuses a data: one with a count', () => {
    const html = '<div class="wp-block-cover-image has-background-dim" style="background-image:url( &quot;https://cdn.example/up/sea.jpg&quot; );background-position:50% 50%"><p class="wp-block-cover-image-text">Open sea</p></div>';
    const { blocks, warnings } = convert(html);
    expect(blocks).toEqual([{ type: 'image', src: 'https://cdn.example/up/sea.jpg', alt: '', width: 1200, height: 800 }, para(text('Open sea'))]);
    expect(kinds(warnings)).toEqual(['image-size-assumed']);
    const refused = convert('<div class="wp-block-cover" style="background-image:url(data:image/png;base64,AAAA)"><p>Words</p></div>');
    expect(refused.blocks).toEqual([para(text('Words'))]);
    expect(kinds(refused.warnings)).toEqual(['unsafe-url background-image']);
  });

  it('turns a cover\'s background video into a video file', () => {
    const [video, words] = blocksOf('<div class="wp-block-cover"><video class="wp-block-cover__video-background" autoplay muted loop playsinline src="https://cdn.example/waves.mp4"></video><div class="wp-block-cover__inner-container"><p>Waves</p></div></div>');
    expect(video).toEqual({ type: 'video', title: 'waves.mp4', source: { kind: 'file', sources: [{ src: 'https://cdn.example/waves.mp4' }], tracks: [] } });
    expect(words).toEqual(para(text('Waves')));
  });

  it('reads media & text as the media then the text, and columns in order', () => {
    const mediaText = `<div class="wp-block-media-text"><figure class="wp-block-media-text__media" style="background-image:url(https://cdn.example/up/quay-800x600.jpg)">${imgTag}</figure><div class="wp-block-media-text__content"><p>Beside the picture</p></div></div>`;
    expect(blocksOf(mediaText)).toEqual([{ type: 'image', ...photo }, para(text('Beside the picture'))]);
    const columns = '<div class="wp-block-columns"><div class="wp-block-column"><p>Left one</p><p>Left two</p></div><div class="wp-block-column"><h3>Right</h3></div></div>';
    expect(blocksOf(columns)).toEqual([para(text('Left one')), para(text('Left two')), { type: 'heading', level: 3, content: [text('Right')] }]);
  });
});
