import { lazy, Suspense, useCallback, useEffect, useState } from 'react';
import { Outlet, ScrollRestoration } from 'react-router-dom';
import { ErrorBoundary } from '../ui/ErrorBoundary';
import { useIsClient } from '../ui/use-online';
import { Link } from 'react-router-dom';
import { OfflineBanner } from './OfflineBanner';
import { RouteAnnouncer } from './RouteAnnouncer';
import { SiteFooter } from './SiteFooter';
import { SiteHeader } from './SiteHeader';
import { useKeyboardShortcuts } from './shortcuts/use-keyboard-shortcuts';
import { StringsProvider, useStrings } from '../ui/strings';
import { markHydrated } from '../ui/use-now';
import { scrollKey } from './scroll-key';

// Service worker, install and update prompts: browser-only, loaded after the page is up.
const PwaControls = import.meta.env.SSR ? () => null : lazy(() => import('./pwa/PwaControls'));
const ShortcutsHelp = lazy(() => import('./shortcuts/ShortcutsHelp'));

/**
 * Service worker, install and update prompts, once in a live browser. Its own component, so that
 * switching on after hydration re-renders this slot only, not the whole page.
 */
function PwaSlot() {
  const isClient = useIsClient();
  if (!isClient || !('serviceWorker' in navigator)) return null;
  return (
    <ErrorBoundary name="Install and update controls">
      <Suspense fallback={null}>
        <PwaControls />
      </Suspense>
    </ErrorBoundary>
  );
}

/** The site name alone, if the full header (with its navigation) fails. */
function FallbackHeader() {
  return (
    <header className="site-header">
      <div className="site-header__inner">
        <Link to="/" className="site-header__name">
          Dateline
        </Link>
      </div>
    </header>
  );
}

export function Layout() {
  return (
    <StringsProvider>
      <LayoutInner />
    </StringsProvider>
  );
}

function LayoutInner() {
  const t = useStrings();
  const [helpOpen, setHelpOpen] = useState(false);
  const showHelp = useCallback(() => setHelpOpen(true), []);
  useKeyboardShortcuts(showHelp);
  // Hydration runs in slices (main.tsx); this marks the moment the whole page is interactive. It is the
  // signal end-to-end tests wait for, and never in prerendered HTML (effects don't run there).
  useEffect(() => {
    markHydrated();
    document.documentElement.setAttribute('data-interactive', '');
  }, []);
  return (
    <>
      <a href="#main" className="skip-link">
        {t.skipToMain}
      </a>
      <ErrorBoundary name="Site header" fallback={<FallbackHeader />}>
        <SiteHeader />
      </ErrorBoundary>
      <OfflineBanner />
      <main id="main" tabIndex={-1}>
        <Outlet />
      </main>
      <ErrorBoundary name="Site footer">
        <SiteFooter onShowShortcuts={showHelp} />
      </ErrorBoundary>
      <PwaSlot />
      {helpOpen && (
        <Suspense fallback={null}>
          <ShortcutsHelp onClose={() => setHelpOpen(false)} />
        </Suspense>
      )}
      <RouteAnnouncer />
      <ScrollRestoration getKey={scrollKey} />
    </>
  );
}
