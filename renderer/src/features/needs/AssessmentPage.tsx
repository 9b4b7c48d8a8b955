import { Archive, ArrowLeft, Pencil } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { formatDate, formatNumber } from '../../app/i18n';
import { useLocale } from '../../app/useLocale';
import { useOpenWorkbook } from '../../app/useOpenWorkbook';
import { Button } from '../../ui/Button';
import { Page } from '../../ui/Page';
import { AssessmentNeeds } from './AssessmentNeeds';
import { AssessmentNotes } from './AssessmentNotes';
import { NeedsDialogs } from './NeedsDialogs';
import { useNeedFromQuery } from './useNeedFromQuery';
import { useNeedsStore } from './needsStore';
import { TallyTable } from './TallyTable';
import { useRankedNeeds } from './useRankedNeeds';
import styles from './AssessmentPage.module.css';
import { useReadsOnly } from '../review';

/** One assessment: its details, notes, needs and the meeting's dot-vote tally. */
export function AssessmentPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const { communityId } = useOpenWorkbook();
  const { assessmentId = '' } = useParams();
  const openDialog = useNeedsStore((s) => s.openDialog);
  useNeedFromQuery(communityId);
  const { ranked, assessments, weights, loading } = useRankedNeeds(communityId);
  const found = assessments.active.find((a) => a.docId === assessmentId);
  const back = (
    <Link className={styles.back} to={`/w/${communityId}/needs?tab=assessments`}>
      <ArrowLeft size={16} aria-hidden="true" />
      {t('needs.assessment.back')}
    </Link>
  );
  // A mentor reads the leader's assessment; editing and archiving it are the leader's.
  const readOnly = useReadsOnly(communityId);
  if (loading) return null;
  if (!found) {
    return (
      <Page title={t('needs.title')}>
        <p>{t('needs.assessment.notFound')}</p>
        {back}
        <NeedsDialogs />
      </Page>
    );
  }
  const { assessment } = found;
  const inThis = ranked.filter((n) => n.need.ratings.some((r) => r.assessmentId === assessmentId));
  const others = ranked.filter((n) => !n.need.ratings.some((r) => r.assessmentId === assessmentId));
  const meta = [
    t('needs.assessment.meta', {
      date: formatDate(assessment.date, locale),
      method: t(`needs.method.${assessment.method}`),
      participants: formatNumber(assessment.participants, locale),
    }),
    assessment.area,
  ]
    .filter(Boolean)
    .join(' · ');

  return (
    <Page
      title={assessment.title}
      intro={meta}
      actions={
        !readOnly && (
          <div className={styles.actions}>
            <Button onClick={() => openDialog({ kind: 'editAssessment', docId: assessmentId })}>
              <Pencil size={16} aria-hidden="true" />
              {t('needs.assessment.edit')}
            </Button>
            <Button
              variant="ghost"
              onClick={() => openDialog({ kind: 'archiveAssessment', docId: assessmentId })}
            >
              <Archive size={16} aria-hidden="true" />
              {t('needs.assessment.archive')}
            </Button>
          </div>
        )
      }
    >
      {back}
      <AssessmentNeeds
        communityId={communityId}
        assessmentId={assessmentId}
        needs={inThis}
        others={others}
        weights={weights}
      />
      <TallyTable communityId={communityId} assessmentId={assessmentId} needs={inThis} />
      <AssessmentNotes
        key={assessmentId}
        communityId={communityId}
        docId={assessmentId}
        notes={assessment.notes}
      />
      <NeedsDialogs />
    </Page>
  );
}
