import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router-dom';
import { latestQuery } from '../../api/queries';
import { StoryRail } from '../../ui/StoryRail';
import { useStrings } from '../../ui/strings';
import { railFailure } from './rail-failure';

const SHOWN = 6;

export function LatestRail({ exclude }: { exclude?: string }) {
  const query = useQuery(latestQuery(1));
  const t = useStrings();
  return (
    <StoryRail
      title={t.rails.latest}
      stories={query.data?.items.filter((s) => s.slug !== exclude).slice(0, SHOWN)}
      failure={railFailure(query, t.article.latestWhat)}
      more={<Link className="rail__more" to="/latest">{t.rails.moreLatest}</Link>}
    />
  );
}
