import { Plus, Trash2 } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { eventPlanLimits } from '../../../../shared/domain/eventPlan';
import { newId } from '../../db/items';
import { Button } from '../../ui/Button';
import { controlClassName } from '../../ui/Field';
import { patchById, withoutId } from './listUpdates';
import type { PlanEditor } from './usePlanEditor';
import styles from './Events.module.css';

/** The experience trip's "ideas to borrow" from the communities visited. */
export function IdeasEditor({ editor }: { editor: PlanEditor }) {
  const { t } = useTranslation();
  const { plan, change } = editor;
  return (
    <section className={styles.panel} aria-labelledby="plan-ideas">
      <div>
        <h2 id="plan-ideas" className={styles.panelTitle}>
          {t('events.ideas.title')}
        </h2>
        <p className={styles.muted}>{t('events.ideas.hint')}</p>
      </div>
      {plan.ideas.length === 0 && <p className={styles.muted}>{t('events.ideas.empty')}</p>}
      <ul className={styles.plainList}>
        {plan.ideas.map((idea) => (
          <li key={idea.id} className={styles.ideaRow}>
            <textarea
              className={`${controlClassName} ${styles.grow}`}
              aria-label={t('events.ideas.text')}
              value={idea.text}
              rows={2}
              maxLength={1000}
              onChange={(event) =>
                change((p) => ({
                  ...p,
                  ideas: patchById(p.ideas, idea.id, { text: event.target.value }),
                }))
              }
            />
            <input
              className={`${controlClassName} ${styles.who}`}
              aria-label={t('events.ideas.from')}
              placeholder={t('events.ideas.from')}
              value={idea.from}
              maxLength={eventPlanLimits.short}
              onChange={(event) =>
                change((p) => ({
                  ...p,
                  ideas: patchById(p.ideas, idea.id, { from: event.target.value }),
                }))
              }
            />
            <Button
              variant="ghost"
              size="small"
              iconOnly
              aria-label={t('events.ideas.remove')}
              onClick={() => change((p) => ({ ...p, ideas: withoutId(p.ideas, idea.id) }))}
            >
              <Trash2 size={16} aria-hidden="true" />
            </Button>
          </li>
        ))}
      </ul>
      {plan.ideas.length < eventPlanLimits.ideas && (
        <Button
          size="small"
          onClick={() =>
            change((p) => ({ ...p, ideas: [...p.ideas, { id: newId(), text: '', from: '' }] }))
          }
        >
          <Plus size={16} aria-hidden="true" />
          {t('events.ideas.add')}
        </Button>
      )}
    </section>
  );
}
