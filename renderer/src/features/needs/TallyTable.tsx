import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { needLimits } from '../../../../shared/domain/need';
import { applyTally } from '../../../../shared/domain/needScore';
import { errorMessage, toErrorCode } from '../../../../shared/errors';
import { useDatabase } from '../../app/DatabaseContext';
import { formatNumber } from '../../app/i18n';
import { notify } from '../../app/notifications/notificationsStore';
import { useLocale } from '../../app/useLocale';
import { useDraft } from '../../db/useDraft';
import { Button } from '../../ui/Button';
import { parseWholeNumber } from './formErrors';
import { saveRatings } from './needActions';
import type { NeedItem } from './useNeedsData';
import styles from './NeedsTables.module.css';
import pageStyles from './AssessmentPage.module.css';

/**
 * Dot votes from a paper sheet: one number per need. What is typed is kept
 * as a draft until saved; saved votes count in the ranking.
 */
export function TallyTable(props: {
  communityId: string;
  assessmentId: string;
  needs: NeedItem[];
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const db = useDatabase();
  const saved = (n: NeedItem) =>
    String(n.need.ratings.find((r) => r.assessmentId === props.assessmentId)?.votes ?? 0);
  const draft = useDraft<{ votes: Record<string, string> }>(`tally:${props.assessmentId}`, {
    votes: {},
  });
  const [saving, setSaving] = useState(false);
  const typed = (n: NeedItem) => draft.values.votes[n.docId] ?? saved(n);
  const parsed = (n: NeedItem) => parseWholeNumber(typed(n));
  const valid = (n: NeedItem) => {
    const value = parsed(n);
    return Number.isInteger(value) && value <= needLimits.votes;
  };
  const allValid = props.needs.every(valid);
  const total = props.needs.reduce((sum, n) => sum + (valid(n) ? parsed(n) : 0), 0);

  const save = async () => {
    if (!allValid) return;
    setSaving(true);
    try {
      const votes = Object.fromEntries(props.needs.map((n) => [n.docId, parsed(n)]));
      await saveRatings(db, props.communityId, applyTally(props.needs, props.assessmentId, votes));
      await draft.clear({ votes: {} });
      notify('success', t('needs.tally.saved'));
    } catch (error) {
      notify('error', errorMessage(toErrorCode(error, 'db.saveFailed'), locale));
    } finally {
      setSaving(false);
    }
  };

  if (props.needs.length === 0 || !draft.ready) return null;
  return (
    <section className={pageStyles.card} aria-labelledby="tally-heading">
      <h2 id="tally-heading" className={pageStyles.heading}>
        {t('needs.tally.heading')}
      </h2>
      <p className={pageStyles.hint}>{t('needs.tally.hint')}</p>
      {draft.restored && <p role="status">{t('common.draftRestored')}</p>}
      <table className={styles.table}>
        <thead>
          <tr>
            <th>{t('needs.tally.need')}</th>
            <th className={styles.num}>{t('needs.tally.votes')}</th>
          </tr>
        </thead>
        <tbody>
          {props.needs.map((n) => (
            <tr key={n.docId}>
              <td>{n.need.title}</td>
              <td className={styles.num}>
                <input
                  className={styles.votesInput}
                  inputMode="numeric"
                  value={typed(n)}
                  aria-label={t('needs.tally.votesFor', { title: n.need.title })}
                  aria-invalid={!valid(n)}
                  onChange={(event) =>
                    draft.update({
                      votes: { ...draft.values.votes, [n.docId]: event.target.value },
                    })
                  }
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className={styles.footer}>
        <span>{t('needs.tally.total', { sum: formatNumber(total, locale) })}</span>
        {!allValid && (
          <span className={styles.error} role="alert">
            {t('needs.tally.invalid', { max: formatNumber(needLimits.votes, locale) })}
          </span>
        )}
        <Button variant="primary" disabled={saving || !allValid} onClick={() => void save()}>
          {t('needs.tally.save')}
        </Button>
      </div>
    </section>
  );
}
