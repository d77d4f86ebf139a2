import type { Plugin } from 'vite';
import { CONTENT_SECURITY_POLICY } from '../serve/server-headers';

/**
 * Puts the Content-Security-Policy into the built index.html as a meta tag, so the app runs under it on
 * any host, even one that sends no headers. (frame-ancestors only works as a header: the server configs
 * send it.) Build only: the dev server needs inline scripts for hot reloading.
 */
export function contentSecurityPolicyMeta(): Plugin {
  const policy = CONTENT_SECURITY_POLICY.split('; ')
    .filter((directive) => !directive.startsWith('frame-ancestors'))
    .join('; ');
  return {
    name: 'dateline-csp-meta',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: policy }, injectTo: 'head-prepend' }],
    },
  };
}
