import { describe, expect, it } from 'vitest';
import { forTerminal } from '../../../src/import/terminal-text';

describe('forTerminal', () => {
  it('shows control sequences and bidi overrides as escapes instead of obeying them', () => {
    expect(forTerminal('Tag \u001b]0;pwned\u0007 name')).toBe('Tag \\u001b]0;pwned\\u0007 name');
    expect(forTerminal('clear\u001b[2J\u001b[H')).toBe('clear\\u001b[2J\\u001b[H');
    expect(forTerminal('evil\u202egnp.exe')).toBe('evil\\u202egnp.exe');
    expect(forTerminal('c1 \u009b31m')).toBe('c1 \\u009b31m');
    expect(forTerminal('a\rb')).toBe('a\\u000db');
  });

  it('leaves ordinary text, line breaks, tabs and other scripts alone', () => {
    const text = 'Imported 3 articles:\n\t- خبر تازه, «Ünïcødé» — done';
    expect(forTerminal(text)).toBe(text);
  });
});
