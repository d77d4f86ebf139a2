import type { CodeBlock as Code } from '../../../model/block';
import { ScrollRegion } from './ScrollRegion';
import { useRichWords } from './rich-words';

/** Code, every space, tab and line break as written, left to right in any story, scrolling sideways within itself. No highlighter: it would cost every reader. */
export function CodeBlock({ block }: { block: Code }) {
  const words = useRichWords();
  const language = typeof block.language === 'string' && /^[\w+#.-]{1,40}$/.test(block.language) ? block.language : undefined;
  return (
    <div className="code-block" dir="ltr">
      {language && <p className="code-block__language">{language}</p>}
      <ScrollRegion className="code-block__scroll" label={words.code(language)}>
        <pre data-language={language}>
          <code>{block.text}</code>
        </pre>
      </ScrollRegion>
    </div>
  );
}
