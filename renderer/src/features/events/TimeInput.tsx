import { useState } from 'react';
import { controlClassName } from '../../ui/Field';
import styles from './Events.module.css';

/** "9:30", "09.30" or "0930" as `HH:MM`; '' for empty; null when it cannot be read. */
export function parseTime(text: string): string | null {
  const trimmed = text.trim();
  if (trimmed === '') return '';
  const match = /^(\d{1,2})[:.]?(\d{2})$/.exec(trimmed);
  if (!match) return null;
  const hours = Number(match[1]);
  const minutes = Number(match[2]);
  if (hours > 23 || minutes > 59) return null;
  return `${String(hours).padStart(2, '0')}:${match[2]}`;
}

/**
 * A 24-hour time typed as text. The browser's time field follows the
 * operating system's clock format (AM/PM on some), so it is not used; what
 * is typed is kept while the field has focus and stored once it reads as a
 * time.
 */
export function TimeInput({
  value,
  onChange,
  label,
  describedBy,
}: {
  value: string;
  onChange: (value: string) => void;
  label: string;
  describedBy?: string | undefined;
}) {
  const [editing, setEditing] = useState<string | null>(null);
  const invalid = editing !== null && parseTime(editing) === null;
  return (
    <input
      className={`${controlClassName} ${styles.time}`}
      inputMode="numeric"
      placeholder="00:00"
      maxLength={5}
      aria-label={label}
      aria-invalid={invalid || undefined}
      aria-describedby={describedBy}
      value={editing ?? value}
      onFocus={() => setEditing(value)}
      onBlur={() => setEditing(null)}
      onChange={(event) => {
        setEditing(event.target.value);
        const parsed = parseTime(event.target.value);
        if (parsed !== null) onChange(parsed);
      }}
    />
  );
}
