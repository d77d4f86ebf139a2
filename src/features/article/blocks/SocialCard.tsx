import type { SocialBlock } from '../../../model/block';
import { SOCIAL_NETWORKS } from '../../../model/providers';
import { isSafeUrl } from '../../../model/url';
import { Figure } from './Figure';
import { Inlines } from './Inlines';
import { useRichWords } from './rich-words';

const MEDIA_SIZES = '(min-width: 70rem) 20rem, 50vw';

/**
 * A post on a social network, drawn from its text: author, handle, words, pictures, date, and a link to
 * the post. The network's script and frame never load; nothing is asked of it until the reader follows the link.
 */
export function SocialCard({ block }: { block: SocialBlock }) {
  const words = useRichWords();
  const network: string = Object.hasOwn(SOCIAL_NETWORKS, block.network) ? SOCIAL_NETWORKS[block.network] : String(block.network);
  const media = block.media ?? [];
  return (
    <article className="social" aria-label={words.postBy(block.author, network)}>
      {(block.author || block.handle) && (
        <p className="social__by">
          {block.author && <bdi className="social__author">{block.author}</bdi>}
          {block.author && block.handle && ' '}
          {block.handle && (
            <span className="social__handle" dir="ltr">
              {block.handle}
            </span>
          )}
        </p>
      )}
      {(block.text ?? []).length > 0 && (
        <p className="social__text" dir="auto">
          <Inlines content={block.text} />
        </p>
      )}
      {media.length > 0 && (
        <div className="social__media">
          {media.map((image, i) => (
            <Figure key={i} image={image} className="figure social__picture" sizes={MEDIA_SIZES} />
          ))}
        </div>
      )}
      <p className="social__foot">
        {block.date && <span className="social__date">{block.date}</span>}
        {block.date && isSafeUrl(block.url) && ' '}
        {isSafeUrl(block.url) && (
          <a href={block.url} rel="noopener noreferrer external">
            {words.viewOn(network)}
          </a>
        )}
      </p>
    </article>
  );
}
