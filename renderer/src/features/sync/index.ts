/**
 * Sync: the status shown everywhere, the sign-in settings, and the page of
 * open conflicts.
 */
export { ConflictsPage } from './ConflictsPage';
export { SyncSettings } from './SyncSettings';
export { SyncStatus } from './SyncStatus';
