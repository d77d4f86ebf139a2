// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { blocksOf, convert, kinds, para, text } from './convert-helpers';

const known = (width: number, height: number) => () => ({ width, height });

describe('video and audio files', () => {
  it('turns WordPress\'s video block into a video of its file, titled and captioned from the figcaption', () => {
    const html = '<figure class="wp-block-video"><video controls src="https://cdn.example/media/launch.mp4"></video><figcaption class="wp-element-caption">The new boat slides into the water.</figcaption></figure>';
    expect(blocksOf(html)).toEqual([
      {
        type: 'video',
        title: 'The new boat slides into the water.',
        source: { kind: 'file', sources: [{ src: 'https://cdn.example/media/launch.mp4' }], tracks: [] },
        caption: 'The new boat slides into the water.',
      },
    ]);
  });

  it('reads <source>s (with their types), <track>s, the shape, and titles from the file name without a caption', () => {
    const html =
      '<video width="1280" height="720" controls><source src="/media/Harbour%20at%20night.webm" type="video/webm; codecs=vp9"><source src="/media/harbour.mp4" type="video/mp4">' +
      '<track src="/media/harbour.en.vtt" kind="captions" srclang="en" label="English"><track src="/media/harbour.fr.vtt" srclang="fr">' +
      '<track src="/media/chapters.vtt" kind="chapters" srclang="en"><track src="/media/x.vtt" kind="captions"></video>';
    const { blocks, warnings } = convert(html);
    expect(blocks).toEqual([
      {
        type: 'video',
        title: 'Harbour at night.webm',
        source: {
          kind: 'file',
          sources: [
            { src: 'https://news.example/media/Harbour%20at%20night.webm', type: 'video/webm' },
            { src: 'https://news.example/media/harbour.mp4', type: 'video/mp4' },
          ],
          tracks: [
            { src: 'https://news.example/media/harbour.en.vtt', kind: 'captions', srclang: 'en', label: 'English' },
            { src: 'https://news.example/media/harbour.fr.vtt', kind: 'subtitles', srclang: 'fr', label: 'fr' },
          ],
        },
        aspect: { width: 1280, height: 720 },
      },
    ]);
    expect(kinds(warnings)).toEqual(['track-dropped chapters', 'track-dropped no language']);
  });

  it('keeps a poster only when its size is known (media library or file name), else drops it with a count', () => {
    const withName = blocksOf('<video src="https://cdn.example/a.mp4" poster="https://cdn.example/a-poster-1280x720.jpg"></video>');
    expect(withName[0]).toMatchObject({ poster: { src: 'https://cdn.example/a-poster-1280x720.jpg', alt: '', width: 1280, height: 720 } });
    const fromLibrary = blocksOf('<video src="https://cdn.example/a.mp4" poster="https://cdn.example/still.jpg"></video>', { knownImage: known(800, 450) });
    expect(fromLibrary[0]).toMatchObject({ poster: { width: 800, height: 450 } });
    const { blocks, warnings } = convert('<video src="https://cdn.example/a.mp4" poster="https://cdn.example/still.jpg"></video>');
    expect(blocks[0]).not.toHaveProperty('poster');
    expect(kinds(warnings)).toEqual(['poster-dropped']);
  });

  it('refuses javascript: and data: sources, posters and tracks, and drops a video left with none, counted', () => {
    const html =
      '<video src="javascript:alert(1)" poster="javascript:alert(2)"><source src="data:video/mp4;base64,AAAA"><track src="javascript:x" srclang="en"></video>' +
      '<video src="https://cdn.example/ok.mp4" poster="data:image/png;base64,AAAA"><track src="vbscript:x" srclang="en"></video><audio controls></audio>';
    const { blocks, warnings } = convert(html);
    expect(blocks).toEqual([{ type: 'video', title: 'ok.mp4', source: { kind: 'file', sources: [{ src: 'https://cdn.example/ok.mp4' }], tracks: [] } }]);
    expect(kinds(warnings)).toEqual(['unsafe-url video src', 'unsafe-url video src', 'unsafe-url poster', 'unsafe-url track src', 'media-dropped audio']);
  });

  it('refuses media files on private addresses', () => {
    const { blocks, warnings } = convert('<audio src="http://10.1.2.3/a.mp3"></audio>');
    expect(blocks).toEqual([]);
    expect(kinds(warnings)).toEqual(['image-private-address audio src']);
  });

  it('reads audio with a caption, and the classic [audio] shortcode without its fallback link', () => {
    expect(blocksOf('<figure class="wp-block-audio"><audio controls src="https://cdn.example/interview.mp3"></audio><figcaption>The skipper on the new route</figcaption></figure>')).toEqual([
      { type: 'audio', title: 'The skipper on the new route', sources: [{ src: 'https://cdn.example/interview.mp3' }], caption: 'The skipper on the new route' },
    ]);
    const shortcode = '<audio class="wp-audio-shortcode" id="audio-7-1" preload="none" controls="controls"><source type="audio/mpeg" src="https://cdn.example/tide.mp3?_=1" /><a href="https://cdn.example/tide.mp3">https://cdn.example/tide.mp3</a></audio>';
    expect(blocksOf(shortcode)).toEqual([{ type: 'audio', title: 'tide.mp3', sources: [{ src: 'https://cdn.example/tide.mp3?_=1', type: 'audio/mpeg' }] }]);
  });

  it('keeps a video in a paragraph, lifted out of the text', () => {
    expect(blocksOf('<p>Here: <video src="https://cdn.example/v.mp4" title="Quay cam"></video> there.</p>')).toEqual([
      para(text('Here:')),
      { type: 'video', title: 'Quay cam', source: { kind: 'file', sources: [{ src: 'https://cdn.example/v.mp4' }], tracks: [] } },
      para(text('there.')),
    ]);
  });

  it('never reads fallback content, but reads the story after a video whose end tag never came', () => {
    expect(blocksOf('<video src="https://cdn.example/v.mp4">Your browser cannot play this.</video><p>After.</p>').map((b) => b.type)).toEqual(['video', 'paragraph']);
    expect(blocksOf('<video src="https://cdn.example/v.mp4">Your browser cannot play this. <p>The story goes on.</p><p>And on.</p>')).toEqual([
      { type: 'video', title: 'v.mp4', source: { kind: 'file', sources: [{ src: 'https://cdn.example/v.mp4' }], tracks: [] } },
      para(text('The story goes on.')),
      para(text('And on.')),
    ]);
  });
});
