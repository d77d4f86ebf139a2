import { lazy, Suspense } from 'react';
import { Outlet, ScrollRestoration } from 'react-router-dom';
import { useIsClient } from '../ui/use-online';
import { OfflineBanner } from './OfflineBanner';
import { SiteFooter } from './SiteFooter';
import { SiteHeader } from './SiteHeader';

// Service worker, install and update prompts: browser-only, loaded after the page is up.
const PwaControls = import.meta.env.SSR ? () => null : lazy(() => import('./pwa/PwaControls'));

export function Layout() {
  const isClient = useIsClient();
  const hasServiceWorker = isClient && 'serviceWorker' in navigator;
  return (
    <>
      <a href="#main" className="skip-link">
        Skip to main content
      </a>
      <SiteHeader />
      <OfflineBanner />
      <main id="main" tabIndex={-1}>
        <Outlet />
      </main>
      <SiteFooter />
      {hasServiceWorker && (
        <Suspense fallback={null}>
          <PwaControls />
        </Suspense>
      )}
      <ScrollRestoration />
    </>
  );
}
