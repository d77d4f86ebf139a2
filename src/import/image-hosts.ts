import { hostKind } from './http/address-kind';
import { isHttpUrl } from './urls';

/** Whether an image URL (already safe and absolute) may be kept in content. */
export type KeepImage = (src: string) => boolean;

/**
 * Images on private and link-local addresses (169.254.169.254, 10/8, fc00::/7, …) are never kept: a
 * reader's browser would ask its own network for them. Loopback ones are kept only when the site
 * itself is on loopback (a local development site); hostnames that are not IP literals are kept.
 */
export function keepImageFor(siteUrl?: string): KeepImage {
  const siteIsLoopback = siteUrl !== undefined && isHttpUrl(siteUrl) && hostKind(new URL(siteUrl).hostname) === 'loopback';
  return (src) => {
    const kind = hostKind(new URL(src).hostname);
    return kind === 'public' || (kind === 'loopback' && siteIsLoopback);
  };
}
