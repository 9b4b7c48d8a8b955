import { Plus, Trash2 } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { eventPlanLimits, localIsoDay, planDateRange } from '../../../../shared/domain/eventPlan';
import { addDaysIso } from '../../../../shared/domain/eventTemplates';
import { newId } from '../../db/items';
import { Button } from '../../ui/Button';
import { ConfirmDialog } from '../../ui/Dialog';
import { controlClassName } from '../../ui/Field';
import type { PlanEditor } from './usePlanEditor';
import styles from './Events.module.css';

/** The plan's days: each a date; removing one asks first, since its agenda goes with it. */
export function DaysEditor({ editor }: { editor: PlanEditor }) {
  const { t } = useTranslation();
  const { plan, change } = editor;
  const [removing, setRemoving] = useState<string | null>(null);
  const addDay = () =>
    change((p) => {
      const last = planDateRange(p)?.last;
      return {
        ...p,
        days: [...p.days, { id: newId(), date: addDaysIso(last ?? localIsoDay(), last ? 1 : 0) }],
      };
    });
  const removingIndex = plan.days.findIndex((day) => day.id === removing);
  return (
    <section className={styles.panel} aria-labelledby="plan-days">
      <h2 id="plan-days" className={styles.panelTitle}>
        {t('events.overview.days')}
      </h2>
      <ol className={styles.plainList}>
        {plan.days.map((day, index) => (
          <li key={day.id} className={styles.dayRow}>
            <label className={styles.inlineLabel} htmlFor={`day-${day.id}`}>
              {t('events.overview.dayLabel', { number: index + 1 })}
            </label>
            <input
              id={`day-${day.id}`}
              type="date"
              className={controlClassName}
              value={day.date}
              required
              onChange={(event) => {
                const date = event.target.value;
                if (!date) return; // a plan day always has a date
                change((p) => ({
                  ...p,
                  days: p.days.map((d) => (d.id === day.id ? { ...d, date } : d)),
                }));
              }}
            />
            {plan.days.length > 1 && (
              <Button
                variant="ghost"
                size="small"
                iconOnly
                aria-label={t('events.overview.removeDay', { number: index + 1 })}
                onClick={() => setRemoving(day.id)}
              >
                <Trash2 size={16} aria-hidden="true" />
              </Button>
            )}
          </li>
        ))}
      </ol>
      {plan.days.length < eventPlanLimits.days && (
        <Button size="small" onClick={addDay}>
          <Plus size={16} aria-hidden="true" />
          {t('events.overview.addDay')}
        </Button>
      )}
      <ConfirmDialog
        open={removing !== null}
        onOpenChange={(open) => !open && setRemoving(null)}
        title={t('events.overview.removeDayTitle', { number: removingIndex + 1 })}
        body={t('events.overview.removeDayBody', {
          count: plan.agenda.filter((item) => item.dayId === removing).length,
        })}
        confirmLabel={t('events.overview.remove')}
        cancelLabel={t('common.cancel')}
        onConfirm={() => {
          const dayId = removing;
          setRemoving(null);
          change((p) => ({
            ...p,
            days: p.days.filter((d) => d.id !== dayId),
            agenda: p.agenda.filter((item) => item.dayId !== dayId),
          }));
        }}
      />
    </section>
  );
}
