import { describe, expect, it } from 'vitest';
import { parseXmlFeed, rssAuthor, type FeedEntry, type FeedHead } from '../../../../src/import/feed/xml-feed';

function parse(text: string): { head: FeedHead; entries: FeedEntry[] } {
  const entries: FeedEntry[] = [];
  const head = parseXmlFeed(text, {
    onRoot: (root) => (root.name === 'rss' ? 'rss' : 'atom'),
    onEntry: (entry) => entries.push(entry),
    chunkSize: 7, // tags, CDATA and entities split across writes
  });
  return { head, entries };
}

describe('parseXmlFeed', () => {
  it('reads namespaces by URI whatever their prefix, and conventional prefixes left undeclared', () => {
    const { head, entries } = parse(`<rss xmlns:a10="http://www.w3.org/2005/Atom" xmlns:mrss="http://search.yahoo.com/mrss/" xmlns:c="http://purl.org/rss/1.0/modules/content/">
      <channel><title>T</title><language>fa-IR</language><a10:link rel="next" href="https://t.example/feed?page=2"/>
        <item><c:encoded>&lt;p&gt;x&lt;/p&gt;</c:encoded><mrss:thumbnail url="https://t.example/a.jpg" width="4" height="3"/><dc:creator>Undeclared Prefix</dc:creator></item>
        <item><content xmlns="http://purl.org/rss/1.0/modules/content/" /></item>
      </channel></rss>`);
    expect(head).toMatchObject({ format: 'rss', lang: 'fa-IR', next: 'https://t.example/feed?page=2', title: { type: 'html', value: 'T' } });
    expect(entries[0]).toMatchObject({
      index: 0,
      content: { type: 'html', value: '<p>x</p>' },
      media: [{ kind: 'thumbnail', url: 'https://t.example/a.jpg', width: '4', height: '3' }],
      authors: [{ name: 'Undeclared Prefix' }],
    });
    expect(entries[1]?.content).toBeUndefined(); // <content> in the content namespace is not content:encoded
    expect(entries).toHaveLength(2);
  });

  it('decodes CDATA and entities, and reads guid isPermaLink', () => {
    const { entries } = parse('<rss><channel><item><title><![CDATA[Fish & <chips>]]> &amp; &#233;</title><guid isPermaLink="false"> g-1 </guid></item><item><guid>https://t.example/2</guid></item></channel></rss>');
    expect(entries[0]).toMatchObject({ title: { value: 'Fish & <chips> & é' }, guid: 'g-1', guidIsPermaLink: false });
    expect(entries[1]).toMatchObject({ guid: 'https://t.example/2', guidIsPermaLink: true });
  });

  it('serialises Atom xhtml content back to HTML, escaping its text, and keeps xml:lang per entry', () => {
    const { head, entries } = parse(`<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en"><title type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">A <b>b</b></div></title>
      <entry xml:lang="fa"><content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p class="x">1 &lt; 2 &amp; <br/>"q"</p></div></content>
      <author><name>N</name><email>n@t.example</email><uri>https://t.example/n</uri></author><category term="t" label="Label"/><category term="only-term"/></entry></feed>`);
    expect(head.title).toEqual({ type: 'html', value: '<div>A <b>b</b></div>' });
    expect(entries[0]).toMatchObject({
      lang: 'fa',
      content: { type: 'html', value: '<div><p class="x">1 &lt; 2 &amp; <br>"q"</p></div>' },
      authors: [{ name: 'N', email: 'n@t.example', uri: 'https://t.example/n' }],
      categories: ['Label', 'only-term'],
    });
  });

  it('leaves out-of-line and binary Atom content unread', () => {
    const { entries } = parse('<feed xmlns="http://www.w3.org/2005/Atom"><entry><content src="https://t.example/x.html"/><summary type="image/png">AAAA</summary></entry></feed>');
    expect(entries[0]?.content).toBeUndefined();
    expect(entries[0]?.summary).toBeUndefined();
  });
});

describe('rssAuthor', () => {
  it.each([
    ['editor@t.example (Ines Varga)', { email: 'editor@t.example', name: 'Ines Varga' }],
    ['editor@t.example', { email: 'editor@t.example' }],
    ['Ines Varga', { name: 'Ines Varga' }],
  ])('%s', (raw, person) => expect(rssAuthor(raw)).toEqual(person));
});
