import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { emptyCommunityProfile, type CommunityProfile } from '../../../../shared/domain/community';
import { errorMessage, toErrorCode } from '../../../../shared/errors';
import { useDatabase } from '../../app/DatabaseContext';
import { notify } from '../../app/notifications/notificationsStore';
import { useSessionStore } from '../../app/sessionStore';
import { useLocale } from '../../app/useLocale';
import { ConfirmDialog, Dialog } from '../../ui/Dialog';
import { UploadWorkbookDialog } from '../sync';
import { createWorkbook, saveWorkbookProfile, setWorkbookArchived } from './workbookActions';
import { useWorkbook } from './useWorkbooks';
import { useWorkbooksStore } from './workbooksStore';
import { WorkbookForm } from './WorkbookForm';

/** The create, edit and archive dialogs of workbooks, driven by the workbooks store. */
export function WorkbookDialogs() {
  const dialog = useWorkbooksStore((s) => s.dialog);
  if (!dialog) return null;
  if (dialog.kind === 'create') return <CreateWorkbookDialog />;
  if (dialog.kind === 'edit') return <EditWorkbookDialog communityId={dialog.communityId} />;
  if (dialog.kind === 'upload') return <UploadDialog communityId={dialog.communityId} />;
  return <ArchiveWorkbookDialog communityId={dialog.communityId} />;
}

function CreateWorkbookDialog() {
  const { t } = useTranslation();
  const db = useDatabase();
  const navigate = useNavigate();
  const close = useWorkbooksStore((s) => s.closeDialog);
  const setLast = useSessionStore((s) => s.setLastCommunityId);
  const save = async (profile: CommunityProfile) => {
    const communityId = await createWorkbook(db, profile);
    close();
    setLast(communityId);
    notify('success', t('workbooks.created', { name: profile.name }));
    void navigate(`/w/${communityId}/dashboard`);
  };
  return (
    <Dialog
      open
      onOpenChange={(open) => !open && close()}
      title={t('workbooks.form.createTitle')}
      description={t('workbooks.form.createDescription')}
      closeLabel={t('common.close')}
    >
      <WorkbookForm
        draftKey="workbook:new"
        initial={emptyCommunityProfile}
        submitLabel={t('workbooks.form.submitCreate')}
        onSave={save}
        onCancel={close}
      />
    </Dialog>
  );
}

function EditWorkbookDialog({ communityId }: { communityId: string }) {
  const { t } = useTranslation();
  const db = useDatabase();
  const close = useWorkbooksStore((s) => s.closeDialog);
  const { workbook } = useWorkbook(communityId);
  const save = async (profile: CommunityProfile) => {
    await saveWorkbookProfile(db, communityId, profile);
    close();
    notify('success', t('workbooks.saved'));
  };
  return (
    <Dialog
      open
      onOpenChange={(open) => !open && close()}
      title={t('workbooks.form.editTitle')}
      description={t('workbooks.form.editDescription')}
      closeLabel={t('common.close')}
    >
      {workbook && (
        <WorkbookForm
          draftKey={`workbook:${communityId}`}
          initial={workbook.profile}
          submitLabel={t('common.save')}
          onSave={save}
          onCancel={close}
        />
      )}
    </Dialog>
  );
}

function ArchiveWorkbookDialog({ communityId }: { communityId: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const db = useDatabase();
  const close = useWorkbooksStore((s) => s.closeDialog);
  const { workbook } = useWorkbook(communityId);
  const name = workbook?.profile.name ?? '';
  const archive = async () => {
    try {
      await setWorkbookArchived(db, communityId, true);
      notify('success', t('workbooks.archived', { name }));
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
      title={t('workbooks.archiveConfirmTitle', { name })}
      body={t('workbooks.archiveConfirmBody')}
      confirmLabel={t('workbooks.archive')}
      cancelLabel={t('common.cancel')}
      onConfirm={() => void archive()}
    />
  );
}

function UploadDialog({ communityId }: { communityId: string }) {
  const close = useWorkbooksStore((s) => s.closeDialog);
  const { workbook } = useWorkbook(communityId);
  if (!workbook) return null;
  return (
    <UploadWorkbookDialog communityId={communityId} name={workbook.profile.name} onClose={close} />
  );
}
