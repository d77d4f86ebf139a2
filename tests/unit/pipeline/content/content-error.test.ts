import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ContentError, formatProblem, formatProblems, zodProblems } from '../../../../src/pipeline/content/content-error';

describe('content errors', () => {
  it('formats a problem with only the parts it has', () => {
    expect(formatProblem({ file: 'site.json', message: 'file is missing' })).toBe('site.json: file is missing');
    expect(formatProblem({ file: 'articles/a.json', item: 'a', field: 'body.0.content', message: 'required' })).toBe(
      'articles/a.json, item "a", field "body.0.content": required',
    );
  });

  it('counts problems in the heading, singular and plural', () => {
    expect(formatProblems([{ file: 'a', message: 'm' }])).toMatch(/^Content is invalid \(1 problem\):/);
    expect(formatProblems([{ file: 'a', message: 'm' }, { file: 'b', message: 'n' }])).toMatch(/^Content is invalid \(2 problems\):/);
  });

  it('shows the first 50 problems and says how many more there are', () => {
    const problems = Array.from({ length: 53 }, (_, i) => ({ file: `f${i}.json`, message: 'bad' }));
    const lines = formatProblems(problems).split('\n');
    expect(lines).toHaveLength(1 + 50 + 1);
    expect(lines[50]).toBe('  - f49.json: bad');
    expect(lines.at(-1)).toBe('  … and 3 more');
  });

  it('turns zod issues into problems with dotted field paths and an optional prefix', () => {
    const schema = z.object({ body: z.array(z.object({ content: z.string() })) });
    const result = schema.safeParse({ body: [{ content: 'ok' }, { content: 3 }] });
    expect(result.success).toBe(false);
    expect(zodProblems(result.error!, 'articles/a.json', 'a')).toEqual([expect.objectContaining({ file: 'articles/a.json', item: 'a', field: 'body.1.content' })]);
    expect(zodProblems(result.error!, 'x.json', undefined, ['root', 2])[0]!.field).toBe('root.2.body.1.content');
    const top = z.string().safeParse(1);
    expect(zodProblems(top.error!, 'x.json')[0]!.field).toBeUndefined();
  });

  it('ContentError keeps its problems and a readable message', () => {
    const error = new ContentError([{ file: 'tags.json', item: 'water', message: 'tag slug is listed twice' }]);
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('ContentError');
    expect(error.problems).toHaveLength(1);
    expect(error.message).toContain('tags.json, item "water": tag slug is listed twice');
  });
});
