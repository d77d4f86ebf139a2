import { homeQuery } from '../../api/queries';
import { staticRouteData } from '../../ui/route-data';

export const homeRoute = staticRouteData((client) => [client.prefetchQuery(homeQuery())]);
