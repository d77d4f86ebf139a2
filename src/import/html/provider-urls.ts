import { EMBED_PROVIDERS, EMBED_PROVIDER_IDS, isProviderFrame, VIDEO_ID, type EmbedProviderId, type VideoProviderId } from '../../model/providers';

export interface ProviderVideo {
  provider: VideoProviderId;
  id: string;
  start?: number;
}

/** Hosts are matched exactly: "youtube.com.evil.example" is not YouTube. */
const YOUTUBE = new Set(['youtube.com', 'www.youtube.com', 'm.youtube.com', 'youtube-nocookie.com', 'www.youtube-nocookie.com']);
const VIMEO = new Set(['vimeo.com', 'www.vimeo.com', 'player.vimeo.com']);
const DAILYMOTION = new Set(['dailymotion.com', 'www.dailymotion.com', 'geo.dailymotion.com']);

function parse(raw: string): URL | undefined {
  try {
    const url = new URL(raw.startsWith('//') ? `https:${raw}` : raw);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url : undefined;
  } catch {
    return undefined;
  }
}

/** "90", "90s", "1m30s", "1h2m3s" → seconds. */
export function startSeconds(value: string | null): number | undefined {
  if (!value) return undefined;
  const match = /^(?:(\d{1,3})h)?(?:(\d{1,4})m)?(?:(\d{1,6})s?)?$/.exec(value.trim());
  if (!match || match[0] === '') return undefined;
  const [, h, m, s] = match;
  const total = Number(h ?? 0) * 3600 + Number(m ?? 0) * 60 + Number(s ?? 0);
  return total > 0 ? total : undefined;
}

function video(provider: VideoProviderId, id: string | undefined | null, start?: number): ProviderVideo | undefined {
  if (!id || !VIDEO_ID.test(id)) return undefined;
  return start ? { provider, id, start } : { provider, id };
}

/** A YouTube, Vimeo or Dailymotion player or page address → the video it shows. */
export function providerVideo(raw: string): ProviderVideo | undefined {
  const url = parse(raw);
  if (!url || url.username || url.password) return undefined;
  const host = url.hostname.toLowerCase();
  const path = url.pathname.split('/').filter(Boolean);
  if (YOUTUBE.has(host)) {
    const start = startSeconds(url.searchParams.get('start')) ?? startSeconds(url.searchParams.get('t'));
    if (path[0] === 'watch') return video('youtube', url.searchParams.get('v'), start);
    if (['embed', 'shorts', 'live', 'v'].includes(path[0] ?? '') && path.length === 2) return video('youtube', path[1], start);
    return undefined;
  }
  if (host === 'youtu.be') return path.length === 1 ? video('youtube', path[0], startSeconds(url.searchParams.get('t'))) : undefined;
  if (VIMEO.has(host)) {
    const start = startSeconds(/^#?t=(.+)$/.exec(url.hash)?.[1] ?? null);
    const id = host === 'player.vimeo.com' ? (path[0] === 'video' ? path[1] : undefined) : path.at(-1);
    return id && /^\d+$/.test(id) ? video('vimeo', id, start) : undefined;
  }
  if (DAILYMOTION.has(host)) {
    const start = startSeconds(url.searchParams.get('start'));
    if (path[0] === 'embed' && path[1] === 'video') return video('dailymotion', path[2], start);
    if (path[0] === 'video') return video('dailymotion', path[1]?.split('_')[0], start);
    if (host === 'geo.dailymotion.com') return video('dailymotion', url.searchParams.get('video'), start);
    return undefined;
  }
  if (host === 'dai.ly') return path.length === 1 ? video('dailymotion', path[0]) : undefined;
  return undefined;
}

/** Paths a provider serves frames on, where its frame host also serves other pages (Google's). */
const FRAME_PATHS: Partial<Record<EmbedProviderId, RegExp>> = {
  'google-maps': /^\/maps(\/|$)/,
  openstreetmap: /^\/export\/embed\.html$/,
  spotify: /^\/embed(-podcast)?\//,
  scribd: /^\/embeds\//,
};

export interface ProviderFrame {
  provider: EmbedProviderId;
  /** The frame's address as given, on https. */
  src: string;
}

/** An iframe src on one of EMBED_PROVIDERS' frame hosts (exact host, https, no port or credentials) → that provider's frame. */
export function providerFrame(raw: string): ProviderFrame | undefined {
  const url = parse(raw);
  if (!url) return undefined;
  url.protocol = 'https:';
  const src = url.href;
  for (const provider of EMBED_PROVIDER_IDS) {
    const hosts: readonly string[] = EMBED_PROVIDERS[provider].frameHosts;
    if (!hosts.includes(url.hostname)) continue;
    const path = FRAME_PATHS[provider];
    if (path && !path.test(url.pathname)) continue;
    if (isProviderFrame(provider, src)) return { provider, src };
  }
  return undefined;
}
