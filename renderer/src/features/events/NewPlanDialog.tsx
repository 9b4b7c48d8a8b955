import { RadioGroup } from 'radix-ui';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import {
  eventKinds,
  eventPlanLimits,
  localIsoDay,
  newPlanSchema,
  type NewPlanInput,
} from '../../../../shared/domain/eventPlan';
import { addDaysIso } from '../../../../shared/domain/eventTemplates';
import { validate, type FieldErrors } from '../../../../shared/domain/validation';
import { errorMessage, toErrorCode, type ErrorCode } from '../../../../shared/errors';
import { useDatabase } from '../../app/DatabaseContext';
import { notify } from '../../app/notifications/notificationsStore';
import { useLocale } from '../../app/useLocale';
import { useDraft } from '../../db/useDraft';
import { Button } from '../../ui/Button';
import { Dialog, DialogFooter } from '../../ui/Dialog';
import { Field, controlClassName } from '../../ui/Field';
import { createEventPlan } from './eventActions';
import styles from './Events.module.css';

/** Starts a plan from the template of the chosen kind. What is typed is kept as a draft. */
export function NewPlanDialog({
  communityId,
  onClose,
}: {
  communityId: string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const db = useDatabase();
  const navigate = useNavigate();
  const [initial] = useState<NewPlanInput>(() => ({
    kind: 'community',
    title: '',
    startDate: addDaysIso(localIsoDay(), 60),
  }));
  const draft = useDraft<NewPlanInput>(`eventPlan:new:${communityId}`, initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<ErrorCode | null>(null);
  const [saving, setSaving] = useState(false);
  const { values } = draft;
  const message = (field: string) => {
    const error = errors[field];
    return error ? errorMessage(error.code, locale, error.params) : undefined;
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = validate(newPlanSchema, values);
    if (!result.ok) {
      setErrors(result.errors);
      return;
    }
    setErrors({});
    setSaving(true);
    try {
      const docId = await createEventPlan(db, communityId, result.value, locale);
      await draft.clear();
      notify('success', t('events.newPlan.created', { title: result.value.title }));
      onClose();
      void navigate(`/w/${communityId}/events/${docId}`);
    } catch (error) {
      setFormError(toErrorCode(error, 'db.saveFailed'));
      setSaving(false);
    }
  };

  return (
    <Dialog
      open
      onOpenChange={(open) => !open && onClose()}
      title={t('events.newPlan.title')}
      description={t('events.newPlan.description')}
      closeLabel={t('common.close')}
    >
      {draft.ready && (
        <form className={styles.form} onSubmit={(event) => void submit(event)} noValidate>
          <fieldset className={styles.fieldset}>
            <legend className={styles.legend}>{t('events.newPlan.kind')}</legend>
            <RadioGroup.Root
              className={styles.kindGroup}
              value={values.kind}
              onValueChange={(kind) => {
                const parsed = newPlanSchema.shape.kind.safeParse(kind);
                if (parsed.success) draft.update({ kind: parsed.data });
              }}
              aria-label={t('events.newPlan.kind')}
            >
              {eventKinds.map((kind) => (
                <RadioGroup.Item key={kind} value={kind} className={styles.kindOption}>
                  <span className={styles.kindName}>{t(`events.kind.${kind}`)}</span>
                  <span className={styles.kindHint}>{t(`events.kindHint.${kind}`)}</span>
                </RadioGroup.Item>
              ))}
            </RadioGroup.Root>
          </fieldset>
          <Field
            label={t('events.newPlan.name')}
            hint={t('events.newPlan.nameHint')}
            error={message('title')}
          >
            {({ controlId, describedBy, invalid }) => (
              <input
                id={controlId}
                className={controlClassName}
                value={values.title}
                maxLength={eventPlanLimits.title * 2}
                onChange={(event) => draft.update({ title: event.target.value })}
                aria-describedby={describedBy}
                aria-invalid={invalid}
                aria-required="true"
                autoComplete="off"
              />
            )}
          </Field>
          <Field label={t('events.newPlan.startDate')} error={message('startDate')}>
            {({ controlId, describedBy, invalid }) => (
              <input
                id={controlId}
                type="date"
                className={controlClassName}
                value={values.startDate}
                onChange={(event) => draft.update({ startDate: event.target.value })}
                aria-describedby={describedBy}
                aria-invalid={invalid}
              />
            )}
          </Field>
          {formError && (
            <p className={styles.formError} role="alert">
              {errorMessage(formError, locale)}
            </p>
          )}
          <DialogFooter>
            <Button onClick={onClose}>{t('common.cancel')}</Button>
            <Button type="submit" variant="primary" disabled={saving}>
              {saving ? t('common.saving') : t('events.newPlan.submit')}
            </Button>
          </DialogFooter>
        </form>
      )}
    </Dialog>
  );
}
