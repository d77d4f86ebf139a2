import { describe, expect, it } from 'vitest';
import { ContentError } from '../../../src/pipeline/content/content-error';
import { ImportError, describeValue, itemLabel } from '../../../src/import/problems';

describe('ImportError', () => {
  const problems = [
    { file: 'posts-1.json', item: 'post 1001 (slug "night-ferries-return")', field: 'title', message: 'a title is required' },
    { file: 'users.json', message: 'is missing' },
  ];

  it('writes the source item as it is (not quoted) under the import headline', () => {
    expect(new ImportError(problems).message).toBe(
      [
        'Import failed, nothing was written (2 problems):',
        '  - posts-1.json, post 1001 (slug "night-ferries-return"), field "title": a title is required',
        '  - users.json: is missing',
      ].join('\n'),
    );
  });

  it('takes another headline, and is a ContentError with its own name', () => {
    const error = new ImportError(problems.slice(1), 'Import failed the content checks, nothing was written');
    expect(error.message).toBe('Import failed the content checks, nothing was written (1 problem):\n  - users.json: is missing');
    expect(error).toBeInstanceOf(ContentError);
    expect(error.name).toBe('ImportError');
    expect(error.problems).toEqual(problems.slice(1));
  });
});

describe('naming items and values in import messages', () => {
  it('labels an item by kind, id and slug', () => {
    expect(itemLabel('post', 42, 'hello')).toBe('post 42 (slug "hello")');
    expect(itemLabel('item', 'urn:x')).toBe('item "urn:x"');
    expect(itemLabel('post', undefined)).toBe('post without an id');
  });

  it('describes a value for "expected X, got Y"', () => {
    expect(describeValue(null)).toBe('null');
    expect(describeValue([1, 2])).toBe('an array of 2');
    expect(describeValue('short')).toBe('the string "short"');
    expect(describeValue({})).toBe('an object');
    expect(describeValue(3)).toBe('number 3');
  });
});
