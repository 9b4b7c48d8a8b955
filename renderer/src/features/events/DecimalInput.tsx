import { useState } from 'react';
import { hundredthsToInput, parseHundredths } from '../../../../shared/domain/budget';
import { useLocale } from '../../app/useLocale';
import { controlClassName } from '../../ui/Field';
import styles from './Events.module.css';

type DecimalInputProps = {
  /** The value in hundredths (cents for money), or null when empty. */
  value: number | null;
  onChange: (value: number | null) => void;
  label: string;
  invalidMessage: string;
  allowEmpty?: boolean;
  max: number;
};

/**
 * A decimal with up to two places typed as text ("12,50" or "12.50") and
 * parsed exactly into hundredths. While the field has focus what was typed
 * is kept as typed, even when it cannot be read yet; the stored value
 * changes only to numbers that can.
 */
export function DecimalInput({
  value,
  onChange,
  label,
  invalidMessage,
  allowEmpty,
  max,
}: DecimalInputProps) {
  const locale = useLocale();
  const separator = locale === 'lv' ? ',' : '.';
  const [editing, setEditing] = useState<string | null>(null);
  const shown = editing ?? (value === null ? '' : hundredthsToInput(value, separator));
  const parsed = editing === null ? value : parseHundredths(editing);
  const invalid =
    editing !== null && !(editing.trim() === '' && allowEmpty) && (parsed === null || parsed > max);
  return (
    <span className={styles.decimal}>
      <input
        className={`${controlClassName} ${styles.number}`}
        inputMode="decimal"
        aria-label={label}
        aria-invalid={invalid || undefined}
        title={invalid ? invalidMessage : undefined}
        value={shown}
        onFocus={() => setEditing(shown)}
        onBlur={() => setEditing(null)}
        onChange={(event) => {
          const text = event.target.value;
          setEditing(text);
          if (text.trim() === '' && allowEmpty) onChange(null);
          else {
            const next = parseHundredths(text);
            if (next !== null && next <= max) onChange(next);
          }
        }}
      />
      {invalid && (
        <span className={styles.fieldError} role="alert">
          {invalidMessage}
        </span>
      )}
    </span>
  );
}
