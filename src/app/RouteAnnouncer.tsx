import { useEffect, useRef, useState } from 'react';
import { useLocation } from 'react-router-dom';

/**
 * Tells screen-reader users that a new page has loaded after in-app navigation (a full page load
 * announces itself): reads the new title once the page has set it.
 */
export function RouteAnnouncer() {
  const { pathname, search } = useLocation();
  const [message, setMessage] = useState('');
  const first = useRef(true);
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
