import type { Ref } from 'react';
import { Field, controlClassName } from './Field';

type TextFieldProps = {
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string;
  hint?: string;
  optionalLabel?: string;
  type?: 'text' | 'date' | 'email' | 'url';
  maxLength?: number;
  required?: boolean;
  autoFocus?: boolean;
  inputRef?: Ref<HTMLInputElement>;
};

/**
 * The common case of Field: one text input with its label, hint and error
 * wired for screen readers. Use Field itself for anything else.
 */
export function TextField({
  value,
  onChange,
  type = 'text',
  maxLength,
  required,
  autoFocus,
  inputRef,
  ...field
}: TextFieldProps) {
  return (
    <Field {...field}>
      {({ controlId, describedBy, invalid }) => (
        <input
          ref={inputRef}
          id={controlId}
          type={type}
          className={controlClassName}
          value={value}
          maxLength={maxLength}
          onChange={(event) => onChange(event.target.value)}
          aria-describedby={describedBy}
          aria-invalid={invalid}
          aria-required={required || undefined}
          autoFocus={autoFocus}
        />
      )}
    </Field>
  );
}
