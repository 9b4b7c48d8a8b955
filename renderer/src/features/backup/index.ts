/**
 * Backups of a workbook (issue #8): the daily automatic backup of the open
 * workbook, and "restore from a file" (with its preview) for the workbook
 * picker. The Backups page itself is loaded by its route from
 * `./BackupsPage`, so it stays out of the first bundle.
 */
export { RestoreFromFile } from './RestoreFromFile';
export { useAutoBackup } from './useAutoBackup';
