import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { actionInputSchema, type ActionInput } from '../../../../shared/domain/action';
import { validate, type FieldErrors } from '../../../../shared/domain/validation';
import { errorMessage, toErrorCode, type ErrorCode } from '../../../../shared/errors';
import { useDatabase } from '../../app/DatabaseContext';
import { useLocale } from '../../app/useLocale';
import { updateItem } from '../../db/items';
import { useDraft } from '../../db/useDraft';
import { Button } from '../../ui/Button';
import { Dialog, DialogFooter } from '../../ui/Dialog';
import type { ActionEntry } from './useActions';
import { ActionFields } from './ActionFields';
import styles from './Actions.module.css';

/** Changes what, who and by when of an action; a failed save keeps the draft. */
export function EditActionDialog({ entry, onClose }: { entry: ActionEntry; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Dialog
      open
      onOpenChange={(open) => !open && onClose()}
      title={t('actions.editTitle')}
      closeLabel={t('common.close')}
    >
      <EditActionForm entry={entry} onClose={onClose} />
    </Dialog>
  );
}

function EditActionForm({ entry, onClose }: { entry: ActionEntry; onClose: () => void }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const db = useDatabase();
  const { title, assignee, dueDate } = entry.action;
  const draft = useDraft<ActionInput>(`action:${entry.id}`, { title, assignee, dueDate });
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<ErrorCode | null>(null);
  const { values } = draft;

  const message = (field: string) => {
    const error = errors[field];
    return error ? errorMessage(error.code, locale, error.params) : undefined;
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = validate(actionInputSchema, values);
    if (!result.ok) {
      setErrors(result.errors);
      return;
    }
    try {
      await updateItem(db, entry.id, { data: result.value });
      await draft.clear();
      onClose();
    } catch (error) {
      setFormError(toErrorCode(error, 'db.saveFailed'));
    }
  };

  if (!draft.ready) return <div className={styles.form} aria-busy="true" />;
  return (
    <form className={styles.editForm} onSubmit={(event) => void submit(event)} noValidate>
      <ActionFields
        values={values}
        update={(change) => draft.update(change)}
        message={message}
        autoFocus
      />
      {formError && (
        <p className={styles.formError} role="alert">
          {errorMessage(formError, locale)}
        </p>
      )}
      <DialogFooter>
        <Button onClick={onClose}>{t('common.cancel')}</Button>
        <Button type="submit" variant="primary">
          {t('common.save')}
        </Button>
      </DialogFooter>
    </form>
  );
}
