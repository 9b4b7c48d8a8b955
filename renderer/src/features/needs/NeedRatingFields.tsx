import { RadioGroup } from 'radix-ui';
import { useTranslation } from 'react-i18next';
import { Field, controlClassName } from '../../ui/Field';
import styles from './NeedsForm.module.css';

export type RatingValues = {
  urgency: number;
  impact: number;
  feasibility: number;
  residents: string;
};

type NeedRatingFieldsProps = {
  legend: string;
  values: RatingValues;
  onChange: (patch: Partial<RatingValues>) => void;
  residentsError: string | undefined;
};

const levels = [1, 2, 3, 4, 5] as const;

/** Urgency, impact and feasibility from 1 to 5, and how many residents are affected. */
export function NeedRatingFields({
  legend,
  values,
  onChange,
  residentsError,
}: NeedRatingFieldsProps) {
  const { t } = useTranslation();
  const scale = (key: 'urgency' | 'impact' | 'feasibility') => (
    <div className={styles.levelRow}>
      <span className={styles.levelLabel} id={`rating-${key}`}>
        {t(`needs.parts.${key}`)}
      </span>
      <RadioGroup.Root
        className={styles.levels}
        value={String(values[key])}
        onValueChange={(value) => onChange({ [key]: Number(value) })}
        aria-labelledby={`rating-${key}`}
        aria-describedby={`rating-${key}-hint`}
        orientation="horizontal"
      >
        {levels.map((level) => (
          <RadioGroup.Item
            key={level}
            className={styles.level}
            value={String(level)}
            aria-label={t('needs.need.levelOption', { value: level })}
          >
            {level}
          </RadioGroup.Item>
        ))}
      </RadioGroup.Root>
      <span className={styles.levelHint} id={`rating-${key}-hint`}>
        {t(`needs.need.${key}Hint`)}
      </span>
    </div>
  );
  return (
    <fieldset className={styles.fieldset}>
      <legend className={styles.legend}>{legend}</legend>
      {scale('urgency')}
      {scale('impact')}
      {scale('feasibility')}
      <Field label={t('needs.need.residentsAffected')} error={residentsError}>
        {({ controlId, describedBy, invalid }) => (
          <input
            id={controlId}
            inputMode="numeric"
            className={controlClassName}
            value={values.residents}
            onChange={(event) => onChange({ residents: event.target.value })}
            aria-describedby={describedBy}
            aria-invalid={invalid}
          />
        )}
      </Field>
    </fieldset>
  );
}
