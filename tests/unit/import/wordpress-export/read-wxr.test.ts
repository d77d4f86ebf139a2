// @vitest-environment node
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ImportError } from '../../../../src/import/problems';
import { attachmentMetadata, parsePhpSerialized } from '../../../../src/import/wordpress-export/php-serialized';
import { readWxr, wxrParser } from '../../../../src/import/wordpress-export/read-wxr';
import { removeTempDirs, tempDir } from '../../../fixtures/wordpress/test-dirs';

afterAll(removeTempDirs);

const FIXTURE = path.resolve(import.meta.dirname, '../../../fixtures/wordpress-export/export.xml');

function parseInChunks(text: string, size: number) {
  const parser = wxrParser('export.xml');
  for (let i = 0; i < text.length; i += size) parser.write(text.slice(i, i + size));
  return parser.end();
}

const problemOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(ImportError);
    return (error as ImportError).problems[0];
  }
  throw new Error('expected an ImportError');
};

describe('readWxr: the WXR file, streamed', () => {
  it('reads the channel, terms, authors (without e-mails) and items with their postmeta and terms', async () => {
    const wxr = await readWxr(FIXTURE, { maxBytes: 1_000_000 });
    expect(wxr).toMatchObject({ title: 'The Harbour Gazette', description: 'News from the quay & the hills', language: 'en-GB', link: 'https://gazette.example', wxrVersion: '1.2' });
    expect(wxr.categories.map((c) => [c.termId, c.nicename, c.name, c.parent])).toEqual([
      ['4', 'news', 'News', undefined],
      // As WordPress stores (and exports, in CDATA) term names: HTML-escaped; the mapping reads them as HTML.
      ['5', 'harbour', 'Harbour &amp; Docks', 'news'],
      ['6', 'culture', 'Culture', undefined],
    ]);
    expect(wxr.tags.map((t) => t.nicename)).toEqual(['ferries', 'night-market']);
    expect(wxr.authors).toEqual([
      { id: '2', login: 'mara', displayName: 'Mara Quill' },
      { id: '3', login: 'tomas', displayName: 'Tomás Reyes' },
    ]);
    expect(JSON.stringify(wxr.authors)).not.toContain('@');
    const post = wxr.items.find((i) => i.postId === '10')!;
    expect(post).toMatchObject({ title: 'Night ferries return to the harbour', postType: 'post', status: 'publish', postDateGmt: '2026-11-20 08:30:00', isSticky: '1' });
    expect(post.content).toContain('The first crossing left at 21:10\nwith forty passengers aboard.');
    expect(post.meta.get('_thumbnail_id')).toBe('101');
    expect(post.terms).toEqual([
      { domain: 'category', nicename: 'harbour', name: 'Harbour &amp; Docks' },
      { domain: 'post_tag', nicename: 'ferries', name: 'Ferries' },
    ]);
    // A comment's own fields are not read as the post's.
    expect(post.content).not.toContain('Finally!');
    expect(wxr.items).toHaveLength(16);
  });

  it('gives the same result whatever the chunks (split inside tags, CDATA and entities)', async () => {
    const text = await readFile(FIXTURE, 'utf8');
    const whole = parseInChunks(text, text.length);
    for (const size of [1, 7, 4096]) expect(parseInChunks(text, size)).toEqual(whole);
  });

  it('refuses a file larger than --max-bytes before reading it', async () => {
    await expect(readWxr(FIXTURE, { maxBytes: 1000 })).rejects.toThrow(/larger than --max-bytes \(1000\)/);
  });

  it('names a missing file', async () => {
    await expect(readWxr(path.join(await tempDir(), 'nope.xml'), { maxBytes: 1000 })).rejects.toThrow(/does not exist; expected a WordPress export/);
  });

  it('reports progress by the mebibyte', async () => {
    const file = path.join(await tempDir(), 'big.xml');
    const padding = `<!-- ${'x'.repeat(1024 * 1024)} -->\n`;
    await writeFile(file, (await readFile(FIXTURE, 'utf8')).replace('<channel>', `<channel>${padding}${padding}`));
    const calls: string[] = [];
    await readWxr(file, { maxBytes: 10_000_000, progress: { start: (n) => calls.push(`start ${n}`), setTotal() {}, increment: () => calls.push('+'), stop: () => calls.push('stop') } });
    expect(calls).toEqual(['start 3', '+', '+', 'stop']);
  });
});

describe('malformed XML: a clear error with the line', () => {
  const head = '<?xml version="1.0"?>\n<rss version="2.0" xmlns:wp="http://wordpress.org/export/1.2/">\n<channel>\n<wp:wxr_version>1.2</wp:wxr_version>\n';

  it('an element closed in the wrong place', () => {
    const problem = problemOf(() => parseInChunks(`${head}<item>\n<title>A</title>\n<wp:post_id>1</item>\n</channel></rss>`, 10));
    expect(problem).toMatchObject({ file: 'export.xml', field: 'line 7' });
    expect(problem?.message).toMatch(/^<wp:post_id> \(opened at line 7\) is not closed before this line: the XML is malformed/);
  });

  it('a file cut short', () => {
    const problem = problemOf(() => parseInChunks(`${head}<item>\n<title>A</title>\n<content:encoded><![CDATA[Half a sto`, 50));
    expect(problem?.message).toMatch(/ends inside <content:encoded>: the file is cut short/);
  });

  it('a file that is not a WordPress export', () => {
    expect(problemOf(() => parseInChunks('<html><body>Hello</body></html>', 100))?.message).toMatch(/not <rss>: expected a WordPress export/);
    expect(problemOf(() => parseInChunks('<rss version="2.0"><channel><title>A feed</title></channel></rss>', 100))?.message).toMatch(/is not a WordPress export/);
  });
});

describe('PHP-serialized attachment metadata', () => {
  it('reads width, height and sizes, with string lengths in bytes', () => {
    expect(attachmentMetadata('a:3:{s:5:"width";i:1200;s:6:"height";s:3:"800";s:5:"sizes";a:1:{s:5:"thumb";a:3:{s:4:"file";s:11:"café-1.jpg";s:5:"width";i:150;s:6:"height";i:100;}}}')).toEqual({
      width: 1200,
      height: 800,
      sizes: { thumb: { file: 'café-1.jpg', width: 150, height: 100 } },
    });
  });

  it('refuses objects, wrong lengths, trailing data and garbage instead of guessing', () => {
    expect(parsePhpSerialized('O:8:"stdClass":1:{s:1:"a";i:1;}')).toBeUndefined();
    expect(parsePhpSerialized('s:10:"short";')).toBeUndefined();
    expect(parsePhpSerialized('i:1;i:2;')).toBeUndefined();
    expect(attachmentMetadata('not serialized')).toBeUndefined();
    expect(parsePhpSerialized('a:1:{i:0;b:1;}')).toEqual({ 0: true });
  });

  it('leaves out a size whose file name is a path', () => {
    expect(attachmentMetadata('a:1:{s:5:"sizes";a:1:{s:1:"x";a:3:{s:4:"file";s:9:"../../etc";s:5:"width";i:1;s:6:"height";i:1;}}}')?.sizes).toEqual({});
  });
});
