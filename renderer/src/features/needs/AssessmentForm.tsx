import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  assessmentInputSchema,
  assessmentLimits,
  assessmentMethods,
  type AssessmentInput,
  type AssessmentMethod,
} from '../../../../shared/domain/assessment';
import { validate, type FieldErrors } from '../../../../shared/domain/validation';
import { errorMessage, toErrorCode, type ErrorCode } from '../../../../shared/errors';
import { useLocale } from '../../app/useLocale';
import { useDraft } from '../../db/useDraft';
import { Button } from '../../ui/Button';
import { DialogFooter } from '../../ui/Dialog';
import { Field, controlClassName } from '../../ui/Field';
import { Select } from '../../ui/Select';
import { fieldMessage, parseWholeNumber } from './formErrors';
import styles from './NeedsForm.module.css';

type Values = {
  title: string;
  date: string;
  method: AssessmentMethod;
  participants: string;
  area: string;
};

const toValues = (input: AssessmentInput): Values => ({
  ...input,
  participants: String(input.participants),
});

const toInput = (values: Values) => ({
  ...values,
  participants: parseWholeNumber(values.participants),
});

type AssessmentFormProps = {
  draftKey: string;
  initial: AssessmentInput;
  submitLabel: string;
  onSave: (input: AssessmentInput) => Promise<void>;
  onCancel: () => void;
};

/** When and how residents were asked. Kept as a draft as the user types. */
export function AssessmentForm(props: AssessmentFormProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const draft = useDraft<Values>(props.draftKey, toValues(props.initial));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<ErrorCode | 'fixErrors' | null>(null);
  const [saving, setSaving] = useState(false);
  const [attempted, setAttempted] = useState(false);
  const { values } = draft;

  const change = (patch: Partial<Values>) => {
    draft.update(patch);
    if (attempted) {
      const result = validate(assessmentInputSchema, toInput({ ...values, ...patch }));
      setErrors(result.ok ? {} : result.errors);
    }
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setAttempted(true);
    const result = validate(assessmentInputSchema, toInput(values));
    if (!result.ok) {
      setErrors(result.errors);
      setFormError('fixErrors');
      return;
    }
    setErrors({});
    setFormError(null);
    setSaving(true);
    try {
      await props.onSave(result.value);
      await draft.clear();
    } catch (error) {
      setFormError(toErrorCode(error, 'db.saveFailed'));
    } finally {
      setSaving(false);
    }
  };

  const message = (field: string, range?: { min: number; max: number }) =>
    fieldMessage(errors, field, locale, range);

  if (!draft.ready) return <div className={styles.form} aria-busy="true" />;

  return (
    <form className={styles.form} onSubmit={(event) => void submit(event)} noValidate>
      {draft.restored && (
        <div className={styles.notice} role="status">
          <span>{t('common.draftRestored')}</span>
          <Button
            size="small"
            variant="ghost"
            onClick={() => void draft.clear(toValues(props.initial))}
          >
            {t('common.discardDraft')}
          </Button>
        </div>
      )}
      <Field
        label={t('needs.assessment.titleLabel')}
        hint={t('needs.assessment.titleHint')}
        error={message('title')}
      >
        {({ controlId, describedBy, invalid }) => (
          <input
            id={controlId}
            className={controlClassName}
            value={values.title}
            onChange={(event) => change({ title: event.target.value })}
            aria-describedby={describedBy}
            aria-invalid={invalid}
            aria-required="true"
            autoComplete="off"
            autoFocus
          />
        )}
      </Field>
      <div className={styles.row}>
        <Field label={t('needs.assessment.date')} error={message('date')}>
          {({ controlId, describedBy, invalid }) => (
            <input
              id={controlId}
              type="date"
              className={controlClassName}
              value={values.date}
              onChange={(event) => change({ date: event.target.value })}
              aria-describedby={describedBy}
              aria-invalid={invalid}
              aria-required="true"
            />
          )}
        </Field>
        <Field label={t('needs.assessment.methodLabel')}>
          {({ controlId }) => (
            <Select
              id={controlId}
              value={values.method}
              onChange={(method) => change({ method })}
              options={assessmentMethods.map((m) => ({ value: m, label: t(`needs.method.${m}`) }))}
            />
          )}
        </Field>
      </div>
      <div className={styles.row}>
        <Field
          label={t('needs.assessment.participants')}
          error={message('participants', { min: 0, max: assessmentLimits.participants })}
        >
          {({ controlId, describedBy, invalid }) => (
            <input
              id={controlId}
              inputMode="numeric"
              className={controlClassName}
              value={values.participants}
              onChange={(event) => change({ participants: event.target.value })}
              aria-describedby={describedBy}
              aria-invalid={invalid}
            />
          )}
        </Field>
        <Field
          label={t('needs.assessment.area')}
          hint={t('needs.assessment.areaHint')}
          optionalLabel={t('common.optional')}
          error={message('area')}
        >
          {({ controlId, describedBy, invalid }) => (
            <input
              id={controlId}
              className={controlClassName}
              value={values.area}
              onChange={(event) => change({ area: event.target.value })}
              aria-describedby={describedBy}
              aria-invalid={invalid}
            />
          )}
        </Field>
      </div>
      {formError && (
        <p className={styles.formError} role="alert">
          {formError === 'fixErrors' ? t('common.fixErrors') : errorMessage(formError, locale)}
        </p>
      )}
      <DialogFooter>
        <Button onClick={props.onCancel}>{t('common.cancel')}</Button>
        <Button type="submit" variant="primary" disabled={saving}>
          {saving ? t('common.saving') : props.submitLabel}
        </Button>
      </DialogFooter>
    </form>
  );
}
