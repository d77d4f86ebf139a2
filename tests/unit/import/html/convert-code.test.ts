// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { blocksOf, para, text } from './convert-helpers';

describe('code, preformatted text and verse', () => {
  it('keeps pre.wp-block-code > code exactly: entities decoded, tabs and blank lines kept, <br> as a line break', () => {
    const html = '<pre class="wp-block-code"><code>if (a &lt; b) {\n\treturn  "x &amp; y";\n\n}<br>done()</code></pre>';
    expect(blocksOf(html)).toEqual([{ type: 'code', text: 'if (a < b) {\n\treturn  "x & y";\n\n}\ndone()' }]);
  });

  it('reads the language from language-xxx, lang-xxx, a lang attribute naming code, or SyntaxHighlighter\'s brush', () => {
    expect(blocksOf('<pre class="wp-block-code"><code class="language-python">print(1)</code></pre>')).toEqual([{ type: 'code', text: 'print(1)', language: 'python' }]);
    expect(blocksOf('<pre><code class="lang-js">x()</code></pre>')).toEqual([{ type: 'code', text: 'x()', language: 'js' }]);
    expect(blocksOf('<pre class="wp-block-code"><code lang="bash">ls</code></pre>')).toEqual([{ type: 'code', text: 'ls', language: 'bash' }]);
    expect(blocksOf('<pre class="brush: php; gutter: true">echo 1;</pre>')).toEqual([{ type: 'code', text: 'echo 1;', language: 'php' }]);
    // lang="en" is the human language of the text, not the code's.
    expect(blocksOf('<pre class="wp-block-code"><code lang="en">ls</code></pre>')).toEqual([{ type: 'code', text: 'ls' }]);
  });

  it('drops the line break right after <pre>, as HTML does, and highlighting markup, keeping its text', () => {
    expect(blocksOf('<pre><code>\n<span class="k">let</span> x = 1;\n</code></pre>')).toEqual([{ type: 'code', text: 'let x = 1;\n' }]);
  });

  it('keeps preformatted text\'s inline markup, spaces and line breaks (whitespace is not collapsed)', () => {
    expect(blocksOf('<pre class="wp-block-preformatted">Tide   times\n  high <em>06:12</em><br>low  12:30</pre>')).toEqual([
      { type: 'preformatted', content: [text('Tide   times\n  high '), { type: 'em', children: [text('06:12')] }, { type: 'break' }, text('low  12:30')] },
    ]);
  });

  it('marks pre.wp-block-verse as a verse', () => {
    expect(blocksOf('<pre class="wp-block-verse">The gulls  wheel,\n  the boats come home.</pre>')).toEqual([
      { type: 'preformatted', verse: true, content: [text('The gulls  wheel,\n  the boats come home.')] },
    ]);
  });

  it('drops empty code and preformatted blocks', () => {
    expect(blocksOf('<pre class="wp-block-code"><code>  \n </code></pre><pre> </pre><p>x</p>')).toEqual([para(text('x'))]);
  });
});

describe('inline code, superscript, subscript, strike-through', () => {
  it('reads <code>, <kbd> and <samp> in text as inline code, its whitespace collapsed as a browser shows it', () => {
    expect(blocksOf('<p>Run <code>npm  run\n build</code>, press <kbd>Ctrl</kbd>+<kbd>C</kbd>, see <samp>done</samp>.</p>')).toEqual([
      para(text('Run '), { type: 'code', text: 'npm run build' }, text(', press '), { type: 'code', text: 'Ctrl' }, text('+'), { type: 'code', text: 'C' }, text(', see '), { type: 'code', text: 'done' }, text('.')),
    ]);
  });

  it('moves spaces at the ends of inline code outside it, and keeps inline code\'s spaces inside <pre>', () => {
    expect(blocksOf('<p>a<code> b </code>c</p>')).toEqual([para(text('a '), { type: 'code', text: 'b' }, text(' c'))]);
    expect(blocksOf('<pre>call <code>f(a,  b)</code></pre>')).toEqual([{ type: 'preformatted', content: [text('call '), { type: 'code', text: 'f(a,  b)' }] }]);
  });

  it('reads sup, sub, and s/del/strike', () => {
    expect(blocksOf('<p>E=mc<sup>2</sup>, H<sub>2</sub>O, <s>old</s> <del>gone</del> <strike>was</strike></p>')).toEqual([
      para(
        text('E=mc'),
        { type: 'sup', children: [text('2')] },
        text(', H'),
        { type: 'sub', children: [text('2')] },
        text('O, '),
        { type: 'strike', children: [text('old')] },
        text(' '),
        { type: 'strike', children: [text('gone')] },
        text(' '),
        { type: 'strike', children: [text('was')] },
      ),
    ]);
  });
});
