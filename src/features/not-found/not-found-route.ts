import { latestQuery } from '../../api/queries';
import { staticRouteData } from '../../ui/route-data';

/** The 404 page offers the latest stories. */
export const notFoundRoute = staticRouteData((client) => [client.prefetchQuery(latestQuery(1))]);
