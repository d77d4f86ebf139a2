import { describe, expect, it } from 'vitest';
import type { Block } from '../../../../src/model/block';
import { countWords, readingMinutes } from '../../../../src/pipeline/api/reading-time';

const paragraph = (text: string): Block => ({ type: 'paragraph', content: [{ type: 'text', text }] });

describe('countWords', () => {
  it('counts English words, ignoring punctuation and extra spaces', () => {
    expect(countWords([paragraph('The river,  at last, is rising again.')])).toBe(7);
  });

  it("keeps contractions and hyphenated words whole", () => {
    expect(countWords([paragraph("The council's long-delayed plan doesn’t pass.")])).toBe(6);
  });

  it('counts Persian words, keeping a ZWNJ-joined word as one', () => {
    // "کتاب‌ها" (books) and "می‌روند" (they go) each contain a ZWNJ (U+200C) inside the word.
    const text = 'دانشجویان به کتاب\u200cها می\u200cروند.';
    expect(countWords([paragraph(text)])).toBe(4);
  });

  it('counts Persian and Western digits as words', () => {
    expect(countWords([paragraph('سال ۱۴۰۳ و 2026')])).toBe(4);
  });

  it('counts the words of every block type a reader reads', () => {
    const body: Block[] = [
      { type: 'heading', level: 2, content: [{ type: 'text', text: 'Two words' }] },
      { type: 'paragraph', content: [{ type: 'text', text: 'one' }, { type: 'break' }, { type: 'em', children: [{ type: 'text', text: 'two' }] }] },
      { type: 'quote', blocks: [{ type: 'paragraph', content: [{ type: 'text', text: 'quoted words here' }] }], cite: 'Minister' },
      { type: 'list', ordered: false, items: [[{ type: 'text', text: 'first item' }], [{ type: 'strong', children: [{ type: 'text', text: 'second' }] }]] },
      { type: 'image', src: 'images/a.svg', alt: 'alt text is not read', width: 4, height: 3, caption: 'A caption' },
      { type: 'embed', provider: 'video', url: 'https://example.org/v', title: 'Embed title' },
    ];
    // 2 + 2 + (3 + 1) + (2 + 1) + 2 + 2
    expect(countWords(body)).toBe(15);
  });

  it('does not run words together across a line break or an inline boundary', () => {
    expect(countWords([{ type: 'paragraph', content: [{ type: 'text', text: 'end' }, { type: 'break' }, { type: 'text', text: 'start' }] }])).toBe(2);
  });

  it('counts nothing in an image without a caption', () => {
    expect(countWords([{ type: 'image', src: 'images/a.svg', alt: 'many words of alt text', width: 4, height: 3 }])).toBe(0);
  });

  it('counts a Persian word with a diacritic (tashdid) inside it as one word', () => {
    expect(countWords([paragraph('اهمی\u0651ت')])).toBe(1);
  });
});

describe('readingMinutes', () => {
  it('is at least one minute, even for an empty or tiny article', () => {
    expect(readingMinutes(0)).toBe(1);
    expect(readingMinutes(12)).toBe(1);
  });

  it('reads about 230 words a minute, rounded', () => {
    expect(readingMinutes(230)).toBe(1);
    expect(readingMinutes(460)).toBe(2);
    expect(readingMinutes(1150)).toBe(5);
    expect(readingMinutes(1300)).toBe(6);
  });

  it('never decreases as the word count grows', () => {
    let previous = 0;
    for (let words = 0; words < 5000; words += 37) {
      const minutes = readingMinutes(words);
      expect(minutes).toBeGreaterThanOrEqual(previous);
      expect(Number.isInteger(minutes)).toBe(true);
      previous = minutes;
    }
  });
});
