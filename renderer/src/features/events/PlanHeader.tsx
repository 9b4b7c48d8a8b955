import { AlertTriangle, Check, FileDown, Loader2 } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { localIsoDay, planDateRange, taskProgress } from '../../../../shared/domain/eventPlan';
import { useLocale } from '../../app/useLocale';
import { Button } from '../../ui/Button';
import { formatDayRange } from './format';
import { exportPlanPdf } from './eventPdf';
import { TaskProgressBar } from './TaskProgressBar';
import { useNeedOptions } from './useEventPlans';
import type { PlanEditor } from './usePlanEditor';
import styles from './Events.module.css';

/** The plan's title, dates, save state, task progress and PDF exports. */
export function PlanHeader({ editor, communityId }: { editor: PlanEditor; communityId: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { plan, saveState } = editor;
  const { needs } = useNeedOptions(communityId);
  const range = planDateRange(plan);
  const exportPdf = (what: 'plan' | 'report') =>
    void exportPlanPdf({ plan, what, locale, t, needs });
  return (
    <header className={styles.planHeader}>
      <div className={styles.planHeading}>
        <p className={styles.kind}>{t(`events.kind.${plan.kind}`)}</p>
        <h1 className={styles.planTitle}>{plan.title || t('events.untitled')}</h1>
        <p className={styles.meta}>
          {formatDayRange(range?.first ?? null, range?.last ?? null, locale)}
          {' · '}
          {t(`events.status.${plan.status}`)}
        </p>
        <TaskProgressBar progress={taskProgress(plan.tasks, localIsoDay())} />
      </div>
      <div className={styles.planActions}>
        <span className={styles.saveState} data-state={saveState} role="status">
          {saveState === 'saved' && <Check size={16} aria-hidden="true" />}
          {saveState === 'saving' && <Loader2 size={16} aria-hidden="true" />}
          {saveState === 'failed' && <AlertTriangle size={16} aria-hidden="true" />}
          {t(`events.save.${saveState}`)}
        </span>
        <Button size="small" onClick={() => exportPdf('plan')}>
          <FileDown size={16} aria-hidden="true" />
          {t('events.pdf.plan')}
        </Button>
        <Button size="small" onClick={() => exportPdf('report')}>
          <FileDown size={16} aria-hidden="true" />
          {t('events.pdf.report')}
        </Button>
      </div>
    </header>
  );
}
