// What other features may use of the 404 view (the linter allows no deeper import).
export { NotFoundView } from './NotFoundView';
