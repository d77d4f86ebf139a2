// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { blocksOf, convert, kinds, para, text } from './convert-helpers';

const embedFigure = (inner: string, classes = '', caption = '') =>
  `<figure class="wp-block-embed ${classes}"><div class="wp-block-embed__wrapper">${inner}</div>${caption ? `<figcaption class="wp-element-caption">${caption}</figcaption>` : ''}</figure>`;
const iframe = (src: string, attrs = '') => `<iframe src="${src}" ${attrs} frameborder="0" allowfullscreen></iframe>`;

describe('provider videos', () => {
  it('turns WordPress\'s YouTube embed into a provider video, titled from the iframe, shaped by the aspect class, with the caption', () => {
    const html = embedFigure(iframe('https://www.youtube.com/embed/dQw4w9WgXcQ?feature=oembed', 'title="Night ferry timelapse" width="500" height="281"'), 'is-type-video is-provider-youtube wp-embed-aspect-16-9 wp-has-aspect-ratio', 'Filmed from the upper deck.');
    expect(blocksOf(html)).toEqual([
      {
        type: 'video',
        title: 'Night ferry timelapse',
        source: { kind: 'provider', provider: 'youtube', id: 'dQw4w9WgXcQ' },
        aspect: { width: 16, height: 9 },
        caption: 'Filmed from the upper deck.',
      },
    ]);
  });

  it('reads youtu.be, youtube-nocookie, watch and shorts addresses, and the start time', () => {
    const sources = [
      ['https://youtu.be/abc123DEF_-?t=1m30s', 90],
      ['https://www.youtube-nocookie.com/embed/abc123DEF_-?start=42', 42],
      ['https://www.youtube.com/watch?v=abc123DEF_-&t=15s', 15],
      ['//www.youtube.com/shorts/abc123DEF_-', undefined],
    ] as const;
    for (const [src, start] of sources) {
      const [video] = blocksOf(iframe(src));
      expect(video).toMatchObject({ type: 'video', source: { kind: 'provider', provider: 'youtube', id: 'abc123DEF_-', ...(start ? { start } : {}) } });
      if (!start) expect(video).not.toHaveProperty('source.start');
    }
  });

  it('reads Vimeo and Dailymotion players, the shape from width/height when no class gives it', () => {
    expect(blocksOf(iframe('https://player.vimeo.com/video/76979871?h=8272103f6e&dnt=1', 'width="640" height="360"'))).toEqual([
      { type: 'video', title: 'Vimeo video', source: { kind: 'provider', provider: 'vimeo', id: '76979871' }, aspect: { width: 640, height: 360 } },
    ]);
    expect(blocksOf(iframe('https://www.dailymotion.com/embed/video/x8abc12', 'title="Regatta"'))).toEqual([
      { type: 'video', title: 'Regatta', source: { kind: 'provider', provider: 'dailymotion', id: 'x8abc12' } },
    ]);
  });

  it('titles a video from the figure caption when the iframe has no title', () => {
    const [video] = blocksOf(embedFigure(iframe('https://www.youtube.com/embed/abcdefghijk'), '', 'The lock gates opening'));
    expect(video).toMatchObject({ type: 'video', title: 'The lock gates opening', caption: 'The lock gates opening' });
  });

  it('lifts an oEmbed iframe out of a classic-editor paragraph, splitting the text around it', () => {
    expect(blocksOf(`<p>Watch this: ${iframe('https://www.youtube.com/embed/abcdefghijk', 'title="Tide"')} and then read on.</p>`)).toEqual([
      para(text('Watch this:')),
      { type: 'video', title: 'Tide', source: { kind: 'provider', provider: 'youtube', id: 'abcdefghijk' } },
      para(text('and then read on.')),
    ]);
  });

  it('looks past a lazy-loading placeholder (src="about:blank" with data-src)', () => {
    const [video] = blocksOf('<iframe src="about:blank" data-src="https://www.youtube.com/embed/abcdefghijk"></iframe>');
    expect(video).toMatchObject({ type: 'video', source: { id: 'abcdefghijk' } });
  });
});

