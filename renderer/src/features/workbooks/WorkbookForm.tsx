import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  communityLimits,
  communityProfileSchema,
  municipalities,
  type CommunityProfile,
} from '../../../../shared/domain/community';
import { validate, type FieldErrors } from '../../../../shared/domain/validation';
import { errorMessage, toErrorCode, type ErrorCode } from '../../../../shared/errors';
import { useLocale } from '../../app/useLocale';
import { useDraft } from '../../db/useDraft';
import { Button } from '../../ui/Button';
import { DialogFooter } from '../../ui/Dialog';
import { Field, controlClassName } from '../../ui/Field';
import { Select } from '../../ui/Select';
import styles from './WorkbookForm.module.css';

type WorkbookFormProps = {
  draftKey: string;
  initial: CommunityProfile;
  submitLabel: string;
  onSave: (profile: CommunityProfile) => Promise<void>;
  onCancel: () => void;
};

/**
 * A community's profile form. What is typed is kept as a draft until it is
 * saved, so a failed save or a reload loses nothing.
 */
export function WorkbookForm({
  draftKey,
  initial,
  submitLabel,
  onSave,
  onCancel,
}: WorkbookFormProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const draft = useDraft<CommunityProfile>(draftKey, initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<ErrorCode | 'fixErrors' | null>(null);
  const [saving, setSaving] = useState(false);
  const [attempted, setAttempted] = useState(false);
  const nameRef = useRef<HTMLInputElement>(null);
  const { values } = draft;

  const message = (field: string) => {
    const error = errors[field];
    return error ? errorMessage(error.code, locale, error.params) : undefined;
  };

  const change = (patch: Partial<CommunityProfile>) => {
    draft.update(patch);
    if (attempted) {
      const result = validate(communityProfileSchema, { ...values, ...patch });
      setErrors(result.ok ? {} : result.errors);
    }
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setAttempted(true);
    const result = validate(communityProfileSchema, values);
    if (!result.ok) {
      setErrors(result.errors);
      setFormError('fixErrors');
      if (result.errors.name) nameRef.current?.focus();
      return;
    }
    setErrors({});
    setFormError(null);
    setSaving(true);
    try {
      await onSave(result.value);
      await draft.clear();
    } catch (error) {
      setFormError(toErrorCode(error, 'db.saveFailed'));
    } finally {
      setSaving(false);
    }
  };

  const counter = (length: number, max: number) => ({
    count: length,
    max,
    text: t('common.charCount', { count: length, max }),
  });

  // The draft loads in a moment; the form appears with it, so nothing typed is overwritten.
  if (!draft.ready) return <div className={styles.form} aria-busy="true" />;

  return (
    <form className={styles.form} onSubmit={(event) => void submit(event)} noValidate>
      {draft.restored && (
        <div className={styles.notice} role="status">
          <span>{t('common.draftRestored')}</span>
          <Button size="small" variant="ghost" onClick={() => void draft.clear(initial)}>
            {t('common.discardDraft')}
          </Button>
        </div>
      )}
      <Field
        label={t('workbooks.form.name')}
        hint={t('workbooks.form.nameHint')}
        error={message('name')}
        counter={counter(values.name.length, communityLimits.name)}
      >
        {({ controlId, describedBy, invalid }) => (
          <input
            ref={nameRef}
            id={controlId}
            className={controlClassName}
            value={values.name}
            onChange={(event) => change({ name: event.target.value })}
            aria-describedby={describedBy}
            aria-invalid={invalid}
            aria-required="true"
            autoComplete="off"
            autoFocus
          />
        )}
      </Field>
      <div className={styles.row}>
        <Field label={t('workbooks.form.municipality')} error={message('municipality')}>
          {({ controlId, describedBy, invalid }) => (
            <Select
              id={controlId}
              value={values.municipality}
              onChange={(municipality) => change({ municipality })}
              options={municipalities.map((m) => ({ value: m, label: t(`municipality.${m}`) }))}
              describedBy={describedBy}
              invalid={invalid}
            />
          )}
        </Field>
        <Field
          label={t('workbooks.form.neighbourhood')}
          hint={t('workbooks.form.neighbourhoodHint')}
          optionalLabel={t('common.optional')}
          error={message('neighbourhood')}
        >
          {({ controlId, describedBy, invalid }) => (
            <input
              id={controlId}
              className={controlClassName}
              value={values.neighbourhood}
              onChange={(event) => change({ neighbourhood: event.target.value })}
              aria-describedby={describedBy}
              aria-invalid={invalid}
            />
          )}
        </Field>
      </div>
      <Field
        label={t('workbooks.form.description')}
        hint={t('workbooks.form.descriptionHint')}
        optionalLabel={t('common.optional')}
        error={message('description')}
        counter={counter(values.description.length, communityLimits.description)}
      >
        {({ controlId, describedBy, invalid }) => (
          <textarea
            id={controlId}
            className={controlClassName}
            value={values.description}
            onChange={(event) => change({ description: event.target.value })}
            aria-describedby={describedBy}
            aria-invalid={invalid}
            rows={4}
          />
        )}
      </Field>
      {formError && (
        <p className={styles.formError} role="alert">
          {formError === 'fixErrors' ? t('common.fixErrors') : errorMessage(formError, locale)}
        </p>
      )}
      <DialogFooter>
        <Button onClick={onCancel}>{t('common.cancel')}</Button>
        <Button type="submit" variant="primary" disabled={saving}>
          {saving ? t('common.saving') : submitLabel}
        </Button>
      </DialogFooter>
    </form>
  );
}
