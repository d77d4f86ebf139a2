import { act, render, screen } from '@testing-library/react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Time } from '../../src/ui/Time';

/*
 * A story published at 22:30 UTC on 20 November is the 21st in Baghdad (UTC+3). The prerender and the
 * hydration must agree wherever the build ran and the reader is, so until the clock is known the date is
 * in UTC; once it is, in the reader's own zone.
 */
const LATE = '2026-11-20T22:30:00Z';
let zone: string | undefined;
beforeEach(() => {
  zone = process.env.TZ;
  process.env.TZ = 'Asia/Baghdad';
});
afterEach(() => {
  if (zone === undefined) delete process.env.TZ;
  else process.env.TZ = zone;
});

describe('Time', () => {
  it("is prerendered in UTC, whatever the build machine's zone, and hydrates without a mismatch", async () => {
    const html = renderToString(<Time dateTime={LATE} />);
    expect(html).toContain('>Nov 20, 2026</time>');
    expect(html).toMatch(/title="Nov 20, 2026.*10:30\sPM"/);

    const container = document.createElement('div');
    container.innerHTML = html;
    document.body.append(container);
    const mismatch = vi.fn();
    await act(async () => {
      hydrateRoot(container, <Time dateTime={LATE} />, { onRecoverableError: mismatch });
    });
    expect(mismatch).not.toHaveBeenCalled();
    // Then the clock is known (the effect after hydration), and the date is the reader's.
    expect(container.querySelector('time')).toHaveTextContent('Nov 21, 2026');
    container.remove();
  });

  it("is in the reader's zone once the clock is known", () => {
    const weekLater = Date.parse(LATE) + 7 * 86_400_000;
    render(<Time dateTime={LATE} now={weekLater} />);
    const time = screen.getByText('Nov 21, 2026');
    expect(time.getAttribute('title')).toMatch(/Nov 21, 2026.*1:30\s?AM/);
  });

  it('says how long ago a recent story was, from the clock', () => {
    render(<Time dateTime={LATE} now={Date.parse(LATE) + 3 * 3_600_000} />);
    expect(screen.getByText('3 hours ago')).toBeInTheDocument();
  });
});
