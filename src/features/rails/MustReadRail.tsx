import { useQuery } from '@tanstack/react-query';
import { mustReadQuery } from '../../api/queries';
import { ErrorView } from '../../ui/ErrorView';
import { StoryRail } from './StoryRail';
import { useStrings } from '../../ui/i18n/strings';

export function MustReadRail({ exclude }: { exclude?: string }) {
  const { data, error, refetch } = useQuery(mustReadQuery());
  const t = useStrings();
  return (
    <StoryRail
      title={t.rails.mustRead}
      stories={data?.items.filter((s) => s.slug !== exclude)}
      error={error && !data ? <ErrorView error={error} onRetry={() => void refetch()} what={t.article.mustReadWhat} /> : undefined}
    />
  );
}
