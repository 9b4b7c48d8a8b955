import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionStatus } from '../../../../shared/domain/session';
import { errorMessage, toErrorCode } from '../../../../shared/errors';
import { useDatabase } from '../../app/DatabaseContext';
import { notify } from '../../app/notifications/notificationsStore';
import { useLocale } from '../../app/useLocale';
import { nowIso } from '../../db/items';
import { RichTextEditor } from '../../ui/richText';
import { ActionList, AddActionForm, type ActionEntry } from '../actions';
import { CommentThread } from '../comments';
import { SessionReviewNote } from '../review/mentorSession';
import { CarryOverPanel } from './CarryOverPanel';
import { saveSessionFields } from './sessionCommands';
import { SessionDetails } from './SessionDetails';
import { useAutosave } from './useAutosave';
import type { SessionEntry } from './useSessions';
import styles from './Mentoring.module.css';

type SessionBodyProps = {
  entry: SessionEntry;
  communityId: string;
  actions: ActionEntry[];
  toReview: ActionEntry[];
  sessionDates: ReadonlyMap<string, string>;
  today: string;
};

/** The editable parts of a session, saved as the user types. */
export function SessionBody({
  entry,
  communityId,
  actions,
  toReview,
  sessionDates,
  today,
}: SessionBodyProps) {
  const { t } = useTranslation();
  const db = useDatabase();
  const locale = useLocale();
  const { save, state } = useAutosave(entry.id);
  const saveStatus = async (status: SessionStatus) => {
    try {
      // Sharing (again) starts a new round: reviews of an earlier sharing no longer count.
      await saveSessionFields(
        db,
        entry.id,
        status === 'shared' ? { status, sharedAt: nowIso() } : { status },
      );
    } catch (error) {
      notify('error', errorMessage(toErrorCode(error, 'db.saveFailed'), locale));
    }
  };
  // The editor owns its content while open; it is loaded once, not fed back on every keystroke.
  const [initialNotes] = useState(entry.session.notes);

  return (
    <>
      <CarryOverPanel
        sessionDocId={entry.docId}
        actions={toReview}
        sessionDates={sessionDates}
        today={today}
      />
      <section className={styles.card} aria-labelledby="session-details">
        <div className={styles.cardHeader}>
          <h2 id="session-details" className={styles.cardTitle}>
            {t('mentoring.details')}
          </h2>
          <span className={styles.autosave} role="status">
            {state === 'pending'
              ? t('mentoring.autosaving')
              : state === 'saved'
                ? t('mentoring.autosaved')
                : ''}
          </span>
        </div>
        <SessionDetails
          initial={entry.session}
          onChange={save}
          status={entry.session.status}
          onStatus={(status) => void saveStatus(status)}
        />
        <SessionReviewNote communityId={communityId} entry={entry} />
        <p className={styles.hint}>{t('mentoring.statusHint')}</p>
      </section>
      <section className={styles.card} aria-labelledby="session-notes">
        <h2 id="session-notes" className={styles.cardTitle}>
          {t('mentoring.notes')}
        </h2>
        <RichTextEditor
          value={initialNotes}
          onChange={(notes) => save({ notes })}
          label={t('mentoring.notes')}
          placeholder={t('mentoring.notesPlaceholder')}
        />
      </section>
      <section className={styles.card} aria-labelledby="session-actions">
        <h2 id="session-actions" className={styles.cardTitle}>
          {t('mentoring.actionsHeading')}
        </h2>
        {actions.length === 0 ? (
          <p className={styles.hint}>{t('actions.noneInSession')}</p>
        ) : (
          <ActionList
            communityId={communityId}
            actions={actions}
            today={today}
            sessionId={entry.docId}
          />
        )}
        <AddActionForm communityId={communityId} sessionId={entry.docId} />
      </section>
      <section className={styles.card}>
        <CommentThread
          communityId={communityId}
          targetDocId={entry.docId}
          targetType="session"
          title={t('mentoring.feedbackHeading')}
          hint={t('mentoring.feedbackHint')}
        />
      </section>
    </>
  );
}
