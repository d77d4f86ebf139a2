import type { UseQueryResult } from '@tanstack/react-query';
import { queryProblem } from '../../api/api-error';
import type { RailFailure } from '../../ui/StoryRail';

/** What a rail tells the reader when its query failed, or waits for the network. */
export function railFailure(query: UseQueryResult<unknown>, what: string): RailFailure {
  return { problem: queryProblem(query), retry: () => void query.refetch(), what };
}
