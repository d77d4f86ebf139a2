// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { keepImageFor } from '../../../src/import/image-hosts';

describe('keepImageFor', () => {
  it('never keeps private or link-local images, and loopback ones only for a loopback site', () => {
    const publicSite = keepImageFor('https://news.example/');
    const localSite = keepImageFor('http://127.0.0.1:8080/');
    for (const src of ['http://169.254.169.254/x.png', 'http://10.0.0.1/x.png', 'http://172.20.0.1/x.png', 'http://192.168.0.9/x.png', 'http://[fe80::1]/x.png', 'http://[fc00::2]/x.png', 'http://[::ffff:169.254.169.254]/x.png', 'http://0.0.0.0/x.png']) {
      expect(publicSite(src), src).toBe(false);
      expect(localSite(src), src).toBe(false);
    }
    for (const src of ['http://127.0.0.1/x.png', 'http://[::1]/x.png', 'http://localhost:3000/x.png']) {
      expect(publicSite(src), src).toBe(false);
      expect(localSite(src), src).toBe(true);
    }
    expect(keepImageFor()('http://127.0.0.1/x.png')).toBe(false);
    expect(publicSite('https://cdn.example/x.png')).toBe(true);
  });
});
