import { useQuery } from '@tanstack/react-query';
import { mustReadQuery } from '../../api/queries';
import { ErrorView } from '../../ui/ErrorView';
import { StoryRail } from './StoryRail';

export function MustReadRail({ exclude }: { exclude?: string }) {
  const { data, error, refetch } = useQuery(mustReadQuery());
  return (
    <StoryRail
      title="Must read"
      stories={data?.items.filter((s) => s.slug !== exclude)}
      error={error && !data ? <ErrorView error={error} onRetry={() => void refetch()} what="the must-read list" /> : undefined}
    />
  );
}
