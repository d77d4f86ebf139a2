import type { VideoBlock } from '../../../model/block';
import { VIDEO_ID, VIDEO_PROVIDERS, videoPageUrl, videoPlayerUrl } from '../../../model/providers';
import { FrameFacade } from './FrameFacade';
import { useRichWords } from './rich-words';

type ProviderSource = Extract<VideoBlock['source'], { kind: 'provider' }>;

/** A video at YouTube, Vimeo or Dailymotion: a link to it until the reader asks, then its privacy-mode player. */
export function VideoFacade({ block, source }: { block: VideoBlock; source: ProviderSource }) {
  const words = useRichWords();
  // Re-checked: an id or provider the table does not know never becomes a URL.
  if (!Object.hasOwn(VIDEO_PROVIDERS, source.provider) || typeof source.id !== 'string' || !VIDEO_ID.test(source.id)) return null;
  const provider = VIDEO_PROVIDERS[source.provider];
  const start = typeof source.start === 'number' && Number.isInteger(source.start) && source.start > 0 ? source.start : undefined;
  const page = videoPageUrl(source.provider, source.id);
  return (
    <figure className="video">
      <FrameFacade
        kind="video"
        href={page}
        label={words.playOn(provider.name, block.title)}
        provider={provider.name}
        frame={{ src: videoPlayerUrl(source.provider, source.id, start), title: block.title, sandbox: provider.sandbox, allow: provider.allow }}
        shape={{ aspect: block.aspect ?? { width: 16, height: 9 } }}
        poster={block.poster}
        source={{ href: page, label: words.watchOn(provider.name) }}
      />
      {block.caption && <figcaption>{block.caption}</figcaption>}
    </figure>
  );
}
