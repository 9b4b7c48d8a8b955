import { RadioGroup } from 'radix-ui';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { RestoreTarget } from './workbookBackup';
import styles from './Backup.module.css';

export type TargetOption = { value: RestoreTarget; label: string; hint: string };

/** The choice of where a backup is restored, each option with what it means. */
export function RestoreTargets(props: {
  options: TargetOption[];
  value: RestoreTarget;
  onChange: (value: RestoreTarget) => void;
}) {
  const { t } = useTranslation();
  const labelId = useId();
  return (
    <div className={styles.targetsBox}>
      <p id={labelId} className={styles.label}>
        {t('backup.targetLabel')}
      </p>
      <RadioGroup.Root
        className={styles.targets}
        value={props.value}
        onValueChange={(value) => props.onChange(value as RestoreTarget)}
        aria-labelledby={labelId}
      >
        {props.options.map((option) => (
          <RadioGroup.Item key={option.value} value={option.value} className={styles.target}>
            <span className={styles.dot}>
              <RadioGroup.Indicator className={styles.indicator} />
            </span>
            <span>
              <span className={styles.targetLabel}>{option.label}</span>
              <span className={styles.hint}>{option.hint}</span>
            </span>
          </RadioGroup.Item>
        ))}
      </RadioGroup.Root>
    </div>
  );
}
