import type { Block } from '../../model/block';
import type { ConvertContext } from './context';
import type { HtmlNode } from './html-node';

/** Reads nodes as blocks (convertBlocks): passed to the converters of containers, so they need not import it. */
export type ReadBlocks = (nodes: readonly HtmlNode[], ctx: ConvertContext) => Block[];
