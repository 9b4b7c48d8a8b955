/**
 * Sync: the status shown everywhere, the sign-in settings, and the page of
 * open conflicts.
 */
export { ConflictsPage } from './ConflictsPage';
export { SyncSettings } from './SyncSettings';
export { SyncMark } from './SyncMark';
export { SyncStatus } from './SyncStatus';
