import { Select as RadixSelect } from 'radix-ui';
import { Check, ChevronDown } from 'lucide-react';
import styles from './Select.module.css';

type SelectProps<V extends string> = {
  id?: string;
  value: V;
  options: readonly { value: V; label: string }[];
  onChange: (value: V) => void;
  describedBy?: string | undefined;
  invalid?: boolean;
};

/** A single-choice list from Radix: keyboard navigation and type-ahead included. */
export function Select<V extends string>({
  id,
  value,
  options,
  onChange,
  describedBy,
  invalid,
}: SelectProps<V>) {
  return (
    <RadixSelect.Root value={value} onValueChange={(next) => onChange(next as V)}>
      <RadixSelect.Trigger
        id={id}
        className={styles.trigger}
        aria-describedby={describedBy}
        aria-invalid={invalid || undefined}
      >
        <RadixSelect.Value />
        <RadixSelect.Icon>
          <ChevronDown size={16} aria-hidden="true" />
        </RadixSelect.Icon>
      </RadixSelect.Trigger>
      <RadixSelect.Portal>
        <RadixSelect.Content className={styles.content} position="popper" sideOffset={4}>
          <RadixSelect.Viewport className={styles.viewport}>
            {options.map((option) => (
              <RadixSelect.Item key={option.value} value={option.value} className={styles.item}>
                <RadixSelect.ItemText>{option.label}</RadixSelect.ItemText>
                <RadixSelect.ItemIndicator>
                  <Check size={16} aria-hidden="true" />
                </RadixSelect.ItemIndicator>
              </RadixSelect.Item>
            ))}
          </RadixSelect.Viewport>
        </RadixSelect.Content>
      </RadixSelect.Portal>
    </RadixSelect.Root>
  );
}
