import { useTranslation } from 'react-i18next';
import {
  needCategories,
  needSolvers,
  needStatuses,
  type NeedCategory,
  type NeedSolver,
  type NeedStatus,
} from '../../../../shared/domain/need';
import { Field } from '../../ui/Field';
import { Select } from '../../ui/Select';
import styles from './NeedsForm.module.css';

type Choices = { category: NeedCategory; status: NeedStatus; solver: NeedSolver };

/** A need's category, status and who can solve it. */
export function NeedChoices({
  values,
  onChange,
}: {
  values: Choices;
  onChange: (patch: Partial<Choices>) => void;
}) {
  const { t } = useTranslation();
  return (
    <div className={styles.row3}>
      <Field label={t('needs.need.categoryLabel')}>
        {({ controlId }) => (
          <Select
            id={controlId}
            value={values.category}
            onChange={(category) => onChange({ category })}
            options={needCategories.map((c) => ({ value: c, label: t(`needs.category.${c}`) }))}
          />
        )}
      </Field>
      <Field label={t('needs.need.statusLabel')}>
        {({ controlId }) => (
          <Select
            id={controlId}
            value={values.status}
            onChange={(status) => onChange({ status })}
            options={needStatuses.map((s) => ({ value: s, label: t(`needs.status.${s}`) }))}
          />
        )}
      </Field>
      <Field label={t('needs.need.solverLabel')}>
        {({ controlId }) => (
          <Select
            id={controlId}
            value={values.solver}
            onChange={(solver) => onChange({ solver })}
            options={needSolvers.map((s) => ({ value: s, label: t(`needs.solver.${s}`) }))}
          />
        )}
      </Field>
    </div>
  );
}
