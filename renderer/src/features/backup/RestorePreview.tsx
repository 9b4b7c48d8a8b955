import { useTranslation } from 'react-i18next';
import type { KindCounts, RestorePlan } from '../../../../shared/backup/restorePlan';
import type { ItemType } from '../../../../shared/db/schemas/item.schema';
import styles from './Backup.module.css';

/** How many documents of each kind a restore adds, puts back, leaves and keeps. */
export function RestorePreview({ plan, showKept }: { plan: RestorePlan; showKept: boolean }) {
  const { t } = useTranslation();
  const kinds = Object.entries(plan.counts) as [ItemType, KindCounts][];
  return (
    <table className={styles.table}>
      <caption className={styles.caption}>{t('backup.previewCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('backup.columnKind')}</th>
          <th scope="col" className={styles.number}>
            {t('backup.columnAdded')}
          </th>
          <th scope="col" className={styles.number}>
            {t('backup.columnChanged')}
          </th>
          <th scope="col" className={styles.number}>
            {t('backup.columnUnchanged')}
          </th>
          {showKept && (
            <th scope="col" className={styles.number}>
              {t('backup.columnKept')}
            </th>
          )}
        </tr>
      </thead>
      <tbody>
        {kinds.map(([kind, counts]) => (
          <tr key={kind} data-kind={kind}>
            <th scope="row">{t(`backup.kinds.${kind}`)}</th>
            <td className={styles.number}>{counts.added}</td>
            <td className={styles.number}>{counts.changed}</td>
            <td className={styles.number}>{counts.unchanged}</td>
            {showKept && <td className={styles.number}>{counts.kept}</td>}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
