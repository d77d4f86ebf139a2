import type { ReactNode } from 'react';

interface ScrollRegionProps {
  /** The region's name, or the id of the element that names it (a caption). */
  label?: string;
  labelledBy?: string;
  className: string;
  dir?: 'ltr' | 'rtl';
  children: ReactNode;
}

/** A box wider content (a table, code) scrolls within, on its own, so the page itself never scrolls sideways on a phone. */
export function ScrollRegion({ label, labelledBy, className, dir, children }: ScrollRegionProps) {
  return (
    // A box that scrolls must take keyboard focus to be scrolled without a mouse (WCAG 2.1.1); its role and name say what it holds.
    // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
    <div className={`scroll-region ${className}`} role="region" aria-label={labelledBy ? undefined : label} aria-labelledby={labelledBy} tabIndex={0} dir={dir}>
      {children}
    </div>
  );
}
