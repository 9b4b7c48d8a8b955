import { AlertTriangle, CalendarClock, Link2, Pencil, Trash2, User } from 'lucide-react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { actionStatuses, isOverdue, type ActionStatus } from '../../../../shared/domain/action';
import { errorMessage, toErrorCode } from '../../../../shared/errors';
import { useDatabase } from '../../app/DatabaseContext';
import { notify } from '../../app/notifications/notificationsStore';
import { useLocale } from '../../app/useLocale';
import { Button } from '../../ui/Button';
import { ConfirmDialog } from '../../ui/Dialog';
import { Select } from '../../ui/Select';
import { deleteAction, setActionStatus } from './actionCommands';
import { EditActionDialog } from './EditActionDialog';
import { formatDay } from './formatDay';
import type { ActionEntry, LinkTarget } from './useActions';
import styles from './Actions.module.css';

export type ActionRowProps = {
  communityId: string;
  entry: ActionEntry;
  today: string;
  /** Where the action was agreed; shown as a link to that session when given. */
  session?: { docId: string; date: string };
  /** Agreed in another session and kept open in this one. */
  carried?: boolean;
  linkTarget?: LinkTarget;
};

/** One agreed action: what, who, by when, its status; overdue ones stand out. */
export function ActionRow({
  communityId,
  entry,
  today,
  session,
  carried,
  linkTarget,
}: ActionRowProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const db = useDatabase();
  const statusId = useId();
  const [confirming, setConfirming] = useState(false);
  const [editing, setEditing] = useState(false);
  const { action } = entry;
  const overdue = isOverdue(action, today);
  const title = action.title || '—';

  const run = async (work: Promise<void>, success?: string) => {
    try {
      await work;
      if (success) notify('success', success);
    } catch (error) {
      notify('error', errorMessage(toErrorCode(error, 'db.saveFailed'), locale));
    }
  };

  return (
    <li
      className={`${styles.row} ${overdue ? styles.overdue : ''} ${action.status !== 'open' ? styles.settled : ''}`}
      aria-label={title}
      data-overdue={overdue || undefined}
    >
      <div className={styles.main}>
        <span className={styles.title}>{title}</span>
        <div className={styles.meta}>
          {overdue && (
            <span className={styles.overdueBadge}>
              <AlertTriangle size={14} aria-hidden="true" />
              {t('actions.overdue')}
            </span>
          )}
          <span className={styles.metaItem}>
            <User size={14} aria-hidden="true" />
            {action.assignee || t('actions.unassigned')}
          </span>
          <span className={styles.metaItem}>
            <CalendarClock size={14} aria-hidden="true" />
            {action.dueDate
              ? t('actions.due', { date: formatDay(action.dueDate, locale) })
              : t('actions.noDue')}
          </span>
          {carried && <span className={styles.carried}>{t('actions.carriedOver')}</span>}
          {session && (
            <Link className={styles.metaLink} to={`/w/${communityId}/mentoring/${session.docId}`}>
              {t('actions.fromSession', {
                date: session.date ? formatDay(session.date, locale) : '—',
              })}
            </Link>
          )}
          {linkTarget && (
            <span className={styles.metaItem}>
              <Link2 size={14} aria-hidden="true" />
              {t(linkTarget.kind === 'need' ? 'actions.linkedNeed' : 'actions.linkedEventPlan', {
                title: linkTarget.title,
              })}
            </span>
          )}
        </div>
      </div>
      <div className={styles.controls}>
        <div className={styles.status}>
          <label className="visually-hidden" htmlFor={statusId}>
            {t('actions.statusOf', { title })}
          </label>
          <Select<ActionStatus>
            id={statusId}
            value={action.status}
            onChange={(status) => void run(setActionStatus(db, entry.id, status))}
            options={actionStatuses.map((s) => ({ value: s, label: t(`actions.status.${s}`) }))}
          />
        </div>
        <Button
          variant="ghost"
          iconOnly
          aria-label={t('actions.editNamed', { title })}
          title={t('actions.edit')}
          onClick={() => setEditing(true)}
        >
          <Pencil size={16} aria-hidden="true" />
        </Button>
        <Button
          variant="ghost"
          iconOnly
          aria-label={t('actions.removeNamed', { title })}
          title={t('actions.remove')}
          onClick={() => setConfirming(true)}
        >
          <Trash2 size={16} aria-hidden="true" />
        </Button>
      </div>
      {editing && <EditActionDialog entry={entry} onClose={() => setEditing(false)} />}
      <ConfirmDialog
        open={confirming}
        onOpenChange={setConfirming}
        title={t('actions.removeConfirmTitle', { title })}
        body={t('actions.removeConfirmBody')}
        confirmLabel={t('actions.remove')}
        cancelLabel={t('common.cancel')}
        onConfirm={() => void run(deleteAction(db, entry.id), t('actions.removed'))}
      />
    </li>
  );
}
