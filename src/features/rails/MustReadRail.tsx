import { useQuery } from '@tanstack/react-query';
import { mustReadQuery } from '../../api/queries';
import { queryProblem } from '../../api/api-error';
import { ErrorView } from '../../ui/ErrorView';
import { StoryRail } from './StoryRail';
import { useStrings } from '../../ui/strings';

export function MustReadRail({ exclude }: { exclude?: string }) {
  const query = useQuery(mustReadQuery());
  const { data, refetch } = query;
  const problem = queryProblem(query);
  const t = useStrings();
  return (
    <StoryRail
      title={t.rails.mustRead}
      stories={data?.items.filter((s) => s.slug !== exclude)}
      error={problem && !data ? <ErrorView error={problem} onRetry={() => void refetch()} what={t.article.mustReadWhat} /> : undefined}
    />
  );
}
