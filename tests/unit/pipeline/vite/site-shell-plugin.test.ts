// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { siteShell } from '../../../../src/pipeline/vite/site-shell-plugin';

const transform = (html: string, site: Parameters<typeof siteShell>[0]) => {
  const hook = siteShell(site).transformIndexHtml as { handler: (html: string) => string };
  return hook.handler(html);
};

describe('the app shell in the site\'s identity', () => {
  const shell = readFileSync('index.html', 'utf8');

  it('puts the site\'s name, description, language and direction into index.html', () => {
    const html = transform(shell, { name: 'روزنامهٔ بندر', shortName: 'بندر', description: 'خبرهای بندر', lang: 'fa', dir: 'rtl', icon: 'logo.svg', screenshots: [], colors: {} });
    expect(html).toContain('<html lang="fa" dir="rtl">');
    expect(html).toContain('<title>روزنامهٔ بندر</title>');
    expect(html).toContain('<meta name="description" content="خبرهای بندر" />');
    expect(html).not.toContain('Dateline');
  });

  it('a name or description with markup stays text', () => {
    const html = transform(shell, { name: '</title><script>alert(1)</script>', shortName: 'x', description: '" onload="alert(1)', lang: 'en', dir: 'ltr', icon: 'logo.svg', screenshots: [], colors: {} });
    expect(html).not.toContain('<script>alert(1)');
    expect(html).toContain('<title>&lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt;</title>');
    expect(html).toContain('content="&quot; onload=&quot;alert(1)"');
  });

  it("paints the newsroom's accents and bar colour, and nothing when it gives none", () => {
    const site = { name: 'Harbour Times', shortName: 'Harbour', description: 'News', lang: 'en', dir: 'ltr' as const, icon: 'logo.svg', screenshots: [] };
    const html = transform(shell, { ...site, colors: { accent: '#0b5d3b', accentDark: '#7fdcb0', theme: '#0b5d3b' } });
    expect(html).toContain('<style>:root:root{--accent-light:#0b5d3b;--accent-dark:#7fdcb0}</style></head>');
    expect(html).toContain('<meta name="theme-color" content="#0b5d3b" media="(prefers-color-scheme: light)" />');
    const plain = transform(shell, { ...site, icon: 'logo.svg', screenshots: [], colors: {} });
    expect(plain).not.toContain('<style>');
    expect(plain).toContain('<meta name="theme-color" content="#fbfaf7" media="(prefers-color-scheme: light)" />');
  });
});
