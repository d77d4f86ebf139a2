import { useEffect, useRef, useState } from 'react';
import { useLocation } from 'react-router-dom';
import { afterNextPaint } from '../ui/after-paint';

/**
 * Tells screen-reader users that a new page has loaded after in-app navigation (a full page load
 * announces itself): reads the new title once the page has set it. It also moves focus to the new
 * page's main region, as a full page load would start there: the link that was used is usually gone
 * with the old page, and focus would otherwise fall back to <body>, sending the next Tab to the top.
 * Only a new path moves focus; a changed query (search as you type, filters) leaves it where it is.
 */
export function RouteAnnouncer() {
  const { pathname, search } = useLocation();
  const [message, setMessage] = useState('');
  const first = useRef(true);
  const focusedPath = useRef(pathname);
  useEffect(() => {
    if (focusedPath.current === pathname) return;
    focusedPath.current = pathname;
    // Focusing needs an up-to-date layout: doing it after the paint keeps it from delaying the new page.
    return afterNextPaint(() => document.getElementById('main')?.focus({ preventScroll: true }));
  }, [pathname]);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const timer = setTimeout(() => setMessage(document.title), 500);
    return () => clearTimeout(timer);
  }, [pathname, search]);
  return (
    <p className="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
      {message}
    </p>
  );
}
