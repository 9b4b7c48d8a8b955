import { MessagesSquare, Plus } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { errorMessage, toErrorCode } from '../../../../shared/errors';
import { useDatabase } from '../../app/DatabaseContext';
import { notify } from '../../app/notifications/notificationsStore';
import { useLocale } from '../../app/useLocale';
import { useOpenWorkbook } from '../../app/useOpenWorkbook';
import { Button } from '../../ui/Button';
import { EmptyState } from '../../ui/EmptyState';
import { Page } from '../../ui/Page';
import { useReadsOnly } from '../review';
import { SessionList } from './SessionList';
import { startSession } from './sessionCommands';
import { useSessions } from './useSessions';

/** The mentoring sessions of the open workbook, newest first. */
export function MentoringPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const db = useDatabase();
  const navigate = useNavigate();
  const { communityId } = useOpenWorkbook();
  const { sessions, loading } = useSessions(communityId);
  // Sessions are the leader's to start; their mentor reads and reviews them.
  const isMentor = useReadsOnly(communityId);

  const create = async () => {
    try {
      const docId = await startSession(db, communityId, sessions[0]?.session.mentor ?? '');
      notify('success', t('mentoring.created'));
      void navigate(`/w/${communityId}/mentoring/${docId}`);
    } catch (error) {
      notify('error', errorMessage(toErrorCode(error, 'db.saveFailed'), locale));
    }
  };
  const newButton = isMentor ? null : (
    <Button variant="primary" onClick={() => void create()}>
      <Plus size={16} aria-hidden="true" />
      {t('mentoring.newSession')}
    </Button>
  );

  if (loading) return null;
  if (sessions.length === 0) {
    return (
      <Page title={t('mentoring.title')}>
        <EmptyState
          icon={<MessagesSquare size={24} />}
          title={t('mentoring.emptyTitle')}
          body={t('mentoring.emptyBody')}
          action={newButton}
        />
      </Page>
    );
  }
  return (
    <Page title={t('mentoring.title')} intro={t('mentoring.intro')} actions={newButton}>
      <SessionList communityId={communityId} sessions={sessions} />
    </Page>
  );
}
