import type { ReactNode } from 'react';
import styles from './ReadOnlyFieldset.module.css';

/**
 * Groups editors that one person may change and another only read (a
 * mentor in the leader's workbook): `disabled` turns off every button and
 * field inside at once, natively, so nothing there can start a write.
 */
export function ReadOnlyFieldset({
  disabled,
  children,
}: {
  disabled: boolean;
  children: ReactNode;
}) {
  return (
    <fieldset className={styles.fieldset} disabled={disabled}>
      {children}
    </fieldset>
  );
}
