import { Plus } from 'lucide-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { needScore, scaleOf, type NeedWeights } from '../../../../shared/domain/needScore';
import { errorMessage, toErrorCode } from '../../../../shared/errors';
import { useDatabase } from '../../app/DatabaseContext';
import { formatNumber } from '../../app/i18n';
import { notify } from '../../app/notifications/notificationsStore';
import { useLocale } from '../../app/useLocale';
import { Button } from '../../ui/Button';
import { Select } from '../../ui/Select';
import { addNeedToAssessment } from './needActions';
import { useNeedsStore } from './needsStore';
import type { RankedNeedItem } from './useRankedNeeds';
import styles from './NeedsTables.module.css';
import pageStyles from './AssessmentPage.module.css';

/** The needs rated in one assessment, scored among themselves, and ways to add more. */
export function AssessmentNeeds(props: {
  communityId: string;
  assessmentId: string;
  needs: RankedNeedItem[];
  others: RankedNeedItem[];
  weights: NeedWeights;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const db = useDatabase();
  const openDialog = useNeedsStore((s) => s.openDialog);
  const [pick, setPick] = useState('none');
  const rows = useMemo(() => {
    const at = (n: RankedNeedItem) =>
      n.need.ratings.find((r) => r.assessmentId === props.assessmentId)!;
    const scale = scaleOf(props.needs.map(at));
    return props.needs
      .map((n) => ({ n, rating: at(n), score: needScore(at(n), props.weights, scale) }))
      .sort((a, b) => b.score - a.score || a.n.rank - b.n.rank);
  }, [props.needs, props.assessmentId, props.weights]);

  const addExisting = async () => {
    const chosen = props.others.find((n) => n.docId === pick);
    if (!chosen) return;
    try {
      await addNeedToAssessment(
        db,
        props.communityId,
        chosen.docId,
        chosen.need,
        props.assessmentId,
        chosen.rating,
      );
      setPick('none');
      notify('success', t('needs.assessment.added', { title: chosen.need.title }));
    } catch (error) {
      notify('error', errorMessage(toErrorCode(error, 'db.saveFailed'), locale));
    }
  };

  return (
    <section className={pageStyles.card} aria-labelledby="assessment-needs">
      <div className={pageStyles.cardHead}>
        <h2 id="assessment-needs" className={pageStyles.heading}>
          {t('needs.assessment.needsHeading')}
        </h2>
        <Button
          variant="primary"
          onClick={() => openDialog({ kind: 'createNeed', assessmentId: props.assessmentId })}
        >
          <Plus size={16} aria-hidden="true" />
          {t('needs.assessment.addNeed')}
        </Button>
      </div>
      {rows.length === 0 ? (
        <p className={pageStyles.hint}>{t('needs.assessment.noNeeds')}</p>
      ) : (
        <table className={styles.table} aria-label={t('needs.assessment.needsHeading')}>
          <thead>
            <tr>
              <th>{t('needs.need.titleLabel')}</th>
              <th>{t('needs.need.statusLabel')}</th>
              {(['urgency', 'impact', 'feasibility', 'residents', 'votes'] as const).map((k) => (
                <th key={k} className={styles.num}>
                  {t(`needs.parts.${k}`)}
                </th>
              ))}
              <th className={styles.num}>{t('needs.list.scoreShort')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(({ n, rating, score }) => (
              <tr key={n.docId}>
                <td>
                  <button
                    type="button"
                    className={styles.linkButton}
                    onClick={() => openDialog({ kind: 'editNeed', docId: n.docId })}
                  >
                    {n.need.title}
                  </button>
                </td>
                <td className={styles.nowrap}>{t(`needs.status.${n.need.status}`)}</td>
                <td className={styles.num}>{rating.urgency}</td>
                <td className={styles.num}>{rating.impact}</td>
                <td className={styles.num}>{rating.feasibility}</td>
                <td className={styles.num}>{formatNumber(rating.residentsAffected, locale)}</td>
                <td className={styles.num}>{formatNumber(rating.votes, locale)}</td>
                <td className={styles.num}>
                  <strong>{formatNumber(score, locale)}</strong>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {props.others.length > 0 && (
        <div className={pageStyles.addExisting}>
          <label htmlFor="add-existing-need" className={pageStyles.label}>
            {t('needs.assessment.addExisting')}
          </label>
          <p className={pageStyles.hint}>{t('needs.assessment.addExistingHint')}</p>
          <div className={pageStyles.inline}>
            <Select
              id="add-existing-need"
              value={pick}
              onChange={setPick}
              options={[
                { value: 'none', label: t('needs.assessment.addExistingPick') },
                ...props.others.map((n) => ({ value: n.docId, label: n.need.title })),
              ]}
            />
            <Button disabled={pick === 'none'} onClick={() => void addExisting()}>
              <Plus size={16} aria-hidden="true" />
              {t('needs.assessment.addExisting')}
            </Button>
          </div>
        </div>
      )}
    </section>
  );
}
