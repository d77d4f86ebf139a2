// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { textToBlocks } from '../../../src/import/text-to-blocks';

describe('textToBlocks', () => {
  it('turns plain text into paragraphs and line breaks', () => {
    expect(textToBlocks('One.\r\n\r\nTwo\nlines.\n\n\n')).toEqual([
      { type: 'paragraph', content: [{ type: 'text', text: 'One.' }] },
      { type: 'paragraph', content: [{ type: 'text', text: 'Two' }, { type: 'break' }, { type: 'text', text: 'lines.' }] },
    ]);
  });
});
