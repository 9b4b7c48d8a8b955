import { Archive } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { localIsoDate } from '../../../../shared/domain/action';
import { newAssessmentInput, type AssessmentInput } from '../../../../shared/domain/assessment';
import type { NeedFormValues } from '../../../../shared/domain/need';
import { errorMessage, toErrorCode } from '../../../../shared/errors';
import { useDatabase } from '../../app/DatabaseContext';
import { notify } from '../../app/notifications/notificationsStore';
import { useLocale } from '../../app/useLocale';
import { useOpenWorkbook } from '../../app/useOpenWorkbook';
import { Button } from '../../ui/Button';
import { ConfirmDialog, Dialog } from '../../ui/Dialog';
import { AssessmentForm } from './AssessmentForm';
import { LinkedItems } from './LinkedItems';
import {
  archiveNeed,
  createAssessment,
  createNeed,
  saveAssessment,
  saveNeed,
  setAssessmentArchived,
} from './needActions';
import { emptyNeedDraft, needFromForm, needToDraft, ratingAssessmentOf } from './needDraft';
import { NeedForm } from './NeedForm';
import { useNeedsStore } from './needsStore';
import { useAssessments, useNeeds } from './useNeedsData';

/** The create, edit and archive dialogs of assessments and needs, driven by the store. */
export function NeedsDialogs() {
  const dialog = useNeedsStore((s) => s.dialog);
  if (!dialog) return null;
  if (dialog.kind === 'createAssessment') return <CreateAssessmentDialog />;
  if (dialog.kind === 'editAssessment') return <EditAssessmentDialog docId={dialog.docId} />;
  if (dialog.kind === 'archiveAssessment') return <ArchiveAssessmentDialog docId={dialog.docId} />;
  if (dialog.kind === 'createNeed') return <NeedDialog assessmentId={dialog.assessmentId} />;
  return <NeedDialog docId={dialog.docId} />;
}

function useDialogBasics() {
  const { t } = useTranslation();
  const db = useDatabase();
  const { communityId } = useOpenWorkbook();
  const close = useNeedsStore((s) => s.closeDialog);
  return { t, db, communityId, close };
}

function CreateAssessmentDialog() {
  const { t, db, communityId, close } = useDialogBasics();
  const navigate = useNavigate();
  const save = async (input: AssessmentInput) => {
    const docId = await createAssessment(db, communityId, input);
    close();
    notify('success', t('needs.assessment.created', { title: input.title }));
    void navigate(`/w/${communityId}/needs/a/${docId}`);
  };
  return (
    <Dialog
      open
      onOpenChange={(open) => !open && close()}
      title={t('needs.assessment.createTitle')}
      description={t('needs.assessment.createDescription')}
      closeLabel={t('common.close')}
    >
      <AssessmentForm
        draftKey={`assessment:new:${communityId}`}
        initial={newAssessmentInput(localIsoDate(new Date()))}
        submitLabel={t('needs.assessment.create')}
        onSave={save}
        onCancel={close}
      />
    </Dialog>
  );
}

function EditAssessmentDialog({ docId }: { docId: string }) {
  const { t, db, communityId, close } = useDialogBasics();
  const found = useAssessments(communityId).all.find((a) => a.docId === docId);
  const save = async (input: AssessmentInput) => {
    await saveAssessment(db, communityId, docId, input);
    close();
    notify('success', t('needs.assessment.saved'));
  };
  return (
    <Dialog
      open
      onOpenChange={(open) => !open && close()}
      title={t('needs.assessment.editTitle')}
      closeLabel={t('common.close')}
    >
      {found && (
        <AssessmentForm
          draftKey={`assessment:${communityId}:${docId}`}
          initial={{ ...found.assessment }}
          submitLabel={t('common.save')}
          onSave={save}
          onCancel={close}
        />
      )}
    </Dialog>
  );
}

function ArchiveAssessmentDialog({ docId }: { docId: string }) {
  const { t, db, communityId, close } = useDialogBasics();
  const locale = useLocale();
  const navigate = useNavigate();
  const title = useAssessments(communityId).all.find((a) => a.docId === docId)?.assessment.title;
  const archive = async () => {
    try {
      await setAssessmentArchived(db, communityId, docId, true);
      notify('success', t('needs.assessment.archived'));
      void navigate(`/w/${communityId}/needs?tab=assessments`);
    } catch (error) {
      notify('error', errorMessage(toErrorCode(error, 'db.saveFailed'), locale));
    } finally {
      close();
    }
  };
  return (
    <ConfirmDialog
      open
      onOpenChange={(open) => !open && close()}
      title={t('needs.assessment.archiveConfirmTitle', { title: title ?? '' })}
      body={t('needs.assessment.archiveConfirmBody')}
      confirmLabel={t('needs.assessment.archive')}
      cancelLabel={t('common.cancel')}
      onConfirm={() => void archive()}
    />
  );
}

/** Adds a need to an assessment, or edits one at its latest assessment. */
function NeedDialog(props: { docId?: string; assessmentId?: string }) {
  const { t, db, communityId, close } = useDialogBasics();
  const locale = useLocale();
  const assessments = useAssessments(communityId);
  const { needs, loading } = useNeeds(communityId);
  const existing = props.docId ? needs.find((n) => n.docId === props.docId) : undefined;
  if (props.docId && (loading || assessments.loading || !existing)) return null;
  const assessmentId =
    props.assessmentId ?? (existing && ratingAssessmentOf(existing.need, assessments.order));
  const rating = existing?.need.ratings.find((r) => r.assessmentId === assessmentId);
  const assessmentTitle =
    assessments.all.find((a) => a.docId === assessmentId)?.assessment.title ?? '';

  const save = async (values: NeedFormValues) => {
    const need = needFromForm(values, existing?.need, assessmentId);
    if (existing) {
      const { ratings, ...fields } = need;
      await saveNeed(db, communityId, existing.docId, fields, ratings);
      notify('success', t('needs.need.saved'));
    } else {
      await createNeed(db, communityId, need);
      notify('success', t('needs.need.created', { title: need.title }));
    }
    close();
  };
  const archive = async () => {
    if (!existing) return;
    try {
      await archiveNeed(db, communityId, existing.docId);
      notify('success', t('needs.need.archived'));
      close();
    } catch (error) {
      notify('error', errorMessage(toErrorCode(error, 'db.saveFailed'), locale));
    }
  };
  return (
    <Dialog
      open
      onOpenChange={(open) => !open && close()}
      title={existing ? t('needs.need.editTitle') : t('needs.need.createTitle')}
      closeLabel={t('common.close')}
    >
      <NeedForm
        draftKey={existing ? `need:${communityId}:${existing.docId}` : `need:new:${assessmentId}`}
        initial={existing ? needToDraft(existing.need, rating) : emptyNeedDraft}
        ratingLegend={t('needs.need.ratedAt', { title: assessmentTitle })}
        submitLabel={existing ? t('common.save') : t('needs.need.create')}
        onSave={save}
        onCancel={close}
        extra={
          existing && (
            <>
              <LinkedItems communityId={communityId} needDocId={existing.docId} />
              <div>
                <Button size="small" variant="ghost" onClick={() => void archive()}>
                  <Archive size={15} aria-hidden="true" />
                  {t('needs.need.archive')}
                </Button>
              </div>
            </>
          )
        }
      />
    </Dialog>
  );
}
