import { Time } from './Time';
import { useOnline } from './use-online';
import { fill, useStrings } from './strings';

/** While offline, says how old the list on screen is. */
export function CachedNotice({ updatedAt }: { updatedAt: number }) {
  const online = useOnline();
  const t = useStrings();
  if (online || !updatedAt) return null;
  return (
    <p className="cached-notice">
      {fill(t.lists.cachedAsOf, { time: <Time dateTime={new Date(updatedAt).toISOString()} locale={t.lang} /> })}
    </p>
  );
}
