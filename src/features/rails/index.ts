// What other features may use of the rails (the linter allows no deeper import).
export { LatestRail } from './LatestRail';
export { MustReadRail } from './MustReadRail';
