import { ToggleGroup } from 'radix-ui';
import { useTranslation } from 'react-i18next';
import { periodChoices, type PeriodChoice } from '../../../../shared/domain/figures';
import { controlClassName } from '../../ui/Field';
import { useFiguresStore } from './figuresStore';
import styles from './Figures.module.css';

const isoDay = /^\d{4}-\d{2}-\d{2}$/;

/** All time, this year, last year, or days of one's own. */
export function PeriodPicker() {
  const { t } = useTranslation();
  const choice = useFiguresStore((s) => s.choice);
  const custom = useFiguresStore((s) => s.custom);
  const setChoice = useFiguresStore((s) => s.setChoice);
  const setCustom = useFiguresStore((s) => s.setCustom);
  // A date input gives '' while a day is half typed; that leaves the bound open.
  const day = (value: string) => (isoDay.test(value) ? value : null);

  return (
    <div className={styles.period}>
      <span className={styles.periodLabel} id="figures-period-label">
        {t('figures.period.label')}
      </span>
      <ToggleGroup.Root
        type="single"
        className={styles.toggle}
        value={choice}
        onValueChange={(value) => value && setChoice(value as PeriodChoice)}
        aria-labelledby="figures-period-label"
      >
        {periodChoices.map((value) => (
          <ToggleGroup.Item key={value} value={value} className={styles.toggleItem}>
            {t(`figures.period.${value}`)}
          </ToggleGroup.Item>
        ))}
      </ToggleGroup.Root>
      {choice === 'custom' && (
        <div className={styles.customDays}>
          <label className={styles.dayField}>
            {t('figures.period.from')}
            <input
              type="date"
              className={controlClassName}
              value={custom.from ?? ''}
              max={custom.to ?? undefined}
              onChange={(event) => setCustom({ from: day(event.target.value) })}
            />
          </label>
          <label className={styles.dayField}>
            {t('figures.period.to')}
            <input
              type="date"
              className={controlClassName}
              value={custom.to ?? ''}
              min={custom.from ?? undefined}
              onChange={(event) => setCustom({ to: day(event.target.value) })}
            />
          </label>
        </div>
      )}
    </div>
  );
}
