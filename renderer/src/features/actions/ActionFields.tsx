import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { actionLimits, type ActionInput } from '../../../../shared/domain/action';
import { TextField } from '../../ui/TextField';

/** What, who and by when: the fields the add form and the edit dialog share. */
export function ActionFields({
  values,
  update,
  message,
  titleRef,
  autoFocus,
}: {
  values: ActionInput;
  update: (change: Partial<ActionInput>) => void;
  /** The error to show under a field, if any. */
  message: (field: keyof ActionInput) => string | undefined;
  titleRef?: Ref<HTMLInputElement>;
  autoFocus?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <>
      <TextField
        label={t('actions.form.title')}
        error={message('title')}
        value={values.title}
        maxLength={actionLimits.title}
        onChange={(title) => update({ title })}
        required
        inputRef={titleRef}
        autoFocus={autoFocus}
      />
      <TextField
        label={t('actions.form.assignee')}
        error={message('assignee')}
        value={values.assignee}
        maxLength={actionLimits.assignee}
        onChange={(assignee) => update({ assignee })}
      />
      <TextField
        label={t('actions.form.dueDate')}
        error={message('dueDate')}
        type="date"
        value={values.dueDate}
        onChange={(dueDate) => update({ dueDate })}
      />
    </>
  );
}
