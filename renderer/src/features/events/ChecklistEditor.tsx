import { Checkbox } from 'radix-ui';
import { Check, Plus, Trash2 } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import {
  eventPlanLimits,
  isTaskOverdue,
  localIsoDay,
  planDateRange,
} from '../../../../shared/domain/eventPlan';
import { addDaysIso } from '../../../../shared/domain/eventTemplates';
import { newId } from '../../db/items';
import { Button } from '../../ui/Button';
import { controlClassName } from '../../ui/Field';
import { patchById, withoutId } from './listUpdates';
import { TaskProgressBar } from './TaskProgressBar';
import type { PlanEditor } from './usePlanEditor';
import { taskProgress } from '../../../../shared/domain/eventPlan';
import styles from './Events.module.css';

/** Tasks with who and by when; overdue ones stand out. */
export function ChecklistEditor({ editor }: { editor: PlanEditor }) {
  const { t } = useTranslation();
  const { plan, change } = editor;
  const today = localIsoDay();
  const add = () =>
    change((p) => {
      const first = planDateRange(p)?.first;
      const due = first && first > today ? addDaysIso(first, -1) : '';
      return { ...p, tasks: [...p.tasks, { id: newId(), title: '', who: '', due, done: false }] };
    });
  return (
    <section className={styles.panel} aria-labelledby="plan-tasks">
      <h2 id="plan-tasks" className={styles.panelTitle}>
        {t('events.checklist.title')}
      </h2>
      <TaskProgressBar progress={taskProgress(plan.tasks, today)} />
      {plan.tasks.length === 0 && <p className={styles.muted}>{t('events.checklist.empty')}</p>}
      <ul className={styles.plainList}>
        {plan.tasks.map((task) => {
          const title = task.title || t('events.checklist.untitled');
          const overdue = isTaskOverdue(task, today);
          const patch = (value: Partial<typeof task>) =>
            change((p) => ({ ...p, tasks: patchById(p.tasks, task.id, value) }));
          return (
            <li
              key={task.id}
              className={styles.taskRow}
              data-done={task.done || undefined}
              data-overdue={overdue || undefined}
            >
              <Checkbox.Root
                className={styles.checkbox}
                checked={task.done}
                onCheckedChange={(checked) => patch({ done: checked === true })}
                aria-label={t('events.checklist.done', { title })}
              >
                <Checkbox.Indicator>
                  <Check size={14} aria-hidden="true" />
                </Checkbox.Indicator>
              </Checkbox.Root>
              <input
                className={`${controlClassName} ${styles.grow} ${styles.taskTitle}`}
                aria-label={t('events.checklist.task')}
                value={task.title}
                maxLength={eventPlanLimits.short}
                onChange={(event) => patch({ title: event.target.value })}
              />
              <input
                className={`${controlClassName} ${styles.who}`}
                aria-label={t('events.checklist.who')}
                placeholder={t('events.checklist.who')}
                value={task.who}
                maxLength={eventPlanLimits.short}
                onChange={(event) => patch({ who: event.target.value })}
              />
              <input
                type="date"
                className={`${controlClassName} ${styles.date}`}
                aria-label={t('events.checklist.due')}
                value={task.due}
                onChange={(event) => patch({ due: event.target.value })}
              />
              {overdue ? (
                <span className={styles.overdueBadge}>{t('events.checklist.overdue')}</span>
              ) : (
                <span className={styles.badgeSpace} aria-hidden="true" />
              )}
              <Button
                variant="ghost"
                size="small"
                iconOnly
                aria-label={t('events.checklist.remove', { title })}
                onClick={() => change((p) => ({ ...p, tasks: withoutId(p.tasks, task.id) }))}
              >
                <Trash2 size={16} aria-hidden="true" />
              </Button>
            </li>
          );
        })}
      </ul>
      {plan.tasks.length < eventPlanLimits.tasks && (
        <Button size="small" onClick={add}>
          <Plus size={16} aria-hidden="true" />
          {t('events.checklist.add')}
        </Button>
      )}
    </section>
  );
}
