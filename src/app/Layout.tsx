import { lazy, Suspense } from 'react';
import { Outlet, ScrollRestoration } from 'react-router-dom';
import { ErrorBoundary } from '../ui/ErrorBoundary';
import { useIsClient } from '../ui/use-online';
import { Link } from 'react-router-dom';
import { OfflineBanner } from './OfflineBanner';
import { RouteAnnouncer } from './RouteAnnouncer';
import { SiteFooter } from './SiteFooter';
import { SiteHeader } from './SiteHeader';

// Service worker, install and update prompts: browser-only, loaded after the page is up.
const PwaControls = import.meta.env.SSR ? () => null : lazy(() => import('./pwa/PwaControls'));

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
  const isClient = useIsClient();
  const hasServiceWorker = isClient && 'serviceWorker' in navigator;
  return (
    <>
      <a href="#main" className="skip-link">
        Skip to main content
      </a>
      <ErrorBoundary name="Site header" fallback={<FallbackHeader />}>
        <SiteHeader />
      </ErrorBoundary>
      <OfflineBanner />
      <main id="main" tabIndex={-1}>
        <Outlet />
      </main>
      <ErrorBoundary name="Site footer">
        <SiteFooter />
      </ErrorBoundary>
      {hasServiceWorker && (
        <ErrorBoundary name="Install and update controls">
          <Suspense fallback={null}>
            <PwaControls />
          </Suspense>
        </ErrorBoundary>
      )}
      <RouteAnnouncer />
      <ScrollRestoration />
    </>
  );
}
