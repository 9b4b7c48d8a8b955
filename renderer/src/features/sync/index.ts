/**
 * Sync: the status shown everywhere, the sign-in settings and the marks on
 * items. The conflicts page is loaded on its own (see app/routes.tsx).
 */
export { SyncSettings } from './SyncSettings';
export { SyncMark } from './SyncMark';
export { UploadWorkbookDialog, useCanUpload } from './UploadWorkbookDialog';
export { SyncStatus } from './SyncStatus';
