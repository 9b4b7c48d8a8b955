import { Plus } from 'lucide-react';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { actionInputSchema } from '../../../../shared/domain/action';
import { validate, type FieldErrors } from '../../../../shared/domain/validation';
import { errorMessage, toErrorCode } from '../../../../shared/errors';
import { useDatabase } from '../../app/DatabaseContext';
import { notify } from '../../app/notifications/notificationsStore';
import { useLocale } from '../../app/useLocale';
import { useDraft } from '../../db/useDraft';
import { Button } from '../../ui/Button';
import { Field } from '../../ui/Field';
import { Select } from '../../ui/Select';
import { createAction } from './actionCommands';
import { useLinkTargets } from './useActions';
import { ActionFields } from './ActionFields';
import styles from './Actions.module.css';

const emptyValues = { title: '', assignee: '', dueDate: '', link: 'none' };

/** Adds an agreed action to a session; what is typed is kept as a draft. */
export function AddActionForm({
  communityId,
  sessionId,
}: {
  communityId: string;
  sessionId: string;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const db = useDatabase();
  const draft = useDraft(`action:new:${communityId}:${sessionId}`, emptyValues);
  const targets = useLinkTargets(communityId);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [saving, setSaving] = useState(false);
  const titleRef = useRef<HTMLInputElement>(null);
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
      if (result.errors.title) titleRef.current?.focus();
      return;
    }
    setErrors({});
    setSaving(true);
    const [kind, docId] = values.link.split(':');
    try {
      await createAction(db, communityId, {
        ...result.value,
        sessionId,
        ...(kind === 'need' && docId ? { needId: docId } : {}),
        ...(kind === 'eventPlan' && docId ? { eventPlanId: docId } : {}),
      });
      await draft.clear(emptyValues);
      titleRef.current?.focus();
    } catch (error) {
      notify('error', errorMessage(toErrorCode(error, 'db.saveFailed'), locale));
    } finally {
      setSaving(false);
    }
  };

  if (!draft.ready) return <div className={styles.form} aria-busy="true" />;
  return (
    <form
      className={styles.form}
      onSubmit={(event) => void submit(event)}
      noValidate
      aria-label={t('actions.form.heading')}
    >
      <div className={styles.formGrid}>
        <ActionFields
          values={values}
          update={(change) => draft.update(change)}
          message={message}
          titleRef={titleRef}
        />
      </div>
      <div className={styles.formFooter}>
        {targets.length > 0 ? (
          <div className={styles.linkField}>
            <Field label={t('actions.form.link')} optionalLabel={t('common.optional')}>
              {({ controlId }) => (
                <Select
                  id={controlId}
                  value={values.link}
                  onChange={(link) => draft.update({ link })}
                  options={[
                    { value: 'none', label: t('actions.form.linkNone') },
                    ...targets.map((target) => ({
                      value: `${target.kind}:${target.docId}`,
                      label: t(
                        target.kind === 'need' ? 'actions.linkedNeed' : 'actions.linkedEventPlan',
                        { title: target.title },
                      ),
                    })),
                  ]}
                />
              )}
            </Field>
          </div>
        ) : (
          <span />
        )}
        <Button type="submit" variant="primary" disabled={saving}>
          <Plus size={16} aria-hidden="true" />
          {t('actions.form.add')}
        </Button>
      </div>
    </form>
  );
}
