import { Link } from 'react-router-dom';
import { useOnline } from '../ui/use-online';
import { fill, useStrings } from '../ui/strings';

/** A quiet line under the header while offline; nothing at all when online. */
export function OfflineBanner() {
  const online = useOnline();
  const t = useStrings().offline;
  return (
    <div role="status" className="offline-banner" hidden={online}>
      {!online && (
        <p>
          {fill(t.banner, { saved: <Link to="/saved">{t.bannerSavedLink}</Link> })}
        </p>
      )}
    </div>
  );
}
