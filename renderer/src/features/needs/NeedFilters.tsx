import { ArrowDownWideNarrow, ArrowUpNarrowWide, X } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { needCategories, needStatuses } from '../../../../shared/domain/need';
import { needSortKeys, type NeedSortKey } from '../../../../shared/domain/needScore';
import { Button } from '../../ui/Button';
import { Field } from '../../ui/Field';
import { Select } from '../../ui/Select';
import { useNeedsStore } from './needsStore';
import type { AssessmentItem } from './useNeedsData';
import styles from './NeedFilters.module.css';

/** Category, status and assessment filters, the matrix cell, and the sort. */
export function NeedFilters({ assessments }: { assessments: AssessmentItem[] }) {
  const { t } = useTranslation();
  const filter = useNeedsStore((s) => s.filter);
  const sort = useNeedsStore((s) => s.sort);
  const setFilter = useNeedsStore((s) => s.setFilter);
  const setSort = useNeedsStore((s) => s.setSort);
  const sortLabel = (key: NeedSortKey) =>
    key === 'score'
      ? t('needs.filters.sortScore')
      : key === 'title'
        ? t('needs.filters.sortTitle')
        : t(`needs.parts.${key}`);
  return (
    <div className={styles.bar} role="group" aria-label={t('needs.filters.label')}>
      <Field label={t('needs.filters.category')}>
        {({ controlId }) => (
          <Select
            id={controlId}
            value={filter.category}
            onChange={(category) => setFilter({ category })}
            options={[
              { value: 'all' as const, label: t('needs.filters.all') },
              ...needCategories.map((c) => ({ value: c, label: t(`needs.category.${c}`) })),
            ]}
          />
        )}
      </Field>
      <Field label={t('needs.filters.status')}>
        {({ controlId }) => (
          <Select
            id={controlId}
            value={filter.status}
            onChange={(status) => setFilter({ status })}
            options={[
              { value: 'all' as const, label: t('needs.filters.all') },
              ...needStatuses.map((s) => ({ value: s, label: t(`needs.status.${s}`) })),
            ]}
          />
        )}
      </Field>
      <Field label={t('needs.filters.assessment')}>
        {({ controlId }) => (
          <Select
            id={controlId}
            value={filter.assessmentId}
            onChange={(assessmentId) => setFilter({ assessmentId })}
            options={[
              { value: 'all', label: t('needs.filters.allAssessments') },
              ...assessments.map((a) => ({ value: a.docId, label: a.assessment.title })),
            ]}
          />
        )}
      </Field>
      <Field label={t('needs.filters.sort')}>
        {({ controlId }) => (
          <div className={styles.sort}>
            <Select
              id={controlId}
              value={sort.key}
              onChange={(key) => setSort({ ...sort, key })}
              options={needSortKeys.map((key) => ({ value: key, label: sortLabel(key) }))}
            />
            <Button
              iconOnly
              aria-label={
                sort.direction === 'desc'
                  ? t('needs.filters.descending')
                  : t('needs.filters.ascending')
              }
              onClick={() =>
                setSort({ ...sort, direction: sort.direction === 'desc' ? 'asc' : 'desc' })
              }
            >
              {sort.direction === 'desc' ? (
                <ArrowDownWideNarrow size={16} aria-hidden="true" />
              ) : (
                <ArrowUpNarrowWide size={16} aria-hidden="true" />
              )}
            </Button>
          </div>
        )}
      </Field>
      {filter.cell && (
        <div className={styles.chip}>
          <span>{t('needs.filters.cell', filter.cell)}</span>
          <Button
            size="small"
            variant="ghost"
            iconOnly
            aria-label={t('needs.filters.clearCell')}
            onClick={() => setFilter({ cell: null })}
          >
            <X size={14} aria-hidden="true" />
          </Button>
        </div>
      )}
    </div>
  );
}
