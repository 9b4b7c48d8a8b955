import { Checkbox } from 'radix-ui';
import { Check } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { useNeedOptions, type NeedOption } from './useEventPlans';
import type { PlanEditor } from './usePlanEditor';
import styles from './Events.module.css';

/**
 * Which of the workbook's needs this event addresses. The link is stored on
 * the plan only (`needIds`); the needs feature finds it by query.
 */
export function LinkedNeedsPicker({
  editor,
  communityId,
}: {
  editor: PlanEditor;
  communityId: string;
}) {
  const { t } = useTranslation();
  const { plan, change } = editor;
  const { needs, loading } = useNeedOptions(communityId);
  const linked = new Set(plan.needIds);
  // Archived needs stay listed only while this plan links them.
  const shown = needs.filter((need) => !need.archived || linked.has(need.docId));
  const toggle = (need: NeedOption, on: boolean) =>
    change((p) => ({
      ...p,
      needIds: on
        ? [...p.needIds.filter((id) => id !== need.docId), need.docId]
        : p.needIds.filter((id) => id !== need.docId),
    }));
  return (
    <section className={styles.panel} aria-labelledby="plan-needs">
      <div>
        <h2 id="plan-needs" className={styles.panelTitle}>
          {t('events.needs.title')}
        </h2>
        <p className={styles.muted}>{t('events.needs.hint')}</p>
      </div>
      {!loading && shown.length === 0 && <p className={styles.muted}>{t('events.needs.none')}</p>}
      <ul className={styles.plainList} aria-label={t('events.needs.choose')}>
        {shown.map((need) => {
          const title = need.title || t('events.needs.untitled');
          const id = `need-${need.docId}`;
          return (
            <li key={need.docId} className={styles.checkRow}>
              <Checkbox.Root
                id={id}
                className={styles.checkbox}
                checked={linked.has(need.docId)}
                onCheckedChange={(checked) => toggle(need, checked === true)}
              >
                <Checkbox.Indicator>
                  <Check size={14} aria-hidden="true" />
                </Checkbox.Indicator>
              </Checkbox.Root>
              <label htmlFor={id} className={styles.checkLabel}>
                {title}
              </label>
              {need.status && (
                <span className={styles.needStatus} data-status={need.status}>
                  {t(`events.needs.statuses.${need.status}`)}
                </span>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
