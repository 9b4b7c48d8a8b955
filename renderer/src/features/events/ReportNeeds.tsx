import { CheckCircle2, PlayCircle } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { errorMessage, toErrorCode } from '../../../../shared/errors';
import type { LinkedNeedStatus } from '../../../../shared/domain/linkedNeed';
import { useDatabase } from '../../app/DatabaseContext';
import { notify } from '../../app/notifications/notificationsStore';
import { useLocale } from '../../app/useLocale';
import { Button } from '../../ui/Button';
import { setNeedStatus } from './eventActions';
import { useNeedOptions } from './useEventPlans';
import styles from './Events.module.css';

/** The plan's linked needs, each with buttons to move it to "in progress" or "solved". */
export function ReportNeeds({ needIds, communityId }: { needIds: string[]; communityId: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const db = useDatabase();
  const { needs } = useNeedOptions(communityId);
  const move = async (docId: string, title: string, status: LinkedNeedStatus) => {
    try {
      await setNeedStatus(db, communityId, docId, status);
      notify(
        'success',
        t('events.needs.moved', { title, status: t(`events.needs.statuses.${status}`) }),
      );
    } catch (error) {
      notify('error', errorMessage(toErrorCode(error, 'db.saveFailed'), locale));
    }
  };
  return (
    <section className={styles.panel} aria-labelledby="report-needs">
      <div>
        <h2 id="report-needs" className={styles.panelTitle}>
          {t('events.report.needsTitle')}
        </h2>
        <p className={styles.muted}>{t('events.report.needsHint')}</p>
      </div>
      {needIds.length === 0 && <p className={styles.muted}>{t('events.needs.linkedNone')}</p>}
      <ul className={styles.plainList}>
        {needIds.map((docId) => {
          const need = needs.find((n) => n.docId === docId);
          if (!need) {
            return (
              <li key={docId} className={styles.needRow}>
                <span className={styles.muted}>{t('events.needs.missing')}</span>
              </li>
            );
          }
          const title = need.title || t('events.needs.untitled');
          const label = (status: LinkedNeedStatus) =>
            t('events.needs.markLabel', { title, status: t(`events.needs.statuses.${status}`) });
          return (
            <li key={docId} className={styles.needRow} aria-label={title}>
              <span className={styles.needTitle}>{title}</span>
              {need.status && (
                <span className={styles.needStatus} data-status={need.status}>
                  {t(`events.needs.statuses.${need.status}`)}
                </span>
              )}
              <span className={styles.needButtons}>
                <Button
                  size="small"
                  disabled={need.status === 'inProgress'}
                  aria-label={label('inProgress')}
                  onClick={() => void move(docId, title, 'inProgress')}
                >
                  <PlayCircle size={16} aria-hidden="true" />
                  {t('events.needs.markInProgress')}
                </Button>
                <Button
                  size="small"
                  variant="primary"
                  disabled={need.status === 'solved'}
                  aria-label={label('solved')}
                  onClick={() => void move(docId, title, 'solved')}
                >
                  <CheckCircle2 size={16} aria-hidden="true" />
                  {t('events.needs.markSolved')}
                </Button>
              </span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
