// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { ALL_FRAME_HOSTS } from '../../../../src/model/frame-hosts';
import { CONTENT_SECURITY_POLICY, contentSecurityPolicy } from '../../../../src/pipeline/serve/server-headers';

const directive = (policy: string, name: string) => policy.split('; ').find((d) => d.startsWith(`${name} `));

describe('the Content-Security-Policy', () => {
  it('frames nothing when no story asks for a frame', () => {
    expect(directive(contentSecurityPolicy([]), 'frame-src')).toBe("frame-src 'none'");
  });

  it('frames exactly the hosts given, over https', () => {
    expect(directive(contentSecurityPolicy(['www.youtube-nocookie.com', 'datawrapper.dwcdn.net']), 'frame-src')).toBe('frame-src https://datawrapper.dwcdn.net https://www.youtube-nocookie.com');
  });

  it('sent by the servers, allows every provider and nothing else', () => {
    expect(directive(CONTENT_SECURITY_POLICY, 'frame-src')).toBe(`frame-src ${ALL_FRAME_HOSTS.map((h) => `https://${h}`).join(' ')}`);
    expect(ALL_FRAME_HOSTS).toContain('www.youtube-nocookie.com');
    expect(ALL_FRAME_HOSTS).not.toContain('www.youtube.com');
  });
});
