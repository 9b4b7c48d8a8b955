import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import {
  needFormSchema,
  needLimits,
  type NeedCategory,
  type NeedFormValues,
  type NeedSolver,
  type NeedStatus,
} from '../../../../shared/domain/need';
import { validate, type FieldErrors } from '../../../../shared/domain/validation';
import { errorMessage, toErrorCode, type ErrorCode } from '../../../../shared/errors';
import { useLocale } from '../../app/useLocale';
import { useDraft } from '../../db/useDraft';
import { Button } from '../../ui/Button';
import { DialogFooter } from '../../ui/Dialog';
import { Field, controlClassName } from '../../ui/Field';
import { fieldMessage, parseWholeNumber } from './formErrors';
import { NeedChoices } from './NeedChoices';
import { NeedRatingFields, type RatingValues } from './NeedRatingFields';
import styles from './NeedsForm.module.css';

/** What the need form holds while typing: numbers as typed, quotes one per line. */
export type NeedDraft = RatingValues & {
  title: string;
  description: string;
  category: NeedCategory;
  status: NeedStatus;
  solver: NeedSolver;
  evidenceSource: string;
  quotes: string;
  proposedSolution: string;
};

function toFormValues(v: NeedDraft) {
  return {
    title: v.title,
    description: v.description,
    category: v.category,
    status: v.status,
    solver: v.solver,
    evidenceSource: v.evidenceSource,
    proposedSolution: v.proposedSolution,
    quotes: v.quotes.split(/\r?\n/).filter((line) => line.trim() !== ''),
    rating: {
      urgency: v.urgency,
      impact: v.impact,
      feasibility: v.feasibility,
      residentsAffected: parseWholeNumber(v.residents),
    },
  };
}

type NeedFormProps = {
  draftKey: string;
  initial: NeedDraft;
  ratingLegend: string;
  submitLabel: string;
  onSave: (values: NeedFormValues) => Promise<void>;
  onCancel: () => void;
  /** Shown above the buttons: linked items, archive. */
  extra?: ReactNode;
};

/** A need's fields and its rating at one assessment, kept as a draft as the user types. */
export function NeedForm(props: NeedFormProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const draft = useDraft<NeedDraft>(props.draftKey, props.initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<ErrorCode | 'fixErrors' | null>(null);
  const [saving, setSaving] = useState(false);
  const [attempted, setAttempted] = useState(false);
  const { values } = draft;

  const change = (patch: Partial<NeedDraft>) => {
    draft.update(patch);
    if (attempted) {
      const result = validate(needFormSchema, toFormValues({ ...values, ...patch }));
      setErrors(result.ok ? {} : result.errors);
    }
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setAttempted(true);
    const result = validate(needFormSchema, toFormValues(values));
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

  const message = (field: string) => fieldMessage(errors, field, locale);
  const text = (
    key: 'title' | 'description' | 'evidenceSource' | 'quotes' | 'proposedSolution',
    options: { label: string; hint?: string; multiline?: boolean; required?: boolean },
  ) => (
    <Field
      label={options.label}
      hint={options.hint}
      optionalLabel={options.required ? undefined : t('common.optional')}
      error={key === 'quotes' ? quoteError() : message(key)}
    >
      {({ controlId, describedBy, invalid }) => {
        const common = {
          id: controlId,
          className: controlClassName,
          value: values[key],
          'aria-describedby': describedBy,
          'aria-invalid': invalid,
        };
        return options.multiline ? (
          <textarea
            {...common}
            rows={3}
            onChange={(event) => change({ [key]: event.target.value })}
          />
        ) : (
          <input
            {...common}
            onChange={(event) => change({ [key]: event.target.value })}
            aria-required={options.required ? 'true' : undefined}
            autoComplete="off"
            autoFocus={options.required}
          />
        );
      }}
    </Field>
  );
  const quoteError = () => {
    const key = Object.keys(errors).find((k) => k.startsWith('quotes'));
    return key ? fieldMessage(errors, key, locale) : undefined;
  };
  if (!draft.ready) return <div className={styles.form} aria-busy="true" />;

  return (
    <form className={styles.form} onSubmit={(event) => void submit(event)} noValidate>
      {draft.restored && (
        <div className={styles.notice} role="status">
          <span>{t('common.draftRestored')}</span>
          <Button size="small" variant="ghost" onClick={() => void draft.clear(props.initial)}>
            {t('common.discardDraft')}
          </Button>
        </div>
      )}
      {text('title', {
        label: t('needs.need.titleLabel'),
        hint: t('needs.need.titleHint'),
        required: true,
      })}
      <NeedChoices values={values} onChange={change} />
      {text('description', { label: t('needs.need.description'), multiline: true })}
      <NeedRatingFields
        legend={props.ratingLegend}
        values={values}
        onChange={change}
        residentsError={fieldMessage(errors, 'rating.residentsAffected', locale, {
          min: 0,
          max: needLimits.residents,
        })}
      />
      {text('evidenceSource', {
        label: t('needs.need.evidenceSource'),
        hint: t('needs.need.evidenceSourceHint'),
      })}
      {text('quotes', {
        label: t('needs.need.quotes'),
        hint: t('needs.need.quotesHint'),
        multiline: true,
      })}
      {text('proposedSolution', { label: t('needs.need.proposedSolution'), multiline: true })}
      {props.extra}
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
