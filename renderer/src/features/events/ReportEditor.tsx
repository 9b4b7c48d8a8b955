import { useTranslation } from 'react-i18next';
import { eventPlanLimits, type EventReport } from '../../../../shared/domain/eventPlan';
import { Field, controlClassName } from '../../ui/Field';
import { RichTextEditor } from '../../ui/richText';
import { parseCount } from './listUpdates';
import { ReportNeeds } from './ReportNeeds';
import type { PlanEditor } from './usePlanEditor';
import styles from './Events.module.css';

const richFields = ['results', 'worked', 'change'] as const;

/** The report after the event, and moving the linked needs forward. */
export function ReportEditor({ editor, communityId }: { editor: PlanEditor; communityId: string }) {
  const { t } = useTranslation();
  const { plan, change } = editor;
  const patch = (value: Partial<EventReport>) =>
    change((p) => ({ ...p, report: { ...p.report, ...value } }));
  return (
    <div className={styles.stack}>
      <section className={styles.panel} aria-labelledby="plan-report">
        <div>
          <h2 id="plan-report" className={styles.panelTitle}>
            {t('events.report.title')}
          </h2>
          <p className={styles.muted}>{t('events.report.intro')}</p>
        </div>
        <div className={styles.narrowField}>
          <Field label={t('events.report.actualParticipants')}>
            {({ controlId }) => (
              <input
                id={controlId}
                className={controlClassName}
                inputMode="numeric"
                value={plan.report.actualParticipants ?? ''}
                onChange={(event) =>
                  patch({
                    actualParticipants: parseCount(
                      event.target.value,
                      eventPlanLimits.participants,
                    ),
                  })
                }
              />
            )}
          </Field>
        </div>
        {richFields.map((field) => (
          <div key={field} className={styles.richField}>
            <h3 className={styles.fieldHeading}>{t(`events.report.${field}`)}</h3>
            <RichTextEditor
              label={t(`events.report.${field}`)}
              value={plan.report[field]}
              onChange={(doc) => patch({ [field]: doc })}
            />
          </div>
        ))}
      </section>
      <ReportNeeds needIds={plan.needIds} communityId={communityId} />
    </div>
  );
}
