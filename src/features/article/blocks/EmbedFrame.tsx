import type { EmbedBlock } from '../../../model/block';
import { EMBED_PROVIDERS, isProviderFrame, type EmbedProviderId } from '../../../model/providers';
import { isSafeUrl } from '../../../model/url';
import { FrameFacade, type FrameShape } from './FrameFacade';
import { useRichWords } from './rich-words';

type Frame = NonNullable<EmbedBlock['frame']>;

/** The frame, if the provider table knows its provider and its src is on one of that provider's hosts (checked again here). */
function knownFrame(frame: Frame | undefined): (Frame & { provider: EmbedProviderId }) | undefined {
  if (!frame || !Object.hasOwn(EMBED_PROVIDERS, frame.provider) || typeof frame.src !== 'string') return undefined;
  return isProviderFrame(frame.provider, frame.src) ? frame : undefined;
}

/** Another site's content: a link to the original, as it was published. */
function EmbedCard({ block }: { block: EmbedBlock }) {
  return (
    <p className="embed">
      <a href={block.url} rel="noopener noreferrer external">
        {block.title}
      </a>{' '}
      <span className="embed__provider">({block.provider})</span>
    </p>
  );
}

/**
 * A third party's content. A provider's chart, map or player is a link to the original until the
 * reader loads it in place, sandboxed; anything else is the link card. A hostile URL shows nothing.
 */
export function Embed({ block }: { block: EmbedBlock }) {
  const words = useRichWords();
  if (!isSafeUrl(block.url)) return null;
  const frame = knownFrame(block.frame);
  if (!frame) return <EmbedCard block={block} />;
  const provider = EMBED_PROVIDERS[frame.provider];
  const shape: FrameShape = frame.aspect ? { aspect: frame.aspect } : frame.height ? { height: frame.height } : { aspect: { width: 3, height: 2 } };
  return (
    <figure className="embed-frame">
      <FrameFacade
        kind="embed"
        href={block.url}
        label={words.loadFrame(provider.kind, provider.name, block.title)}
        provider={provider.name}
        frame={{ src: frame.src, title: block.title, sandbox: provider.sandbox, allow: provider.allow }}
        shape={shape}
        source={{ href: block.url, label: block.title }}
      />
    </figure>
  );
}
