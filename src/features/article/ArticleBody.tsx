import type { Block } from '../../model/block';
import { BlockView } from './blocks/BlockView';

export function ArticleBody({ body }: { body: readonly Block[] }) {
  return (
    <div className="article__body">
      {body.map((block, i) => (
        <BlockView key={i} block={block} />
      ))}
    </div>
  );
}
