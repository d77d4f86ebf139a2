import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { EARLY_CONTROLS_SCRIPT } from '../../src/pipeline/serve/server-headers';
import { ErrorView } from '../../src/ui/ErrorView';

/*
 * The page's early-controls script with real components: a button pressed (by pointer or keyboard) before
 * the app is interactive reaches its handler once, when it is — never before, never twice.
 */
const html = document.documentElement;
const listeners: [string, EventListener][] = [];

function runEarlyControls() {
  const add = (type: string, listener: EventListener, capture: boolean) => {
    listeners.push([type, listener]);
    window.addEventListener(type, listener, capture);
  };
  new Function('addEventListener', 'removeEventListener', EARLY_CONTROLS_SCRIPT)(add, window.removeEventListener.bind(window));
}

afterEach(() => {
  html.setAttribute('data-interactive', '');
  for (const [type, listener] of listeners.splice(0)) window.removeEventListener(type, listener, true);
  html.removeAttribute('data-interactive');
});

describe('a control pressed before the app is interactive', () => {
  test.each([
    ['a click', (user: ReturnType<typeof userEvent.setup>, button: HTMLElement) => user.click(button)],
    ['Enter', async (user: ReturnType<typeof userEvent.setup>, button: HTMLElement) => (button.focus(), user.keyboard('{Enter}'))],
    ['Space', async (user: ReturnType<typeof userEvent.setup>, button: HTMLElement) => (button.focus(), user.keyboard(' '))],
  ])("a rail's Try again pressed with %s retries once, when the app has taken over", async (_, press) => {
    const retry = vi.fn();
    const user = userEvent.setup();
    render(<ErrorView error={new Error('offline')} onRetry={retry} what="Latest news" />);
    runEarlyControls();
    await press(user, screen.getByRole('button', { name: 'Try again' }));
    await press(user, screen.getByRole('button', { name: 'Try again' })); // pressed again: nothing seemed to happen
    expect(retry).not.toHaveBeenCalled();
    html.setAttribute('data-interactive', '');
    await vi.waitFor(() => expect(retry).toHaveBeenCalledTimes(1));
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(retry).toHaveBeenCalledTimes(2);
  });
});