describe('provider frames', () => {
  it('keeps a Datawrapper chart as a frame on https, with its fixed height, titled from the iframe', () => {
    const html = embedFigure(iframe('//datawrapper.dwcdn.net/Ab3dE/2/', 'title="Ferry passengers by month" width="100%" height="420"'));
    expect(blocksOf(html)).toEqual([
      {
        type: 'embed',
        provider: 'Datawrapper',
        url: 'https://datawrapper.dwcdn.net/Ab3dE/2/',
        title: 'Ferry passengers by month',
        frame: { provider: 'datawrapper', src: 'https://datawrapper.dwcdn.net/Ab3dE/2/', height: 420 },
      },
    ]);
  });

  it('normalises an http frame on a provider host to https, and keeps Flourish, Spotify and SoundCloud frames', () => {
    const frames = blocksOf(
      iframe('http://flo.uri.sh/visualisation/123456/embed', 'width="700" height="500"') +
        iframe('https://open.spotify.com/embed/episode/4rOoJ6Egrf8K2IrywzwOMk') +
        iframe('https://w.soundcloud.com/player/?url=https%3A//api.soundcloud.com/tracks/293&color=%23ff5500'),
    );
    expect(frames.map((b) => (b.type === 'embed' ? [b.frame?.provider, b.frame?.src] : b.type))).toEqual([
      ['flourish', 'https://flo.uri.sh/visualisation/123456/embed'],
      ['spotify', 'https://open.spotify.com/embed/episode/4rOoJ6Egrf8K2IrywzwOMk'],
      ['soundcloud', 'https://w.soundcloud.com/player/?url=https%3A//api.soundcloud.com/tracks/293&color=%23ff5500'],
    ]);
    expect(frames[0]).toMatchObject({ frame: { aspect: { width: 700, height: 500 } } });
  });

  it('keeps a Google Maps frame only on its /maps path (www.google.com serves much else)', () => {
    const [map, other] = blocksOf(iframe('https://www.google.com/maps/embed?pb=!1m18') + iframe('https://www.google.com/search?q=ferries'));
    expect(map).toMatchObject({ type: 'embed', frame: { provider: 'google-maps' } });
    expect(other).toMatchObject({ type: 'embed', url: 'https://www.google.com/search?q=ferries' });
    expect(other).not.toHaveProperty('frame');
  });

  it('caps a frame\'s height', () => {
    const [chart] = blocksOf(iframe('https://datawrapper.dwcdn.net/x/1/', 'height="99999"'));
    expect(chart).toMatchObject({ frame: { height: 4000 } });
  });
});

describe('other frames: never a frame', () => {
  it('keeps an iframe from an unlisted host as a link card to it, counted', () => {
    const { blocks, warnings } = convert(iframe('https://maps.council.example/ferries?zoom=3', 'title="Ferry routes"'));
    expect(blocks).toEqual([{ type: 'embed', provider: 'maps.council.example', url: 'https://maps.council.example/ferries?zoom=3', title: 'Ferry routes' }]);
    expect(kinds(warnings)).toEqual(['frame-as-link maps.council.example']);
  });

  it('is not fooled by a host that only starts like a provider\'s', () => {
    for (const src of ['https://www.youtube.com.evil.example/embed/abcdefghijk', 'https://evil.example/www.youtube.com/embed/abcdefghijk', 'https://datawrapper.dwcdn.net.evil.example/a/1/']) {
      const [card] = blocksOf(iframe(src));
      expect(card).toMatchObject({ type: 'embed', url: src });
      expect(card).not.toHaveProperty('frame');
    }
  });

  it('refuses a provider frame with credentials or a port: a link card at most', () => {
    const cards = blocksOf(iframe('https://user:pw@datawrapper.dwcdn.net/a/1/') + iframe('https://datawrapper.dwcdn.net:8443/a/1/'));
    expect(cards.map((c) => c.type)).toEqual(['embed', 'embed']);
    for (const card of cards) expect(card).not.toHaveProperty('frame');
  });

  it('drops javascript:, data: and srcdoc-only iframes, never reading their content, with warnings', () => {
    const { blocks, warnings } = convert(`<p>Kept.</p>${iframe('javascript:alert(1)')}${iframe('data:text/html,<p>x</p>')}<iframe srcdoc="<p>inside</p>">fallback words</iframe>`);
    expect(blocks).toEqual([para(text('Kept.'))]);
    expect(kinds(warnings)).toEqual(['unsafe-url iframe src', 'unsafe-url iframe src', 'element-dropped <iframe> without src']);
  });

  it('reads the story after an iframe whose end tag never came, not its inline fallback', () => {
    expect(blocksOf('<p>Before.</p><iframe src="https://www.youtube.com/embed/abcdefghijk">fallback <p>After, the story goes on.</p>')).toEqual([
      para(text('Before.')),
      { type: 'video', title: 'YouTube video', source: { kind: 'provider', provider: 'youtube', id: 'abcdefghijk' } },
      para(text('After, the story goes on.')),
    ]);
  });
});

