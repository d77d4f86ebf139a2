import { afterEach, describe, expect, it, vi } from 'vitest';
import { EARLY_CONTROLS_SCRIPT } from '../../../src/pipeline/serve/server-headers';

const html = document.documentElement;
const listeners: [string, EventListener, boolean][] = [];
const removed: string[] = [];

interface Early {
  start: (() => void) | null;
  wanted: boolean;
}

/** Runs the script exactly as the page carries it (the text the CSP hash allows), listening on this window. */
function runEarlyControls(): Early {
  const add = (type: string, listener: EventListener, capture: boolean) => {
    listeners.push([type, listener, capture]);
    window.addEventListener(type, listener, capture);
  };
  const remove = (type: string, listener: EventListener, capture: boolean) => {
    removed.push(type);
    window.removeEventListener(type, listener, capture);
  };
  new Function('addEventListener', 'removeEventListener', EARLY_CONTROLS_SCRIPT)(add, remove);
  return (window as unknown as { datelineEarly: Early }).datelineEarly;
}

/** The clicks the page (below the window, where React listens) receives, each with whether the app was interactive. */
function pageClicks() {
  const clicks: [string, boolean][] = [];
  document.body.addEventListener('click', (e) => clicks.push([(e.target as Element).textContent ?? '', html.hasAttribute('data-interactive')]));
  return clicks;
}

const interactive = () => html.setAttribute('data-interactive', '');

afterEach(async () => {
  interactive(); // lets every script's observer finish and leave
  await Promise.resolve();
  for (const [type, listener, capture] of listeners.splice(0)) window.removeEventListener(type, listener, capture);
  html.removeAttribute('data-interactive');
  document.body.replaceChildren();
  removed.length = 0;
});

describe('the early-controls script', () => {
  it('holds a button pressed before the app has taken over, asks for the app at once, and presses it again once interactive', async () => {
    document.body.innerHTML = '<div id="root"><button type="button">Share</button></div>';
    const clicks = pageClicks();
    const early = runEarlyControls();
    expect(early.wanted).toBe(false);

    document.querySelector('button')!.click();
    expect(clicks).toEqual([]);
    expect(early.wanted).toBe(true); // a starter that has not run yet starts the app as soon as it does

    interactive();
    await vi.waitFor(() => expect(clicks).toEqual([['Share', true]]));
    document.querySelector('button')!.click(); // from now on presses go straight through, once each
    expect(clicks).toEqual([
      ['Share', true],
      ['Share', true],
    ]);
  });

  it('calls the starter at once for a press after the starter has run', () => {
    document.body.innerHTML = '<button type="button">Reading settings</button>';
    const early = runEarlyControls();
    const start = vi.fn();
    early.start = start;
    document.querySelector('button')!.click();
    expect(start).toHaveBeenCalledTimes(1);
  });

  it('presses a button pressed twice while waiting only once', async () => {
    document.body.innerHTML = '<button type="button">Reading settings</button><button type="button">Share</button>';
    const clicks = pageClicks();
    runEarlyControls();
    const [settings, share] = document.querySelectorAll('button');
    settings!.click();
    share!.click();
    settings!.click();
    interactive();
    await vi.waitFor(() => expect(clicks.map(([text]) => text)).toEqual(['Reading settings', 'Share']));
  });

  it('holds a press on what is inside a button (its icon or label)', async () => {
    document.body.innerHTML = '<button type="button"><span>Share</span></button>';
    const clicks = pageClicks();
    runEarlyControls();
    document.querySelector('span')!.click();
    expect(clicks).toEqual([]);
    interactive();
    await vi.waitFor(() => expect(clicks).toEqual([['Share', true]]));
  });

  it('leaves links and submit buttons (which work natively) alone, and starts nothing for them', () => {
    document.body.innerHTML = '<a href="#x">Story</a><form><input name="q"><button>Search</button></form>';
    document.querySelector('form')!.addEventListener('submit', (e) => e.preventDefault());
    const clicks = pageClicks();
    const early = runEarlyControls();
    document.querySelector('a')!.click();
    document.querySelector('button')!.click();
    expect(clicks.map(([text]) => text)).toEqual(['Story', 'Search']);
    expect(early.wanted).toBe(false);
  });

  it('finds the button again in the same place if the app rendered the page anew', async () => {
    document.body.innerHTML = '<div id="root"><main><button type="button">Share</button></main></div>';
    const clicks = pageClicks();
    runEarlyControls();
    document.querySelector('button')!.click();
    document.getElementById('root')!.innerHTML = '<main><button type="button">Share</button></main>';
    interactive();
    await vi.waitFor(() => expect(clicks).toEqual([['Share', true]]));
  });

  it('presses nothing if the button is gone or another one stands in its place', async () => {
    document.body.innerHTML = '<div id="root"><button type="button">Share</button></div>';
    const clicks = pageClicks();
    runEarlyControls();
    document.querySelector('button')!.click();
    document.getElementById('root')!.innerHTML = '<button type="button">Delete everything</button>';
    interactive();
    // The script has seen the app take over (it stops holding presses, then replays in the same step).
    await vi.waitFor(() => expect(removed).toContain('click'));
    expect(clicks).toEqual([]);
  });
});
