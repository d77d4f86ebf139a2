// What other features may use of saving for offline (the linter allows no deeper import).
export { OfflineView } from './OfflineView';
export { SaveButton } from './SaveButton';