describe('figure.wp-block-embed without a player', () => {
  it('turns a bare URL (WordPress could not embed it) into a link card, its caption after', () => {
    const { blocks, warnings } = convert(embedFigure('\n  https://harbour.example/timetable/\n', '', 'The new timetable'));
    expect(blocks).toEqual([
      { type: 'embed', provider: 'harbour.example', url: 'https://harbour.example/timetable/', title: 'https://harbour.example/timetable/' },
      para(text('The new timetable')),
    ]);
    expect(kinds(warnings)).toEqual(['embed-as-link harbour.example']);
  });

  it('turns the lone link WordPress writes for an unknown provider into a link card', () => {
    expect(blocksOf(embedFigure('<a href="https://harbour.example/page">Harbour page</a>'))).toEqual([
      { type: 'embed', provider: 'harbour.example', url: 'https://harbour.example/page', title: 'Harbour page' },
    ]);
  });

  it('drops a bare javascript: URL with a warning', () => {
    const { blocks, warnings } = convert(embedFigure('<a href="javascript:alert(1)">x</a>'));
    expect(blocks).toEqual([]);
    expect(kinds(warnings)).toEqual(['unsafe-url a href']);
  });

  it('turns a WordPress post embed (blockquote + frame twin) into one link card', () => {
    const html = embedFigure(
      '<blockquote class="wp-embedded-content" data-secret="s3"><a href="https://other.example/2026/ferries/">Ferries are back</a></blockquote>' +
        '<iframe class="wp-embedded-content" sandbox="allow-scripts" src="https://other.example/2026/ferries/embed/#?secret=s3" data-secret="s3" title="“Ferries are back” — Other"></iframe>',
      'is-type-wp-embed is-provider-other',
    );
    const { blocks, warnings } = convert(html);
    expect(blocks).toEqual([{ type: 'embed', provider: 'other.example', url: 'https://other.example/2026/ferries/', title: 'Ferries are back' }]);
    expect(warnings).toEqual([]);
  });

  it('does not repeat the caption after a frame titled with it', () => {
    const blocks = blocksOf(embedFigure(iframe('https://datawrapper.dwcdn.net/q/1/', 'height="300"'), '', 'Passengers per day'));
    expect(blocks).toEqual([
      { type: 'embed', provider: 'Datawrapper', url: 'https://datawrapper.dwcdn.net/q/1/', title: 'Passengers per day', frame: { provider: 'datawrapper', src: 'https://datawrapper.dwcdn.net/q/1/', height: 300 } },
    ]);
  });

  it('takes a lone link beside a provider frame as the frame\'s page, not repeating it', () => {
    const html = embedFigure(`${iframe('https://www.scribd.com/embeds/555/content?start_page=1')}<p><a href="https://www.scribd.com/document/555/Harbour-Plan">Harbour plan</a></p>`);
    expect(blocksOf(html)).toEqual([
      { type: 'embed', provider: 'Scribd', url: 'https://www.scribd.com/document/555/Harbour-Plan', title: 'Harbour plan', frame: { provider: 'scribd', src: 'https://www.scribd.com/embeds/555/content?start_page=1' } },
    ]);
  });
});

describe('script embeds', () => {
  it('turns Flourish, Infogram and Datawrapper script embeds into the frames their scripts would make, counting the scripts', () => {
    const html =
      '<div class="flourish-embed flourish-chart" data-src="visualisation/1234567"><script src="https://public.flourish.studio/resources/embed.js"></script><noscript><img src="https://public.flourish.studio/visualisation/1234567/thumbnail" alt="Catch by species" /></noscript></div>' +
      '<div class="infogram-embed" data-id="abc-123" data-type="interactive" data-title="Fares"></div><script>!function(){}()</script>' +
      '<div style="min-height:400px" id="datawrapper-vis-Xy12z"><script type="text/javascript" defer src="https://datawrapper.dwcdn.net/Xy12z/embed.js" charset="utf-8" data-target="#datawrapper-vis-Xy12z"></script></div>';
    const { blocks, warnings } = convert(html);
    expect(blocks).toEqual([
      { type: 'embed', provider: 'Flourish', url: 'https://public.flourish.studio/visualisation/1234567/', title: 'Catch by species', frame: { provider: 'flourish', src: 'https://flo.uri.sh/visualisation/1234567/embed' } },
      { type: 'embed', provider: 'Infogram', url: 'https://e.infogram.com/abc-123', title: 'Fares', frame: { provider: 'infogram', src: 'https://e.infogram.com/abc-123?src=embed' } },
      { type: 'embed', provider: 'Datawrapper', url: 'https://datawrapper.dwcdn.net/Xy12z/', title: 'Datawrapper', frame: { provider: 'datawrapper', src: 'https://datawrapper.dwcdn.net/Xy12z/' } },
    ]);
    expect(kinds(warnings)).toEqual(['embed-script-dropped flo.uri.sh', 'embed-script-dropped e.infogram.com', 'element-dropped <script>', 'embed-script-dropped datawrapper.dwcdn.net']);
  });

  it('refuses a script embed whose path could reach elsewhere', () => {
    expect(blocksOf('<div class="flourish-embed" data-src="../../evil.example/x"><script src="https://public.flourish.studio/resources/embed.js"></script></div>')).toEqual([]);
  });
});
