import type { AudioBlock, Block, Image, VideoBlock } from '../../model/block';
import type { ConvertContext } from './context';
import { keptImageUrl } from './convert-image';
import { isElement, type HtmlElement } from './html-node';
import { knownSize } from './image-size';
import { collapsePlainText } from './plain-text';
import { positiveInt } from './srcset';

type Kind = 'video' | 'audio';
const TRACK_KINDS = new Set(['captions', 'subtitles', 'descriptions']);
const SRCLANG = /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/;

/** A media file's address → a safe http(s) URL on a host we may keep, or undefined (with a warning). */
function mediaUrl(raw: string | undefined, what: string, ctx: ConvertContext): string | undefined {
  const value = raw?.trim();
  if (!value) return undefined;
  return keptImageUrl(value, what, ctx);
}

/** "video/mp4; codecs=avc1" → "video/mp4"; a type of the other kind, or junk, → undefined. */
function mediaType(raw: string | undefined, kind: Kind): string | undefined {
  const type = raw?.split(';')[0]?.trim().toLowerCase();
  return type && new RegExp(`^${kind}/[\\w.+-]+$`).test(type) ? type : undefined;
}

/** The file's name, for a title when nothing better is known: ".../Harbour%20at%20night.mp4" → "Harbour at night.mp4". */
export function fileName(url: string): string | undefined {
  const last = new URL(url).pathname.split('/').filter(Boolean).at(-1);
  if (!last) return undefined;
  let name = last;
  try {
    name = decodeURIComponent(last);
  } catch {
    // keep it encoded
  }
  return collapsePlainText(name) || undefined;
}

interface Sources {
  sources: { src: string; type?: string }[];
  /** Sources given but refused (each already warned about). */
  refused: number;
}

function sourcesOf(element: HtmlElement, kind: Kind, ctx: ConvertContext): Sources {
  const candidates = [
    { src: element.attrs.src, type: element.attrs.type },
    ...element.children.filter((c): c is HtmlElement => isElement(c, 'source')).map((s) => ({ src: s.attrs.src, type: s.attrs.type })),
  ];
  const seen = new Set<string>();
  const out: Sources = { sources: [], refused: 0 };
  for (const candidate of candidates) {
    if (!candidate.src?.trim()) continue;
    const src = mediaUrl(candidate.src, `${kind} src`, ctx);
    if (src === undefined) out.refused += 1;
    if (src === undefined || seen.has(src)) continue;
    seen.add(src);
    const type = mediaType(candidate.type, kind);
    out.sources.push(type ? { src, type } : { src });
  }
  return out;
}

function tracksOf(element: HtmlElement, ctx: ConvertContext): Extract<VideoBlock['source'], { kind: 'file' }>['tracks'] {
  const tracks: Extract<VideoBlock['source'], { kind: 'file' }>['tracks'] = [];
  for (const track of element.children.filter((c): c is HtmlElement => isElement(c, 'track'))) {
    const kind = (track.attrs.kind ?? 'subtitles').trim().toLowerCase();
    const srclang = (track.attrs.srclang ?? '').trim();
    if (!TRACK_KINDS.has(kind) || !SRCLANG.test(srclang)) {
      ctx.warn('track-dropped', TRACK_KINDS.has(kind) ? 'no language' : kind);
      continue;
    }
    const src = mediaUrl(track.attrs.src, 'track src', ctx);
    if (src === undefined) continue;
    const label = collapsePlainText(track.attrs.label ?? '') || srclang;
    tracks.push({ src, kind: kind as 'captions' | 'subtitles' | 'descriptions', srclang, label });
  }
  return tracks;
}

/** A poster becomes a still of our own only when its size is known (we never guess a poster's). */
function posterOf(element: HtmlElement, ctx: ConvertContext): Image | undefined {
  const raw = element.attrs.poster?.trim();
  if (!raw) return undefined;
  const src = keptImageUrl(raw, 'poster', ctx);
  if (src === undefined) return undefined;
  const size = knownSize(src, ctx);
  if (!size) {
    ctx.warn('poster-dropped', undefined, src);
    return undefined;
  }
  return { src, alt: '', width: size.width, height: size.height };
}

/**
 * <video>/<audio> with a src or <source>s → a video of our own files (with its text tracks and poster)
 * or an audio block. Fallback content inside (a "your browser cannot play this" link) is not read: it
 * stands for the same file. Titled from the enclosing figure's caption, else the title attribute, else
 * the file's name.
 */
export function convertMedia(element: HtmlElement, ctx: ConvertContext): Block[] {
  const kind: Kind = element.name === 'audio' ? 'audio' : 'video';
  const { sources, refused } = sourcesOf(element, kind, ctx);
  if (sources.length === 0) {
    if (refused === 0) ctx.warn('media-dropped', kind);
    return [];
  }
  const caption = ctx.figure?.caption;
  const title = caption || collapsePlainText(element.attrs.title ?? element.attrs['aria-label'] ?? '') || fileName(sources[0]!.src) || kind;
  if (kind === 'audio') {
    const audio: AudioBlock = { type: 'audio', title, sources };
    return [audio];
  }
  const width = positiveInt(element.attrs.width);
  const height = positiveInt(element.attrs.height);
  const poster = posterOf(element, ctx);
  const block: VideoBlock = {
    type: 'video',
    title,
    source: { kind: 'file', sources, tracks: tracksOf(element, ctx) },
    ...(width && height ? { aspect: { width, height } } : {}),
    ...(poster ? { poster } : {}),
  };
  return [block];
}
