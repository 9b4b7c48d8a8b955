import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  compareAssessmentScores,
  type NeedWeights,
  type ScoreMove,
} from '../../../../shared/domain/needScore';
import { formatNumber } from '../../app/i18n';
import { useLocale } from '../../app/useLocale';
import { Field } from '../../ui/Field';
import { Select } from '../../ui/Select';
import type { AssessmentItem, NeedItem } from './useNeedsData';
import styles from './NeedsTables.module.css';

/** How needs' scores moved between two assessments, the two latest by default. */
export function NeedComparison(props: {
  needs: NeedItem[];
  assessments: AssessmentItem[];
  weights: NeedWeights;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { assessments } = props;
  const [fromId, setFromId] = useState(assessments.at(-2)?.docId ?? '');
  const [toId, setToId] = useState(assessments.at(-1)?.docId ?? '');
  const moves = useMemo(
    () => compareAssessmentScores(props.needs, fromId, toId, props.weights),
    [props.needs, fromId, toId, props.weights],
  );
  if (assessments.length < 2) return <p className={styles.note}>{t('needs.compare.needTwo')}</p>;
  const options = assessments.map((a) => ({ value: a.docId, label: a.assessment.title }));
  const num = (n: number | undefined) => (n === undefined ? '—' : formatNumber(n, locale));
  const change = (m: ScoreMove) => {
    if (m.change === undefined)
      return m.from === undefined ? t('needs.compare.newNeed') : t('needs.compare.gone');
    if (m.change === 0) return t('needs.compare.same');
    const value = formatNumber(Math.abs(m.change), locale);
    return m.change > 0 ? t('needs.compare.rose', { value }) : t('needs.compare.fell', { value });
  };
  const fromTitle = options.find((o) => o.value === fromId)?.label ?? '';
  const toTitle = options.find((o) => o.value === toId)?.label ?? '';
  return (
    <div className={styles.stack}>
      <p className={styles.note}>{t('needs.compare.hint')}</p>
      <div className={styles.pickers}>
        <Field label={t('needs.compare.from')}>
          {({ controlId }) => (
            <Select id={controlId} value={fromId} onChange={setFromId} options={options} />
          )}
        </Field>
        <Field label={t('needs.compare.to')}>
          {({ controlId }) => (
            <Select id={controlId} value={toId} onChange={setToId} options={options} />
          )}
        </Field>
      </div>
      {moves.length === 0 ? (
        <p className={styles.note}>{t('needs.compare.none')}</p>
      ) : (
        <table className={styles.table} aria-label={t('needs.compare.table')}>
          <thead>
            <tr>
              <th>{t('needs.compare.need')}</th>
              <th className={styles.num}>{fromTitle}</th>
              <th className={styles.num}>{toTitle}</th>
              <th>{t('needs.compare.change')}</th>
            </tr>
          </thead>
          <tbody>
            {moves.map((m) => (
              <tr key={m.docId}>
                <td>{m.title}</td>
                <td className={styles.num}>{num(m.from)}</td>
                <td className={styles.num}>{num(m.to)}</td>
                <td>
                  <span
                    className={styles.move}
                    data-trend={
                      m.change === undefined
                        ? 'none'
                        : m.change > 0
                          ? 'up'
                          : m.change < 0
                            ? 'down'
                            : 'same'
                    }
                  >
                    {m.change !== undefined && m.change !== 0 && (
                      <span aria-hidden="true">{m.change > 0 ? '▲ ' : '▼ '}</span>
                    )}
                    {change(m)}
                  </span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
