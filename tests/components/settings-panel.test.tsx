import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { SettingsButton } from '../../src/app/SettingsButton';

beforeEach(() => {
  localStorage.clear();
  for (const name of ['data-theme', 'data-text-size', 'data-font']) document.documentElement.removeAttribute(name);
});

describe('reading settings panel', () => {
  it('opens from the header button and applies and remembers each choice', async () => {
    const user = userEvent.setup();
    const { unmount } = render(<SettingsButton />);
    const button = screen.getByRole('button', { name: 'Reading settings' });
    expect(button).toHaveAttribute('aria-expanded', 'false');
    await user.click(button);
    expect(button).toHaveAttribute('aria-expanded', 'true');

    await user.click(await screen.findByRole('radio', { name: 'Dark' }));
    await user.click(screen.getByRole('radio', { name: 'Largest' }));
    await user.click(screen.getByRole('radio', { name: 'Sans-serif' }));
    expect(document.documentElement.dataset).toMatchObject({ theme: 'dark', textSize: '4', font: 'sans' });
    expect(JSON.parse(localStorage.getItem('dateline-settings')!)).toEqual({ version: 1, theme: 'dark', textSize: 4, font: 'sans' });

    // A new visit shows the stored choices.
    unmount();
    render(<SettingsButton />);
    await user.click(screen.getByRole('button', { name: 'Reading settings' }));
    expect(await screen.findByRole('radio', { name: 'Dark' })).toBeChecked();
    expect(screen.getByRole('radio', { name: 'Largest' })).toBeChecked();
    expect(screen.getByRole('group', { name: 'Font' })).toBeInTheDocument();
  });
});
