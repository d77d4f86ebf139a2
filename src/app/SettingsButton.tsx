import { lazy, Suspense, useId, useState } from 'react';
import { useStrings } from '../ui/strings';

const SettingsPanel = lazy(() => import('../features/settings/SettingsPanel'));

/** "Reading settings" in the header: a disclosure whose panel loads only when opened. */
export function SettingsButton() {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const t = useStrings();
  return (
    <div className="settings">
      <button type="button" aria-expanded={open} aria-controls={panelId} onClick={() => setOpen(!open)}>
        {t.header.settings}
      </button>
      <div id={panelId} hidden={!open}>
        {open && (
          <Suspense fallback={null}>
            <SettingsPanel />
          </Suspense>
        )}
      </div>
    </div>
  );
}
