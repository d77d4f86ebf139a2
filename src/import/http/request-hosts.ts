import { hostKind } from './address-kind';

/** Whether `--allow-host` names the URL's host (with or without its port). */
export function isAllowedHost(url: URL, allowHosts: readonly string[]): boolean {
  const names = [url.hostname.toLowerCase(), url.host.toLowerCase(), url.hostname.toLowerCase().replace(/^\[(.*)\]$/, '$1')];
  return allowHosts.some((host) => names.includes(host.toLowerCase()));
}

/**
 * Why the importer will not request `target` when asked for `origin` (undefined when it will): another
 * host than the one asked for (a redirect, an advertised address), or a private or link-local address.
 * Loopback is reachable only as the host asked for (a local test server, say), never by being pointed
 * to it; `--allow-host` lifts both refusals for the hosts it names.
 */
export function requestRefusal(target: URL, origin: URL, allowHosts: readonly string[] = []): string | undefined {
  if (isAllowedHost(target, allowHosts)) return undefined;
  const allow = `pass --allow-host ${target.hostname} to allow it`;
  if (target.host.toLowerCase() !== origin.host.toLowerCase()) return `points to ${target.href}, on another host than ${origin.host}; ${allow}`;
  // Same host from here on, so a loopback target means a loopback origin: what was asked for.
  if (hostKind(target.hostname) === 'private') return `${target.hostname} is a private or link-local address; ${allow}`;
  return undefined;
}
