import { useQuery } from '@tanstack/react-query';
import { mustReadQuery } from '../../api/queries';
import { StoryRail } from '../../ui/StoryRail';
import { useStrings } from '../../ui/strings';
import { railFailure } from './rail-failure';

export function MustReadRail({ exclude }: { exclude?: string }) {
  const query = useQuery(mustReadQuery());
  const t = useStrings();
  return (
    <StoryRail
      title={t.rails.mustRead}
      stories={query.data?.items.filter((s) => s.slug !== exclude)}
      failure={railFailure(query, t.article.mustReadWhat)}
    />
  );
}
