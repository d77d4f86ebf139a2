import type { Plugin } from 'vite';
import { ALL_FRAME_HOSTS } from '../../model/frame-hosts';
import { contentSecurityPolicy } from '../serve/server-headers';
import { buildFacts } from './build-facts';

/**
 * Puts the Content-Security-Policy into the built index.html as a meta tag, so the app runs under it on
 * any host, even one that sends no headers, with frames allowed from exactly the providers the site's
 * stories use (the servers' header allows every provider; the browser enforces both). frame-ancestors
 * only works as a header: the server configs send it. Build only: the dev server needs inline scripts
 * for hot reloading.
 */
export function contentSecurityPolicyMeta(): Plugin {
  return {
    name: 'dateline-csp-meta',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: async () => {
        const { frameHosts } = await buildFacts({ frameHosts: [...ALL_FRAME_HOSTS] });
        const policy = contentSecurityPolicy(frameHosts)
          .split('; ')
          .filter((directive) => !directive.startsWith('frame-ancestors'))
          .join('; ');
        return [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: policy }, injectTo: 'head-prepend' }];
      },
    },
  };
}
