import { lazy, Suspense, type ComponentType } from 'react';
import type { Block } from '../../../model/block';
import type { RichBlockProps } from './RichBlockView';

/**
 * The block types drawn by the rich chunk (RichBlockView): players, cards, tables, code… Most stories
 * have none, so their first load does not carry them. The prerender loads the chunk before it renders,
 * and the browser before it hydrates a story that needs it (so hydration meets the same tree); a story
 * opened later in the app shows a quiet placeholder for the moment the chunk takes to arrive.
 */
export const RICH_TYPES = ['gallery', 'video', 'audio', 'social', 'embed', 'table', 'code', 'preformatted', 'file', 'details', 'footnotes'] as const;
export type RichType = (typeof RICH_TYPES)[number];
export type RichBlock = Extract<Block, { type: RichType }>;

const richTypes: ReadonlySet<string> = new Set(RICH_TYPES);

/** Whether a body has a block only the rich chunk draws. */
export function needsRichBlocks(body: readonly Block[]): boolean {
  return body.some((block) => richTypes.has(block.type));
}

type View = ComponentType<RichBlockProps>;
let loaded: View | undefined;
let loading: Promise<View> | undefined;

/** Loads the rich chunk (once); resolves when blocks can be drawn without waiting. */
export function loadRichBlocks(): Promise<View> {
  loading ??= import('./RichBlockView').then((m) => (loaded = m.RichBlockView));
  return loading;
}

/**
 * Before hydration: if a story in the cache the prerendered page came with needs the rich chunk, load
 * it, so the first render in the browser draws what the prerender drew.
 */
export async function loadRichBlocksFor(bodies: readonly (readonly Block[])[]): Promise<void> {
  if (bodies.some(needsRichBlocks)) await loadRichBlocks();
}

const LazyRichBlockView = lazy(() => loadRichBlocks().then((view) => ({ default: view })));

export function RichBlockSlot(props: RichBlockProps) {
  if (loaded) {
    const View = loaded;
    return <View {...props} />;
  }
  return (
    <Suspense fallback={<div className="rich-placeholder" aria-hidden="true" />}>
      <LazyRichBlockView {...props} />
    </Suspense>
  );
}
