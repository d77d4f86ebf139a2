// @vitest-environment node
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { decodeFeed, declaredEncoding, headerCharset } from '../../../../src/import/feed/decode-feed';
import { importFeed } from '../../../../src/import/feed/import-feed';
import { Warnings } from '../../../../src/import/warnings';
import { removeTempDirs, tempDir } from '../../../fixtures/wordpress/test-dirs';

afterAll(removeTempDirs);

const text = (d: ReturnType<typeof decodeFeed>) => (d.ok ? d.text : `ERROR ${d.message}`);

describe('decodeFeed', () => {
  it('reads the encoding an XML declaration names', () => {
    const latin1 = Buffer.from('<?xml version="1.0" encoding="ISO-8859-1"?><rss><channel><title>Caf\u00e9 \u00e0 la gare</title></channel></rss>', 'latin1');
    expect(declaredEncoding(latin1)).toBe('ISO-8859-1');
    expect(text(decodeFeed(latin1))).toContain('<title>Café à la gare</title>');
    // windows-1252's curly quotes (0x93, 0x94) are not latin1's control characters.
    const cp1252 = Buffer.concat([Buffer.from("<?xml version='1.0' encoding='windows-1252' ?><t>"), Buffer.from([0x93, 0x68, 0x69, 0x94]), Buffer.from('</t>')]);
    expect(text(decodeFeed(cp1252))).toBe("<?xml version='1.0' encoding='windows-1252' ?><t>\u201chi\u201d</t>");
  });

  it('prefers a byte-order mark, then the HTTP charset, and defaults to UTF-8', () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('<rss>ñ</rss>', 'utf16le')]);
    expect(text(decodeFeed(utf16, 'text/xml; charset=iso-8859-1'))).toBe('<rss>ñ</rss>');
    const utf8 = Buffer.from('<?xml version="1.0" encoding="ISO-8859-1"?><t>ñ</t>', 'utf8');
    expect(text(decodeFeed(utf8, 'application/rss+xml; charset="UTF-8"'))).toContain('<t>ñ</t>');
    expect(text(decodeFeed(Buffer.from('<t>ñ</t>')))).toBe('<t>ñ</t>');
    expect(headerCharset('text/xml')).toBeUndefined();
  });

  it('names an encoding it cannot read', () => {
    expect(text(decodeFeed(Buffer.from('<?xml version="1.0" encoding="x-klingon"?><rss/>')))).toMatch(/^ERROR is in the encoding "x-klingon", which cannot be read/);
  });

  it('imports a latin1 feed file', async () => {
    const file = path.join(await tempDir(), 'feed.xml');
    await writeFile(
      file,
      Buffer.from('<?xml version="1.0" encoding="ISO-8859-1"?><rss><channel><title>Le Caf\u00e9</title><item><title>\u00c9t\u00e9</title><pubDate>Tue, 01 Dec 2026 08:30:00 GMT</pubDate><description>Soleil.</description></item></channel></rss>', 'latin1'),
    );
    const { bundle } = await importFeed(file, new Warnings());
    expect(bundle.site.name).toBe('Le Café');
    expect(bundle.articles.map((a) => `${a.slug} ${a.title}`)).toEqual(['ete Été']);
  });
});
