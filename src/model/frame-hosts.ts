import type { Block } from './block';
import { EMBED_PROVIDERS, VIDEO_PROVIDERS } from './providers';

/**
 * The hosts a body may load a frame from once its reader asks: each provider video's player host and
 * each framed embed's provider hosts. The build allows exactly these in the pages' frame-src.
 */
export function frameHostsOf(body: readonly Block[], into = new Set<string>()): Set<string> {
  for (const block of body) {
    if (block.type === 'video' && block.source.kind === 'provider') for (const host of VIDEO_PROVIDERS[block.source.provider].frameHosts) into.add(host);
    else if (block.type === 'embed' && block.frame) for (const host of EMBED_PROVIDERS[block.frame.provider].frameHosts) into.add(host);
    else if (block.type === 'details') frameHostsOf(block.blocks, into);
  }
  return into;
}

/** Every host any provider may frame from: the most a page could ever need. */
export const ALL_FRAME_HOSTS: readonly string[] = [
  ...new Set([...Object.values(VIDEO_PROVIDERS), ...Object.values(EMBED_PROVIDERS)].flatMap((p) => p.frameHosts)),
].sort();
