import { Time } from './Time';
import { useOnline } from './use-online';

/** While offline, says how old the list on screen is. */
export function CachedNotice({ updatedAt }: { updatedAt: number }) {
  const online = useOnline();
  if (online || !updatedAt) return null;
  return (
    <p className="cached-notice">
      Offline: showing the stories as of <Time dateTime={new Date(updatedAt).toISOString()} />.
    </p>
  );
}
