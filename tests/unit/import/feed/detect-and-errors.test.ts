// @vitest-environment node
import { copyFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { importFeed } from '../../../../src/import/feed/import-feed';
import { ImportError } from '../../../../src/import/problems';
import { runImport } from '../../../../src/import/run-import';
import { Warnings } from '../../../../src/import/warnings';
import { JSONFEED_FIXTURE, removeTempDirs, tempDir } from '../../../fixtures/wordpress/test-dirs';

afterAll(removeTempDirs);

/** A feed file with this text, under a name that says nothing of its format. */
async function feedFile(text: string, name = 'feed.dat'): Promise<string> {
  const file = path.join(await tempDir(), name);
  await writeFile(file, text);
  return file;
}

async function problemsOf(text: string): Promise<string[]> {
  const file = await feedFile(text);
  const error = await importFeed(file, new Warnings()).then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(ImportError);
  return (error as ImportError).problems.map((p) => [p.file === file ? 'FILE' : p.file, p.item, p.field, p.message].filter(Boolean).join(' | '));
}

const rss = (items: string, extra = '') => `<?xml version="1.0"?>${extra}<rss version="2.0"><channel><title>T</title><link>https://t.example/</link>${items}</channel></rss>`;
const item = (body: string) => `<item>${body}</item>`;
const dated = (body: string) => item(`<pubDate>Tue, 01 Dec 2026 08:30:00 GMT</pubDate>${body}`);

describe('languages and media', () => {
  it('lets --lang override the feed\'s xml:lang but not an entry\'s own', async () => {
    const atom = await feedFile(`<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en-GB"><title>A</title>
      <entry><id>1</id><title>One</title><updated>2026-12-01T00:00:00Z</updated><content type="text">Hi.</content></entry>
      <entry xml:lang="fa"><id>2</id><title>Two</title><updated>2026-12-01T00:00:00Z</updated><content type="text">سلام</content></entry></feed>`);
    const langs = async (lang?: string) => (await importFeed(atom, new Warnings(), { lang })).bundle.articles.map((a) => `${a.title} ${a.lang}`);
    expect(await langs()).toEqual(['One en-GB', 'Two fa']);
    expect(await langs('en-US')).toEqual(['One en-US', 'Two fa']);
  });

  it('reads RSS in UserLand\'s namespace, and takes no video from a bare media:content as the hero', async () => {
    const text = `<rss xmlns="http://backend.userland.com/rss2" xmlns:media="http://search.yahoo.com/mrss/"><channel><title>U</title>
      ${dated('<title>One</title><description>Hi.</description><media:content url="https://t.example/clip.mp4"/><media:content url="https://t.example/still.JPG?w=1" width="8" height="6"/>')}</channel></rss>`;
    const [article] = (await importFeed(await feedFile(text), new Warnings())).bundle.articles;
    expect(article).toMatchObject({ title: 'One', hero: { src: 'https://t.example/still.JPG?w=1', width: 8, height: 6 } });
  });
});

describe('feed detection by content', () => {
  it('imports a JSON Feed through the JSON Feed importer, whatever the file is called', async () => {
    const file = path.join(await tempDir(), 'feed.xml');
    await copyFile(JSONFEED_FIXTURE, file);
    const { bundle } = await importFeed(file, new Warnings());
    expect(bundle.site.name).toBe('Field Notes from the Salt Flats');
    expect(bundle.articles).toHaveLength(4);
  });

  it('tells RSS from Atom by the root element, not the name', async () => {
    const atom = await feedFile('<feed xmlns="http://www.w3.org/2005/Atom"><title>A</title><entry><id>x</id><title>One</title><updated>2026-12-01T00:00:00Z</updated><content type="text">Hi.</content></entry></feed>', 'feed.rss');
    expect((await importFeed(atom, new Warnings())).bundle.articles.map((a) => a.title)).toEqual(['One']);
    const plain = await feedFile(`\ufeff  \n${rss(dated('<title>Two</title><description>Hi.</description>'))}`, 'atom.json');
    expect((await importFeed(plain, new Warnings())).bundle.articles.map((a) => a.title)).toEqual(['Two']);
  });

  it('says what it found when it is not a feed', async () => {
    expect(await problemsOf('<!DOCTYPE html><html><head><title>Sign in</title></head><body><p>Login</p></body></html>')).toEqual([
      expect.stringMatching(/^FILE \| is an HTML page \("Sign in"\), not a feed; expected an RSS 2\.0 \(<rss>\), Atom 1\.0/),
    ]);
    expect(await problemsOf('<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url/></urlset>')).toEqual([
      expect.stringMatching(/^FILE \| is XML whose root element is <urlset> \(namespace http:\/\/www\.sitemaps\.org\/schemas\/sitemap\/0\.9\), not a feed/),
    ]);
    expect(await problemsOf('<feed><title>x</title></feed>')).toEqual([expect.stringMatching(/is a <feed> outside the Atom namespace/)]);
    expect(await problemsOf('<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"></rdf:RDF>')).toEqual([expect.stringMatching(/RSS 1\.0 \(RDF\)/)]);
    expect(await problemsOf('{"items": []}')).toEqual([expect.stringMatching(/is JSON but not a JSON Feed/)]);
    expect(await problemsOf('title,date\nx,y')).toEqual([expect.stringMatching(/is neither XML nor JSON \(it starts with "title,date\\nx,y"\)/)]);
    expect(await problemsOf('   ')).toEqual([expect.stringMatching(/^FILE \| is empty/)]);
  });
});

describe('malformed XML', () => {
  it('names the element a truncated file leaves open, with line and column', async () => {
    const text = rss(dated('<title>One</title><description>Hi.</description>')).replace('</channel></rss>', '\n<item>\n  <title>Cut');
    expect(await problemsOf(text)).toEqual([
      'FILE | is not well-formed XML: <title> opened at line 3, column 3 is not closed before the end of the file (is the file cut short?)',
    ]);
  });

  it('names a closing tag that does not match', async () => {
    expect(await problemsOf('<rss><channel>\n<item><title>x</item></channel></rss>')).toEqual([
      'FILE | is not well-formed XML: <title> opened at line 2, column 7 is not closed before the closing tag of an element around it, at line 2, column 15',
    ]);
  });

  it('refuses content after the root element', async () => {
    expect(await problemsOf(`${rss('')}\n<rss></rss>`)).toEqual([expect.stringMatching(/an element <rss> after the end of the root element, at line 2, column 1/)]);
  });

  it('leaves --out untouched', async () => {
    const out = path.join(await tempDir(), 'content');
    await expect(runImport({ kind: 'feed', source: await feedFile('<rss><channel><item>'), out })).rejects.toThrow(ImportError);
    await expect(import('node:fs/promises').then((fs) => fs.stat(out))).rejects.toThrow();
  });
});

describe('item problems', () => {
  it('names every item without a title or a date by index, guid or title, and field, and writes nothing', async () => {
    const items = [
      dated('<guid>a-1</guid>'),
      item('<guid isPermaLink="false">b-2</guid><title>No date here</title><description>Text.</description>'),
      item('<title>Bad date</title><pubDate>the 5th of Brumaire</pubDate><description>Text.</description>'),
      dated('<title>Fine</title><description>Text.</description>'),
    ];
    expect(await problemsOf(rss(items.join('')))).toEqual([
      'FILE | item 0 (guid "a-1") | title | expected a title, or a description or content to take one from',
      'FILE | item 1 (guid "b-2") | pubDate | expected <pubDate>, e.g. "Tue, 01 Dec 2026 08:30:00 GMT"',
      'FILE | item 2 ("Bad date") | pubDate | expected an RFC 822 date, e.g. "Tue, 01 Dec 2026 08:30:00 GMT", got "the 5th of Brumaire"',
    ]);
  });

  it('takes a missing title from the description, with a warning', async () => {
    const warnings = new Warnings();
    const { bundle } = await importFeed(await feedFile(rss(dated('<description>Gale warning for the outer islands tonight.</description>'))), warnings);
    expect(bundle.articles[0]?.title).toBe('Gale warning for the outer islands tonight.');
    expect(warnings.list.map((w) => w.kind)).toContain('title-derived');
  });
});

describe('hostile items', () => {
  it('keeps titles as text, drops scripts and javascript: links and images on private addresses', async () => {
    const warnings = new Warnings();
    const text = rss(
      dated(`<title>&lt;img src=x onerror=alert(1)&gt;Storm &lt;script&gt;alert(1)&lt;/script&gt;warning</title>
        <link>javascript:alert(document.cookie)</link>
        <content:encoded xmlns:content="http://purl.org/rss/1.0/modules/content/"><![CDATA[<p onclick="x()">Hi <a href="JaVaScRiPt:alert(1)">there</a><iframe src="https://evil.example/"></iframe></p><script>steal()</script><img src="http://169.254.169.254/latest/meta-data" width="1" height="1">]]></content:encoded>
        <enclosure url="javascript:alert(1)" type="image/png"/>
        <media:thumbnail xmlns:media="http://search.yahoo.com/mrss/" url="http://10.0.0.1/x.jpg" width="10" height="10"/>`),
    );
    const { bundle } = await importFeed(await feedFile(text), warnings);
    const [article] = bundle.articles;
    expect(article?.title).toBe('Storm warning');
    expect(article?.hero).toBeUndefined();
    // A frame from a host no provider entry names is never a frame: at most a link card to it.
    expect(article?.body).toEqual([
      { type: 'paragraph', content: [{ type: 'text', text: 'Hi there' }] },
      { type: 'embed', provider: 'evil.example', title: 'evil.example', url: 'https://evil.example/' },
    ]);
    expect(JSON.stringify(bundle)).not.toMatch(/javascript|alert|steal|169\.254|10\.0\.0\.1|"frame"/i);
    expect(warnings.list.map((w) => w.kind)).toEqual(expect.arrayContaining(['unsafe-url', 'element-dropped', 'image-private-address']));
  });

  it('never expands entities a DOCTYPE declares (billion laughs): the text stays as written, in no time', async () => {
    const lol = ['<!ENTITY lol0 "lol">', ...Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i};`.repeat(10)}">`)].join('\n');
    const text = rss(dated('<title>Laughs &lol9;</title><description>&lol9;&lol9;</description>'), `<!DOCTYPE rss [\n${lol}\n]>`);
    const warnings = new Warnings();
    const started = performance.now();
    const { bundle } = await importFeed(await feedFile(text), warnings);
    expect(performance.now() - started).toBeLessThan(2000);
    expect(bundle.articles[0]?.title).toBe('Laughs &lol9;');
    expect(JSON.stringify(bundle).length).toBeLessThan(5000);
    expect(warnings.list.filter((w) => w.kind === 'entity-not-expanded').map((w) => w.subject)).toEqual(['10 declared']);
  });
});
