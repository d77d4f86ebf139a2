import { useId } from 'react';
import type { AudioBlock } from '../../../model/block';
import { isMediaFileUrl } from './media-url';
import { useRichWords } from './rich-words';

/** A recording of our own: the browser's player, fetching nothing until played. */
export function AudioPlayer({ block }: { block: AudioBlock }) {
  const words = useRichWords();
  const titleId = useId();
  const sources = (block.sources ?? []).filter((s) => isMediaFileUrl(s.src));
  if (sources.length === 0) return null;
  return (
    <figure className="media media--audio">
      <figcaption>
        <span id={titleId} className="media__title">{block.title}</span>
        {block.caption && <> {block.caption}</>}
      </figcaption>
      {/* The model has no transcript or captions for a recording yet: the title and caption say what it is. */}
      {/* eslint-disable-next-line jsx-a11y/media-has-caption */}
      <audio controls preload="none" aria-labelledby={titleId}>
        {sources.map((s, i) => (
          <source key={i} src={s.src} type={s.type} />
        ))}
        <a href={sources[0]!.src}>{words.downloadMedia('audio', block.title)}</a>
      </audio>
    </figure>
  );
}
