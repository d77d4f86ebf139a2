import type { FileBlock } from '../../../model/block';
import { isSafeUrl } from '../../../model/url';
import { useBody } from './body-context';
import { fileFormat, fileSize } from './format';
import { hostOf } from './media-url';
import { useRichWords } from './rich-words';

/** A file to download: "Download {title} (PDF, 2.4 MB)", the size in the story's language. */
export function FileLink({ block }: { block: FileBlock }) {
  const { lang } = useBody();
  const words = useRichWords();
  if (!isSafeUrl(block.href)) return null;
  const bytes = typeof block.bytes === 'number' && Number.isFinite(block.bytes) && block.bytes > 0 ? block.bytes : undefined;
  const details = [fileFormat(block.href), bytes === undefined ? undefined : fileSize(bytes, lang)].filter((part): part is string => part !== undefined);
  const external = hostOf(block.href) !== undefined;
  return (
    <p className="file">
      <a className="file__link" href={block.href} rel={external ? 'noopener noreferrer external' : undefined} download={external ? undefined : ''}>
        {words.download(block.title)}
        {details.length > 0 && (
          <>
            {' '}
            <span className="file__details">({words.fileDetails(details)})</span>
          </>
        )}
      </a>
    </p>
  );
}
