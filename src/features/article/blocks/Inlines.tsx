import type { Inline } from '../../../model/inline';
import { BodyLink } from './BodyLink';
import { NoteMark } from './NoteMark';
import { skipUnknown } from './skip-unknown';

/** Running text: every inline type the model has, and nothing else. */
export function Inlines({ content }: { content: readonly Inline[] }) {
  return (
    <>
      {content.map((node, i) => {
        switch (node.type) {
          case 'text':
            return node.text;
          case 'em':
            return <em key={i}><Inlines content={node.children} /></em>;
          case 'strong':
            return <strong key={i}><Inlines content={node.children} /></strong>;
          case 'sup':
            return <sup key={i}><Inlines content={node.children} /></sup>;
          case 'sub':
            return <sub key={i}><Inlines content={node.children} /></sub>;
          case 'strike':
            return <s key={i}><Inlines content={node.children} /></s>;
          case 'code':
            return <code key={i}>{node.text}</code>;
          case 'link':
            return <BodyLink key={i} href={node.href}><Inlines content={node.children} /></BodyLink>;
          case 'note':
            return <NoteMark key={i} mark={node} />;
          case 'break':
            return <br key={i} />;
          default:
            return skipUnknown('inline', node);
        }
      })}
    </>
  );
}
