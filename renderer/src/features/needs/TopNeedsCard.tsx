import { Lightbulb } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatNumber } from '../../app/i18n';
import { useLocale } from '../../app/useLocale';
import { useOpenWorkbook } from '../../app/useOpenWorkbook';
import { useRankedNeeds } from './useRankedNeeds';
import styles from './TopNeedsCard.module.css';

/** The dashboard's five open needs of highest priority. */
export function TopNeedsCard() {
  const { t } = useTranslation();
  const locale = useLocale();
  const { communityId } = useOpenWorkbook();
  const { ranked, loading } = useRankedNeeds(communityId);
  // Before anything is rated, the dashboard's own empty state says where to start.
  if (loading || ranked.length === 0) return null;
  const open = ranked
    .filter((n) => n.rating && n.need.status !== 'solved' && n.need.status !== 'dropped')
    .slice(0, 5);
  return (
    <section className={styles.card} aria-labelledby="top-needs">
      <h2 id="top-needs" className={styles.heading}>
        <Lightbulb size={18} aria-hidden="true" />
        {t('needs.dashboard.heading')}
      </h2>
      {open.length === 0 ? (
        <p className={styles.none}>{t('needs.dashboard.none')}</p>
      ) : (
        <ol className={styles.list}>
          {open.map((n) => (
            <li key={n.docId} className={styles.row}>
              <span className={styles.title}>{n.need.title}</span>
              <span className={styles.score}>{formatNumber(n.score, locale)}</span>
            </li>
          ))}
        </ol>
      )}
      <Link className={styles.link} to={`/w/${communityId}/needs`}>
        {t('needs.dashboard.open')}
      </Link>
    </section>
  );
}
