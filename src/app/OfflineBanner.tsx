import { Link } from 'react-router-dom';
import { useOnline } from '../ui/use-online';

/** A quiet line under the header while offline; nothing at all when online. */
export function OfflineBanner() {
  const online = useOnline();
  return (
    <div role="status" className="offline-banner" hidden={online}>
      {!online && (
        <p>
          You’re offline. <Link to="/saved">Saved stories</Link> and stories you’ve read recently are still here.
        </p>
      )}
    </div>
  );
}
