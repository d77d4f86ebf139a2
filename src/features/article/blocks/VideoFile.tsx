import { useId } from 'react';
import type { VideoBlock } from '../../../model/block';
import { isSafeUrl } from '../../../model/url';
import { mediaUrl } from '../../../ui/paths';
import { isMediaFileUrl } from './media-url';
import { useRichWords } from './rich-words';

type FileSource = Extract<VideoBlock['source'], { kind: 'file' }>;

/** A video of our own: the browser's player, fetching nothing until played, with its captions tracks. */
export function VideoFile({ block, source }: { block: VideoBlock; source: FileSource }) {
  const words = useRichWords();
  const titleId = useId();
  const sources = (source.sources ?? []).filter((s) => isMediaFileUrl(s.src));
  if (sources.length === 0) return null;
  const tracks = (source.tracks ?? []).filter((t) => isMediaFileUrl(t.src));
  const poster = block.poster && isSafeUrl(block.poster.src) ? mediaUrl(block.poster.src) : undefined;
  const aspect = block.aspect ?? { width: 16, height: 9 };
  return (
    <figure className="media media--video">
      {/* Captions come with the video when the newsroom has them; a video without cannot be given them here. */}
      {/* eslint-disable-next-line jsx-a11y/media-has-caption */}
      <video controls preload="none" playsInline poster={poster} width={aspect.width} height={aspect.height} aria-labelledby={titleId}>
        {sources.map((s, i) => (
          <source key={i} src={s.src} type={s.type} />
        ))}
        {tracks.map((t, i) => (
          <track key={i} kind={t.kind} src={t.src} srcLang={t.srclang} label={t.label} />
        ))}
        <a href={sources[0]!.src}>{words.downloadMedia('video', block.title)}</a>
      </video>
      <figcaption>
        <span id={titleId} className="media__title">{block.title}</span>
        {block.caption && <> {block.caption}</>}
      </figcaption>
    </figure>
  );
}
