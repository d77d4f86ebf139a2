import { useEffect, useState } from 'react';
import { useRegisterSW } from 'virtual:pwa-register/react';
import { useStrings } from '../../ui/strings';

interface InstallPromptEvent extends Event {
  prompt: () => Promise<void>;
  userChoice: Promise<{ outcome: 'accepted' | 'dismissed' }>;
}

const HOUR = 3_600_000;

/**
 * Registers the service worker, offers "Install" where the browser allows it, and asks before
 * switching to a new version — a reader in the middle of a story is never reloaded without asking.
 */
export default function PwaControls() {
  const [installEvent, setInstallEvent] = useState<InstallPromptEvent | undefined>();
  const t = useStrings().pwa;
  const {
    needRefresh: [needRefresh, setNeedRefresh],
    updateServiceWorker,
  } = useRegisterSW({
    onRegisteredSW(_url, registration) {
      // Long reading sessions still learn about new deploys.
      if (registration) setInterval(() => void registration.update(), HOUR);
    },
  });

  useEffect(() => {
    const offer = (event: Event) => {
      event.preventDefault();
      setInstallEvent(event as InstallPromptEvent);
    };
    const installed = () => setInstallEvent(undefined);
    window.addEventListener('beforeinstallprompt', offer);
    window.addEventListener('appinstalled', installed);
    return () => {
      window.removeEventListener('beforeinstallprompt', offer);
      window.removeEventListener('appinstalled', installed);
    };
  }, []);

  const install = async () => {
    if (!installEvent) return;
    await installEvent.prompt();
    await installEvent.userChoice;
    setInstallEvent(undefined);
  };

  return (
    <>
      {installEvent && (
        <button type="button" className="install-button" onClick={() => void install()}>
          {t.install}
        </button>
      )}
      <div role="status" className="update-prompt" hidden={!needRefresh}>
        {needRefresh && (
          <>
            <p>{t.newVersion}</p>
            <button type="button" onClick={() => void updateServiceWorker(true)}>
              {t.reload}
            </button>
            <button type="button" className="update-prompt__later" onClick={() => setNeedRefresh(false)}>
              {t.later}
            </button>
          </>
        )}
      </div>
    </>
  );
}
