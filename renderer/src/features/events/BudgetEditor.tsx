import { Plus, Trash2 } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import {
  budgetLimits,
  formatEuros,
  fundingSources,
  plannedLineCents,
  type BudgetLine,
} from '../../../../shared/domain/budget';
import { intlLocale } from '../../../../shared/i18n/locales';
import { useLocale } from '../../app/useLocale';
import { newId } from '../../db/items';
import { Button } from '../../ui/Button';
import { controlClassName } from '../../ui/Field';
import { Select } from '../../ui/Select';
import { BudgetTotals } from './BudgetTotals';
import { DecimalInput } from './DecimalInput';
import { patchById, withoutId } from './listUpdates';
import type { PlanEditor } from './usePlanEditor';
import styles from './Events.module.css';

/** Budget lines, planned (quantity × unit cost) and actual, in exact cents. */
export function BudgetEditor({ editor }: { editor: PlanEditor }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { plan, change } = editor;
  const add = () =>
    change((p) => ({
      ...p,
      budget: [
        ...p.budget,
        {
          id: newId(),
          item: '',
          quantityHundredths: 100,
          unitCostCents: 0,
          actualCents: null,
          source: 'programme',
        },
      ],
    }));
  return (
    <div className={styles.stack}>
      <section className={styles.panel} aria-labelledby="plan-budget">
        <h2 id="plan-budget" className={styles.panelTitle}>
          {t('events.budget.title')}
        </h2>
        {plan.budget.length === 0 ? (
          <p className={styles.muted}>{t('events.budget.empty')}</p>
        ) : (
          <table className={styles.budgetTable}>
            <thead>
              <tr>
                <th scope="col">{t('events.budget.item')}</th>
                <th scope="col">{t('events.budget.quantity')}</th>
                <th scope="col">{t('events.budget.unitCost')}</th>
                <th scope="col" className={styles.num}>
                  {t('events.budget.planned')}
                </th>
                <th scope="col">{t('events.budget.actual')}</th>
                <th scope="col">{t('events.budget.source')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('events.budget.remove', { item: '' })}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {plan.budget.map((line) => {
                const name = line.item || t('events.budget.untitled');
                const patch = (value: Partial<BudgetLine>) =>
                  change((p) => ({ ...p, budget: patchById(p.budget, line.id, value) }));
                return (
                  <tr key={line.id} aria-label={name}>
                    <td>
                      <input
                        className={controlClassName}
                        aria-label={t('events.budget.item')}
                        value={line.item}
                        maxLength={budgetLimits.item}
                        onChange={(event) => patch({ item: event.target.value })}
                      />
                    </td>
                    <td>
                      <DecimalInput
                        label={t('events.budget.quantity')}
                        invalidMessage={t('events.budget.invalidQuantity')}
                        value={line.quantityHundredths}
                        max={budgetLimits.maxQuantityHundredths}
                        onChange={(value) => patch({ quantityHundredths: value ?? 0 })}
                      />
                    </td>
                    <td>
                      <DecimalInput
                        label={t('events.budget.unitCost')}
                        invalidMessage={t('events.budget.invalidAmount')}
                        value={line.unitCostCents}
                        max={budgetLimits.maxCents}
                        onChange={(value) => patch({ unitCostCents: value ?? 0 })}
                      />
                    </td>
                    <td className={styles.num}>
                      <output aria-label={t('events.budget.planned')}>
                        {formatEuros(plannedLineCents(line), intlLocale[locale])}
                      </output>
                    </td>
                    <td>
                      <DecimalInput
                        label={t('events.budget.actual')}
                        invalidMessage={t('events.budget.invalidAmount')}
                        value={line.actualCents}
                        max={budgetLimits.maxCents}
                        allowEmpty
                        onChange={(value) => patch({ actualCents: value })}
                      />
                    </td>
                    <td>
                      <Select
                        value={line.source}
                        options={fundingSources.map((source) => ({
                          value: source,
                          label: t(`events.budget.sources.${source}`),
                        }))}
                        onChange={(source) => patch({ source })}
                      />
                    </td>
                    <td>
                      <Button
                        variant="ghost"
                        size="small"
                        iconOnly
                        aria-label={t('events.budget.remove', { item: name })}
                        onClick={() =>
                          change((p) => ({ ...p, budget: withoutId(p.budget, line.id) }))
                        }
                      >
                        <Trash2 size={16} aria-hidden="true" />
                      </Button>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        )}
        {plan.budget.length < budgetLimits.lines && (
          <Button size="small" onClick={add}>
            <Plus size={16} aria-hidden="true" />
            {t('events.budget.add')}
          </Button>
        )}
      </section>
      {plan.budget.length > 0 && <BudgetTotals lines={plan.budget} />}
    </div>
  );
}
