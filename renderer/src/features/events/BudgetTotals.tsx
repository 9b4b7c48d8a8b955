import { useTranslation } from 'react-i18next';
import { budgetTotals, formatEuros, type BudgetLine } from '../../../../shared/domain/budget';
import { intlLocale } from '../../../../shared/i18n/locales';
import { useLocale } from '../../app/useLocale';
import styles from './Events.module.css';

/** Planned and actual sums, per funding source and overall. */
export function BudgetTotals({ lines }: { lines: readonly BudgetLine[] }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const totals = budgetTotals(lines);
  const euros = (cents: number) => formatEuros(cents, intlLocale[locale]);
  return (
    <section className={styles.panel} aria-labelledby="plan-budget-totals">
      <h2 id="plan-budget-totals" className={styles.panelTitle}>
        {t('events.budget.totals')}
      </h2>
      <table className={styles.totalsTable}>
        <thead>
          <tr>
            <th scope="col">{t('events.budget.totalsBySource')}</th>
            <th scope="col" className={styles.num}>
              {t('events.budget.planned')}
            </th>
            <th scope="col" className={styles.num}>
              {t('events.budget.actualShort')}
            </th>
          </tr>
        </thead>
        <tbody>
          {totals.bySource.map((row) => (
            <tr key={row.source}>
              <th scope="row">{t(`events.budget.sources.${row.source}`)}</th>
              <td className={styles.num}>{euros(row.planned)}</td>
              <td className={styles.num}>{euros(row.actual)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t('events.budget.totalOverall')}</th>
            <td className={styles.num} data-testid="budget-total-planned">
              {euros(totals.planned)}
            </td>
            <td className={styles.num} data-testid="budget-total-actual">
              {euros(totals.actual)}
            </td>
          </tr>
        </tfoot>
      </table>
    </section>
  );
}
