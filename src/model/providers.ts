// No zod here: the browser bundle reads this table to build players and the pipeline to write the CSP.

/**
 * The third parties a story may show a frame from, and how. Nothing here is loaded until a reader asks
 * (a facade stands in); then the frame comes from `frameHosts` only, sandboxed with `sandbox` and
 * allowed `allow`. Adding a provider is one entry: the importer recognises its frames, the renderer
 * plays it and the Content-Security-Policy lets exactly the providers a site uses through.
 */
export interface FrameProvider {
  /** Shown to the reader: "Play on YouTube", "Load the chart from Datawrapper". */
  name: string;
  kind: 'video' | 'audio' | 'chart' | 'map' | 'document';
  /** Hosts the provider serves its frames from (exact names; the importer accepts these in an iframe src). */
  frameHosts: readonly string[];
  /** The iframe's sandbox tokens: what the frame may do. */
  sandbox: string;
  /** The iframe's `allow` (Permissions-Policy) list. */
  allow: string;
}

const PLAYER_SANDBOX = 'allow-scripts allow-same-origin allow-presentation allow-popups allow-popups-to-escape-sandbox';
const WIDGET_SANDBOX = 'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox';
const PLAYER_ALLOW = 'autoplay; encrypted-media; picture-in-picture; fullscreen';

export const VIDEO_PROVIDERS = {
  youtube: { name: 'YouTube', kind: 'video', frameHosts: ['www.youtube-nocookie.com'], sandbox: PLAYER_SANDBOX, allow: PLAYER_ALLOW },
  vimeo: { name: 'Vimeo', kind: 'video', frameHosts: ['player.vimeo.com'], sandbox: PLAYER_SANDBOX, allow: PLAYER_ALLOW },
  dailymotion: { name: 'Dailymotion', kind: 'video', frameHosts: ['www.dailymotion.com'], sandbox: PLAYER_SANDBOX, allow: PLAYER_ALLOW },
} as const satisfies Record<string, FrameProvider>;
export type VideoProviderId = keyof typeof VIDEO_PROVIDERS;
export const VIDEO_PROVIDER_IDS = Object.keys(VIDEO_PROVIDERS) as [VideoProviderId, ...VideoProviderId[]];

export const EMBED_PROVIDERS = {
  datawrapper: { name: 'Datawrapper', kind: 'chart', frameHosts: ['datawrapper.dwcdn.net'], sandbox: WIDGET_SANDBOX, allow: 'fullscreen' },
  flourish: { name: 'Flourish', kind: 'chart', frameHosts: ['flo.uri.sh', 'public.flourish.studio'], sandbox: WIDGET_SANDBOX, allow: 'fullscreen' },
  infogram: { name: 'Infogram', kind: 'chart', frameHosts: ['e.infogram.com'], sandbox: WIDGET_SANDBOX, allow: 'fullscreen' },
  soundcloud: { name: 'SoundCloud', kind: 'audio', frameHosts: ['w.soundcloud.com'], sandbox: WIDGET_SANDBOX, allow: 'autoplay' },
  spotify: { name: 'Spotify', kind: 'audio', frameHosts: ['open.spotify.com'], sandbox: WIDGET_SANDBOX, allow: 'autoplay; encrypted-media' },
  'google-maps': { name: 'Google Maps', kind: 'map', frameHosts: ['www.google.com'], sandbox: WIDGET_SANDBOX, allow: 'fullscreen' },
  openstreetmap: { name: 'OpenStreetMap', kind: 'map', frameHosts: ['www.openstreetmap.org'], sandbox: WIDGET_SANDBOX, allow: 'fullscreen' },
  scribd: { name: 'Scribd', kind: 'document', frameHosts: ['www.scribd.com'], sandbox: WIDGET_SANDBOX, allow: 'fullscreen' },
} as const satisfies Record<string, FrameProvider>;
export type EmbedProviderId = keyof typeof EMBED_PROVIDERS;
export const EMBED_PROVIDER_IDS = Object.keys(EMBED_PROVIDERS) as [EmbedProviderId, ...EmbedProviderId[]];

/**
 * Where a provider video plays, starting at once (the reader asked): in the provider's privacy mode where
 * it has one (YouTube's no-cookie host, Vimeo's do-not-track); Dailymotion has none, so for it only the
 * facade keeps the reader's visit from the provider until they press play.
 */
export function videoPlayerUrl(provider: VideoProviderId, id: string, start?: number): string {
  const id_ = encodeURIComponent(id);
  const at = start ? String(Math.floor(start)) : undefined;
  switch (provider) {
    case 'youtube':
      return `https://www.youtube-nocookie.com/embed/${id_}?autoplay=1&rel=0${at ? `&start=${at}` : ''}`;
    case 'vimeo':
      return `https://player.vimeo.com/video/${id_}?dnt=1&autoplay=1${at ? `#t=${at}s` : ''}`;
    case 'dailymotion':
      return `https://www.dailymotion.com/embed/video/${id_}?autoplay=1${at ? `&start=${at}` : ''}`;
  }
}

/** Where a provider video's own page is: the link shown without JavaScript, and "Watch on …". */
export function videoPageUrl(provider: VideoProviderId, id: string): string {
  const id_ = encodeURIComponent(id);
  switch (provider) {
    case 'youtube':
      return `https://www.youtube.com/watch?v=${id_}`;
    case 'vimeo':
      return `https://vimeo.com/${id_}`;
    case 'dailymotion':
      return `https://www.dailymotion.com/video/${id_}`;
  }
}

/** Whether `src` is an https address on one of the provider's frame hosts. */
export function isProviderFrame(provider: EmbedProviderId, src: string): boolean {
  let url: URL;
  try {
    url = new URL(src);
  } catch {
    return false;
  }
  const hosts: readonly string[] = EMBED_PROVIDERS[provider].frameHosts;
  return url.protocol === 'https:' && url.username === '' && url.password === '' && url.port === '' && hosts.includes(url.hostname);
}

/** A video id as the providers write them: letters, digits, "-" and "_". */
export const VIDEO_ID = /^[A-Za-z0-9_-]{1,64}$/;

/** The networks a social post card names (the card is drawn from the post's text; no script of theirs runs). */
export const SOCIAL_NETWORKS = {
  x: 'X',
  instagram: 'Instagram',
  facebook: 'Facebook',
  tiktok: 'TikTok',
  bluesky: 'Bluesky',
  mastodon: 'Mastodon',
  threads: 'Threads',
} as const;
export type SocialNetwork = keyof typeof SOCIAL_NETWORKS;
export const SOCIAL_NETWORK_IDS = Object.keys(SOCIAL_NETWORKS) as [SocialNetwork, ...SocialNetwork[]];
