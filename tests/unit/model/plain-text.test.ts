import { describe, expect, it } from 'vitest';
import { blockText, inlineText } from '../../../src/model/plain-text';

describe('plain text', () => {
  it('flattens nested inlines and turns a break into a space', () => {
    expect(
      inlineText([
        { type: 'text', text: 'Water ' },
        { type: 'strong', children: [{ type: 'em', children: [{ type: 'text', text: 'is' }] }] },
        { type: 'break' },
        { type: 'link', href: '/x', children: [{ type: 'text', text: 'low' }] },
      ]),
    ).toBe('Water is low');
  });

  it('reads quotes with their citation, list items, captions and embed titles', () => {
    expect(blockText({ type: 'quote', blocks: [{ type: 'paragraph', content: [{ type: 'text', text: 'We wait.' }] }], cite: 'A farmer' })).toBe('We wait. A farmer');
    expect(blockText({ type: 'list', ordered: true, items: [[{ type: 'text', text: 'one' }], [{ type: 'text', text: 'two' }]] })).toBe('one two');
    expect(blockText({ type: 'image', src: 'a.svg', alt: 'alt', width: 1, height: 1, caption: 'Caption' })).toBe('Caption');
    expect(blockText({ type: 'embed', provider: 'video', url: 'https://example.org', title: 'Film' })).toBe('Film');
  });
});
