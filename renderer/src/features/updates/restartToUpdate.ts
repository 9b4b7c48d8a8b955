import type { KopspeksDatabase } from '../../db/database';

/**
 * "Restart to update", safely: the focused field is left first (fields save
 * on blur), then every database write still running is awaited, and only
 * then the main process is asked to restart. It still waits for a sync in
 * progress (the page reports it, see useReportBusy).
 */
export async function restartToUpdate(
  db: Pick<KopspeksDatabase, 'requestIdlePromise'>,
  install: () => Promise<void>,
): Promise<void> {
  const focused = document.activeElement;
  if (focused instanceof HTMLElement) focused.blur();
  await db.requestIdlePromise();
  await install();
}
