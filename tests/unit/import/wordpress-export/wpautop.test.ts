import { describe, expect, it } from 'vitest';
import { stripBlockComments, wpautop } from '../../../../src/import/wordpress-export/wpautop';

describe('wpautop: WordPress\'s automatic paragraphs on classic-editor content', () => {
  it('makes a paragraph of each block of text separated by a blank line', () => {
    expect(wpautop('First.\n\nSecond.\n\n\n\nThird.')).toBe('<p>First.</p>\n<p>Second.</p>\n<p>Third.</p>\n');
  });

  it('turns a single newline inside a paragraph into <br />', () => {
    expect(wpautop('Line one\nline two')).toBe('<p>Line one<br />\nline two</p>\n');
  });

  it('reads Windows line ends like Unix ones', () => {
    expect(wpautop('One\r\n\r\nTwo\r\nthree')).toBe('<p>One</p>\n<p>Two<br />\nthree</p>\n');
  });

  it('leaves <pre> exactly as it is: no paragraphs, no <br> inside', () => {
    const pre = '<pre>a  b\n\nc\n  d</pre>';
    const html = wpautop(`Before\n\n${pre}\n\nAfter`);
    expect(html).toContain(pre);
    expect(html).toBe(`<p>Before</p>\n${pre}\n<p>After</p>\n`);
  });

  it('does not wrap block-level elements in <p>, nor add <br> around them', () => {
    const html = wpautop('Intro\n<ul>\n<li>one</li>\n<li>two</li>\n</ul>\nAfter\n<h2>Head</h2>\nText');
    expect(html).toBe('<p>Intro</p>\n<ul>\n<li>one</li>\n<li>two</li>\n</ul>\n<p>After</p>\n<h2>Head</h2>\n<p>Text</p>\n');
    expect(html).not.toContain('<p><ul>');
    expect(html).not.toContain('<br />');
  });

  it('puts the paragraphs of a blockquote inside it', () => {
    expect(wpautop('<blockquote>One\n\nTwo</blockquote>')).toBe('<blockquote><p>One</p>\n<p>Two</p></blockquote>\n');
  });

  it('treats two <br>s in a row as a paragraph break', () => {
    expect(wpautop('One<br><br />Two')).toBe('<p>One</p>\n<p>Two</p>\n');
  });

  it('does not take a newline inside a tag for a line break', () => {
    expect(wpautop('A <img src="a.jpg"\nalt="x"> here')).toBe('<p>A <img src="a.jpg" alt="x"> here</p>\n');
  });

  it('leaves block-editor content (with <!-- wp: --> comments) untouched, as WordPress does', () => {
    const blocks = '<!-- wp:paragraph -->\n<p>One\nline</p>\n<!-- /wp:paragraph -->\n\nloose text';
    expect(wpautop(blocks)).toBe(blocks);
  });

  it('gives nothing for blank content', () => {
    expect(wpautop(' \n\n ')).toBe('');
  });
});

describe('stripBlockComments', () => {
  it('removes the block comments (with their JSON attributes) and keeps the markup between them', () => {
    expect(stripBlockComments('<!-- wp:image {"id":5,"sizeSlug":"large"} --><figure>x</figure><!-- /wp:image --><!-- wp:separator /--><!-- a note -->')).toBe(
      '<figure>x</figure><!-- a note -->',
    );
  });
});
