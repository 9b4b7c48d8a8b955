/**
 * The app's own updates and newer-version data, as the page shows them:
 * - `UpdateSection`: Settings → About (status, last check, "Check now",
 *   "Restart to update");
 * - `UpdatesBanner`: above every page (update ready; data from a newer
 *   Kopspēks arrived), and reports a running sync so no restart interrupts it.
 */
export { UpdateSection } from './UpdateSection';
export { UpdatesBanner } from './UpdatesBanner';
