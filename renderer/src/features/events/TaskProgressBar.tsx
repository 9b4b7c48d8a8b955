import { Progress } from 'radix-ui';
import { useTranslation } from 'react-i18next';
import type { TaskProgress } from '../../../../shared/domain/eventPlan';
import styles from './Events.module.css';

/** Done tasks out of all, with overdue ones called out. */
export function TaskProgressBar({ progress }: { progress: TaskProgress }) {
  const { t } = useTranslation();
  if (progress.total === 0) return null;
  const label = t('events.tasksProgress', { done: progress.done, total: progress.total });
  return (
    <div className={styles.progress}>
      <div className={styles.progressText}>
        <span>{label}</span>
        {progress.overdue > 0 && (
          <span className={styles.overdue}>
            {t('events.overdueCount', { count: progress.overdue })}
          </span>
        )}
      </div>
      <Progress.Root
        className={styles.progressTrack}
        value={progress.done}
        max={progress.total}
        aria-label={label}
      >
        <Progress.Indicator
          className={styles.progressFill}
          style={{ width: `${(progress.done / progress.total) * 100}%` }}
        />
      </Progress.Root>
    </div>
  );
}
