import { ArrowLeft, FileDown, MessagesSquare, PlayCircle } from 'lucide-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { actionsOfSession, actionsToCarryOver } from '../../../../shared/domain/action';
import { errorMessage, toErrorCode } from '../../../../shared/errors';
import { useDatabase } from '../../app/DatabaseContext';
import { notify } from '../../app/notifications/notificationsStore';
import { useLocale } from '../../app/useLocale';
import { useOpenWorkbook } from '../../app/useOpenWorkbook';
import { desktop } from '../../platform';
import { Button } from '../../ui/Button';
import { EmptyState } from '../../ui/EmptyState';
import { Page } from '../../ui/Page';
import { formatDay, today, useActions, useSessionDates } from '../actions';
import { useComments } from '../comments';
import { useCommunityRole } from '../review';
import { MentorSessionView, ShareWithMentorButton, useReviewState } from '../review/mentorSession';
import { SessionBody } from './SessionBody';
import { startSession } from './sessionCommands';
import { sessionSummaryHtml, summaryFileName } from './sessionSummary';
import { useSessions, type SessionEntry } from './useSessions';
import emptyStyles from '../../ui/EmptyState.module.css';
import styles from './Mentoring.module.css';

/** One mentoring session: details, notes, agreed actions, carry-over and feedback. */
export function SessionPage() {
  const { t } = useTranslation();
  const { sessionId = '' } = useParams();
  const { communityId } = useOpenWorkbook();
  const { sessions, loading } = useSessions(communityId);
  const entry = sessions.find((s) => s.docId === sessionId);
  if (loading) return null;
  if (!entry) {
    return (
      <Page title={t('mentoring.title')}>
        <EmptyState
          icon={<MessagesSquare size={24} />}
          title={t('mentoring.notFoundTitle')}
          body={t('mentoring.notFoundBody')}
          action={
            <Link className={emptyStyles.link} to={`/w/${communityId}/mentoring`}>
              {t('mentoring.back')}
            </Link>
          }
        />
      </Page>
    );
  }
  return <SessionView key={entry.docId} entry={entry} sessions={sessions} />;
}

function SessionView({ entry, sessions }: { entry: SessionEntry; sessions: SessionEntry[] }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const db = useDatabase();
  const navigate = useNavigate();
  const workbook = useOpenWorkbook();
  const { communityId } = workbook;
  const { actions } = useActions(communityId);
  const { comments } = useComments(communityId);
  const sessionDates = useSessionDates(communityId);
  // A mentor reads the leader's session and answers; they never edit it (issue #7).
  const isMentor = useCommunityRole(communityId) === 'mentor';
  const review = useReviewState(communityId, entry);

  const own = useMemo(() => actionsOfSession(actions, entry.docId), [actions, entry.docId]);
  const toReview = useMemo(
    () =>
      actionsToCarryOver(
        actions,
        { docId: entry.docId, createdAt: entry.createdAt, date: entry.session.date },
        sessions.map((s) => ({ docId: s.docId, createdAt: s.createdAt, date: s.session.date })),
      ),
    [actions, entry, sessions],
  );

  const startNext = async () => {
    try {
      const docId = await startSession(db, communityId, entry.session.mentor);
      notify('success', t('mentoring.created'));
      void navigate(`/w/${communityId}/mentoring/${docId}`);
    } catch (error) {
      notify('error', errorMessage(toErrorCode(error, 'db.saveFailed'), locale));
    }
  };

  const exportPdf = async () => {
    const html = sessionSummaryHtml({
      communityName: workbook.profile.name,
      session: entry.session,
      review,
      actions: own,
      comments: comments.filter((c) => c.comment.targetDocId === entry.docId),
      locale,
      t,
      now: new Date(),
    });
    const result = await desktop['file:savePdf']({
      suggestedName: summaryFileName(workbook.profile.name, entry.session.date),
      html,
    });
    if (!result.ok) notify('error', errorMessage(result.code, locale));
    else if (result.value.saved) notify('success', t('mentoring.exported'));
  };

  return (
    <Page
      title={t('mentoring.sessionTitle', {
        date: entry.session.date ? formatDay(entry.session.date, locale) : t('mentoring.noDate'),
      })}
      actions={
        <div className={styles.headerActions}>
          <Button onClick={() => void exportPdf()}>
            <FileDown size={16} aria-hidden="true" />
            {t('mentoring.exportPdf')}
          </Button>
          {!isMentor && <ShareWithMentorButton communityId={communityId} entry={entry} />}
          {!isMentor && (
            <Button variant="primary" onClick={() => void startNext()}>
              <PlayCircle size={16} aria-hidden="true" />
              {t('mentoring.startNext')}
            </Button>
          )}
        </div>
      }
    >
      <Link className={styles.back} to={`/w/${communityId}/mentoring`}>
        <ArrowLeft size={16} aria-hidden="true" />
        {t('mentoring.back')}
      </Link>
      {isMentor ? (
        <MentorSessionView communityId={communityId} entry={entry} actions={own} />
      ) : (
        <SessionBody
          entry={entry}
          communityId={communityId}
          actions={own}
          toReview={toReview}
          sessionDates={sessionDates}
          today={today()}
        />
      )}
    </Page>
  );
}
