import { useTranslation } from 'react-i18next';
import { eventKinds, eventPlanLimits, planStatuses } from '../../../../shared/domain/eventPlan';
import { Field, controlClassName } from '../../ui/Field';
import { Select } from '../../ui/Select';
import { DaysEditor } from './DaysEditor';
import { LinkedNeedsPicker } from './LinkedNeedsPicker';
import { parseCount } from './listUpdates';
import { PartnersEditor } from './PartnersEditor';
import type { PlanEditor } from './usePlanEditor';
import styles from './Events.module.css';

/** Title, kind, status, goals, place, audience, days, partners and linked needs. */
export function PlanOverview({ editor, communityId }: { editor: PlanEditor; communityId: string }) {
  const { t } = useTranslation();
  const { plan, change } = editor;
  return (
    <div className={styles.columns}>
      <section className={styles.panel} aria-labelledby="plan-details">
        <h2 id="plan-details" className={styles.panelTitle}>
          {t('events.overview.details')}
        </h2>
        <Field label={t('events.overview.name')}>
          {({ controlId }) => (
            <input
              id={controlId}
              className={controlClassName}
              value={plan.title}
              maxLength={eventPlanLimits.title}
              onChange={(event) => change((p) => ({ ...p, title: event.target.value }))}
              autoComplete="off"
            />
          )}
        </Field>
        <div className={styles.row2}>
          <Field label={t('events.overview.kind')}>
            {({ controlId }) => (
              <Select
                id={controlId}
                value={plan.kind}
                options={eventKinds.map((kind) => ({
                  value: kind,
                  label: t(`events.kind.${kind}`),
                }))}
                onChange={(kind) => change((p) => ({ ...p, kind }))}
              />
            )}
          </Field>
          <Field label={t('events.overview.status')}>
            {({ controlId }) => (
              <Select
                id={controlId}
                value={plan.status}
                options={planStatuses.map((status) => ({
                  value: status,
                  label: t(`events.status.${status}`),
                }))}
                onChange={(status) => change((p) => ({ ...p, status }))}
              />
            )}
          </Field>
        </div>
        <Field label={t('events.overview.goals')} hint={t('events.overview.goalsHint')}>
          {({ controlId, describedBy }) => (
            <textarea
              id={controlId}
              className={controlClassName}
              value={plan.goals}
              maxLength={eventPlanLimits.goals}
              onChange={(event) => change((p) => ({ ...p, goals: event.target.value }))}
              aria-describedby={describedBy}
            />
          )}
        </Field>
        <Field label={t('events.overview.place')}>
          {({ controlId }) => (
            <input
              id={controlId}
              className={controlClassName}
              value={plan.place}
              maxLength={eventPlanLimits.place}
              onChange={(event) => change((p) => ({ ...p, place: event.target.value }))}
            />
          )}
        </Field>
        <div className={styles.row2}>
          <Field label={t('events.overview.audience')}>
            {({ controlId }) => (
              <input
                id={controlId}
                className={controlClassName}
                value={plan.audience}
                maxLength={eventPlanLimits.audience}
                onChange={(event) => change((p) => ({ ...p, audience: event.target.value }))}
              />
            )}
          </Field>
          <Field label={t('events.overview.expected')}>
            {({ controlId }) => (
              <input
                id={controlId}
                className={controlClassName}
                inputMode="numeric"
                value={plan.expectedParticipants ?? ''}
                onChange={(event) =>
                  change((p) => ({
                    ...p,
                    expectedParticipants: parseCount(
                      event.target.value,
                      eventPlanLimits.participants,
                    ),
                  }))
                }
              />
            )}
          </Field>
        </div>
      </section>
      <div className={styles.stack}>
        <DaysEditor editor={editor} />
        <LinkedNeedsPicker editor={editor} communityId={communityId} />
        <PartnersEditor editor={editor} />
      </div>
    </div>
  );
}
