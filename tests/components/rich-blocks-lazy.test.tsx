import { render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router-dom';
import { expect, test } from 'vitest';
import { ArticleBody } from '../../src/features/article/ArticleBody';
import type { Block } from '../../src/model/block';

/*
 * Its own file, so the rich blocks' chunk starts unloaded (each test file has its own modules): a story
 * opened in the app, not hydrated from a prerendered page, meets the chunk for the first time.
 */
const body: Block[] = [
  { type: 'paragraph', content: [{ type: 'text', text: 'The schedule, district by district.' }] },
  {
    type: 'table',
    caption: 'Hours of supply',
    head: [[{ content: [{ type: 'text', text: 'District' }], header: true }, { content: [{ type: 'text', text: 'Hours' }], header: true }]],
    body: [[{ content: [{ type: 'text', text: 'North' }], header: true }, { content: [{ type: 'text', text: '36' }] }]],
    foot: [],
  },
];

test('a story opened in the app shows its text at once and its table as soon as the chunk arrives', async () => {
  const { container } = render(
    <MemoryRouter>
      <ArticleBody body={body} lang="en" />
    </MemoryRouter>,
  );
  expect(screen.getByText('The schedule, district by district.')).toBeInTheDocument();
  expect(screen.queryByRole('table')).toBeNull();
  expect(container.querySelector('.rich-placeholder')).not.toBeNull();

  expect(await screen.findByRole('table', { name: 'Hours of supply' })).toBeInTheDocument();
  expect(screen.getByRole('rowheader', { name: 'North' })).toBeInTheDocument();
  expect(container.querySelector('.rich-placeholder')).toBeNull();
});
