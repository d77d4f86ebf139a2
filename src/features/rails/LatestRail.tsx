import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router-dom';
import { latestQuery } from '../../api/queries';
import { queryProblem } from '../../api/api-error';
import { ErrorView } from '../../ui/ErrorView';
import { StoryRail } from './StoryRail';
import { useStrings } from '../../ui/strings';

const SHOWN = 6;

export function LatestRail({ exclude }: { exclude?: string }) {
  const query = useQuery(latestQuery(1));
  const { data, refetch } = query;
  const problem = queryProblem(query);
  const t = useStrings();
  const stories = data?.items.filter((s) => s.slug !== exclude).slice(0, SHOWN);
  return (
    <StoryRail
      title={t.rails.latest}
      stories={stories}
      error={problem && !data ? <ErrorView error={problem} onRetry={() => void refetch()} what={t.article.latestWhat} /> : undefined}
      more={<Link className="rail__more" to="/latest">{t.rails.moreLatest}</Link>}
    />
  );
}
