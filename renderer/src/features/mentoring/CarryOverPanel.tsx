import { AlertTriangle, ArrowRightCircle, Check, X } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { isOverdue, type ActionStatus } from '../../../../shared/domain/action';
import { errorMessage, toErrorCode } from '../../../../shared/errors';
import { useDatabase } from '../../app/DatabaseContext';
import { notify } from '../../app/notifications/notificationsStore';
import { useLocale } from '../../app/useLocale';
import { Button } from '../../ui/Button';
import { formatDay, keepActionOpen, setActionStatus, type ActionEntry } from '../actions';
import styles from './Mentoring.module.css';

/**
 * The open actions of earlier sessions, offered for review when a session
 * starts: keep each open here, mark it done, or drop it.
 */
export function CarryOverPanel({
  sessionDocId,
  actions,
  sessionDates,
  today,
}: {
  sessionDocId: string;
  actions: ActionEntry[];
  sessionDates: ReadonlyMap<string, string>;
  today: string;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const db = useDatabase();
  if (actions.length === 0) return null;

  const run = async (work: Promise<void>) => {
    try {
      await work;
    } catch (error) {
      notify('error', errorMessage(toErrorCode(error, 'db.saveFailed'), locale));
    }
  };
  const settle = (entry: ActionEntry, status: ActionStatus) =>
    void run(setActionStatus(db, entry.id, status));

  return (
    <section className={styles.carryOver} aria-labelledby="carry-over-title">
      <h2 id="carry-over-title" className={styles.carryTitle}>
        <ArrowRightCircle size={18} aria-hidden="true" />
        {t('mentoring.carryOver.title')}
      </h2>
      <p className={styles.hint}>{t('mentoring.carryOver.hint')}</p>
      <ul className={styles.carryList}>
        {actions.map((entry) => {
          const { action } = entry;
          const title = action.title || '—';
          const date = sessionDates.get(action.sessionId);
          return (
            <li key={entry.docId} className={styles.carryItem} aria-label={title}>
              <div>
                <div className={styles.carryItemTitle}>
                  {title}
                  {isOverdue(action, today) && (
                    <span className={styles.overdueBadge}>
                      <AlertTriangle size={13} aria-hidden="true" />
                      {t('actions.overdue')}
                    </span>
                  )}
                </div>
                <div className={styles.carryMeta}>
                  {[
                    action.assignee,
                    action.dueDate
                      ? t('actions.due', { date: formatDay(action.dueDate, locale) })
                      : '',
                    date ? t('mentoring.carryOver.from', { date: formatDay(date, locale) }) : '',
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                </div>
              </div>
              <div className={styles.carryButtons}>
                <Button
                  size="small"
                  aria-label={t('mentoring.carryOver.keepNamed', { title })}
                  onClick={() => void run(keepActionOpen(db, entry.id, action, sessionDocId))}
                >
                  <ArrowRightCircle size={14} aria-hidden="true" />
                  {t('mentoring.carryOver.keep')}
                </Button>
                <Button
                  size="small"
                  aria-label={t('mentoring.carryOver.doneNamed', { title })}
                  onClick={() => settle(entry, 'done')}
                >
                  <Check size={14} aria-hidden="true" />
                  {t('mentoring.carryOver.done')}
                </Button>
                <Button
                  size="small"
                  variant="ghost"
                  aria-label={t('mentoring.carryOver.dropNamed', { title })}
                  onClick={() => settle(entry, 'dropped')}
                >
                  <X size={14} aria-hidden="true" />
                  {t('mentoring.carryOver.drop')}
                </Button>
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
