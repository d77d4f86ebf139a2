import type { UseQueryResult } from '@tanstack/react-query';
import { ApiError, queryProblem } from '../../api/api-error';
import type { RailFailure } from '../../ui/StoryRail';

/**
 * What a rail tells the reader when its query failed, or waits for the network. A rail never fetched
 * whose first request waits for the network (offline, no copy) says so at once, with Try again,
 * rather than "Loading…" for as long as the reader is offline.
 */
export function railFailure(query: UseQueryResult<unknown>, what: string): RailFailure {
  const waiting = query.data === undefined && query.fetchStatus === 'paused';
  const problem = queryProblem(query) ?? (waiting ? new ApiError('network', '', `${what}: not available offline`) : null);
  return { problem, retry: () => void query.refetch(), what };
}
