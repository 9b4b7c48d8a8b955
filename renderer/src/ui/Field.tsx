import { useId, type ReactNode } from 'react';
import styles from './Field.module.css';

type FieldProps = {
  label: string;
  hint?: string;
  error?: string;
  optionalLabel?: string;
  /** Shows `count / max` beside the label when both are given. */
  counter?: { count: number; max: number; text: string };
  children: (ids: {
    controlId: string;
    describedBy: string | undefined;
    invalid: boolean;
  }) => ReactNode;
};

/** A labelled form control with its hint, its error and a length counter. */
export function Field({ label, hint, error, optionalLabel, counter, children }: FieldProps) {
  const controlId = useId();
  const hintId = `${controlId}-hint`;
  const errorId = `${controlId}-error`;
  const describedBy =
    [error ? errorId : '', hint ? hintId : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className={styles.field}>
      <div className={styles.labelRow}>
        <label className={styles.label} htmlFor={controlId}>
          {label}
          {optionalLabel && <span className={styles.optional}>({optionalLabel})</span>}
        </label>
        {counter && (
          <span
            className={`${styles.counter} ${counter.count > counter.max ? styles.counterOver : ''}`}
            aria-hidden="true"
          >
            {counter.text}
          </span>
        )}
      </div>
      {children({ controlId, describedBy, invalid: Boolean(error) })}
      {error && (
        <p id={errorId} className={styles.error} role="alert">
          {error}
        </p>
      )}
      {hint && (
        <p id={hintId} className={styles.hint}>
          {hint}
        </p>
      )}
    </div>
  );
}

export const controlClassName = styles.control;
