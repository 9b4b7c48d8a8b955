import { Plus, Trash2 } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import {
  eventPlanLimits,
  invitationStatuses,
  partnerKinds,
} from '../../../../shared/domain/eventPlan';
import { newId } from '../../db/items';
import { Button } from '../../ui/Button';
import { controlClassName } from '../../ui/Field';
import { Select } from '../../ui/Select';
import { patchById, withoutId } from './listUpdates';
import type { PlanEditor } from './usePlanEditor';
import styles from './Events.module.css';

/** Invited partners with the state of each invitation. */
export function PartnersEditor({ editor }: { editor: PlanEditor }) {
  const { t } = useTranslation();
  const { plan, change } = editor;
  return (
    <section className={styles.panel} aria-labelledby="plan-partners">
      <div>
        <h2 id="plan-partners" className={styles.panelTitle}>
          {t('events.partners.title')}
        </h2>
        <p className={styles.muted}>{t('events.partners.hint')}</p>
      </div>
      {plan.partners.length === 0 && <p className={styles.muted}>{t('events.partners.empty')}</p>}
      <ul className={styles.plainList}>
        {plan.partners.map((partner) => (
          <li key={partner.id} className={styles.partnerRow}>
            <input
              className={controlClassName}
              aria-label={t('events.partners.name')}
              value={partner.name}
              maxLength={eventPlanLimits.short}
              onChange={(event) =>
                change((p) => ({
                  ...p,
                  partners: patchById(p.partners, partner.id, { name: event.target.value }),
                }))
              }
            />
            <div className={styles.partnerSelects}>
              <Select
                value={partner.kind}
                options={partnerKinds.map((kind) => ({
                  value: kind,
                  label: t(`events.partners.kinds.${kind}`),
                }))}
                onChange={(kind) =>
                  change((p) => ({ ...p, partners: patchById(p.partners, partner.id, { kind }) }))
                }
                describedBy={undefined}
              />
              <Select
                value={partner.status}
                options={invitationStatuses.map((status) => ({
                  value: status,
                  label: t(`events.partners.statuses.${status}`),
                }))}
                onChange={(status) =>
                  change((p) => ({ ...p, partners: patchById(p.partners, partner.id, { status }) }))
                }
              />
              <Button
                variant="ghost"
                size="small"
                iconOnly
                aria-label={t('events.partners.remove', { name: partner.name })}
                onClick={() =>
                  change((p) => ({ ...p, partners: withoutId(p.partners, partner.id) }))
                }
              >
                <Trash2 size={16} aria-hidden="true" />
              </Button>
            </div>
          </li>
        ))}
      </ul>
      {plan.partners.length < eventPlanLimits.partners && (
        <Button
          size="small"
          onClick={() =>
            change((p) => ({
              ...p,
              partners: [
                ...p.partners,
                { id: newId(), name: '', kind: 'municipality', status: 'notInvited' },
              ],
            }))
          }
        >
          <Plus size={16} aria-hidden="true" />
          {t('events.partners.add')}
        </Button>
      )}
    </section>
  );
}
