import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RichTextDoc } from '../../../../shared/domain/richText';
import { errorMessage, toErrorCode } from '../../../../shared/errors';
import { useDatabase } from '../../app/DatabaseContext';
import { notify } from '../../app/notifications/notificationsStore';
import { useLocale } from '../../app/useLocale';
import { RichTextEditor } from '../../ui/richText';
import { saveAssessmentNotes } from './needActions';
import styles from './AssessmentPage.module.css';

const saveDelayMs = 400;

/**
 * The assessment's notes, saved a moment after the last keystroke and at
 * once when the page is left or hidden, so a reload loses nothing.
 */
export function AssessmentNotes(props: { communityId: string; docId: string; notes: RichTextDoc }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const db = useDatabase();
  const { communityId, docId } = props;
  // The editor owns its content while open; loaded once, not fed back on every keystroke.
  const [initial] = useState(props.notes);
  const pending = useRef<RichTextDoc | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  const flush = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    const notes = pending.current;
    if (!notes) return;
    pending.current = null;
    saveAssessmentNotes(db, communityId, docId, notes).catch((error: unknown) => {
      pending.current ??= notes;
      notify('error', errorMessage(toErrorCode(error, 'db.saveFailed'), locale));
    });
  }, [db, communityId, docId, locale]);

  useEffect(() => {
    const onHide = () => flush();
    window.addEventListener('pagehide', onHide);
    document.addEventListener('visibilitychange', onHide);
    return () => {
      window.removeEventListener('pagehide', onHide);
      document.removeEventListener('visibilitychange', onHide);
      flush();
    };
  }, [flush]);

  const change = (notes: RichTextDoc) => {
    pending.current = notes;
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(flush, saveDelayMs);
  };

  return (
    <section className={styles.card} aria-labelledby="assessment-notes">
      <h2 id="assessment-notes" className={styles.heading}>
        {t('needs.assessment.notes')}
      </h2>
      <p className={styles.hint} id="assessment-notes-hint">
        {t('needs.assessment.notesHint')}
      </p>
      <RichTextEditor
        value={initial}
        onChange={change}
        label={t('needs.assessment.notes')}
        describedBy="assessment-notes-hint"
      />
    </section>
  );
}
