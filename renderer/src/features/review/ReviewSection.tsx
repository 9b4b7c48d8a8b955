import { ChevronRight } from 'lucide-react';
import type { ReactNode } from 'react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import styles from './Review.module.css';

export type ReviewRow = {
  key: string;
  to: string;
  title: string;
  community: string;
  meta: string;
  /** Shown as a small marker after the title, e.g. "New". */
  marker?: string;
};

/** One section of the queue: a heading with its count, a hint, and rows that open the item. */
export function ReviewSection({
  icon,
  title,
  hint,
  none,
  rows,
  tone = 'plain',
}: {
  icon: ReactNode;
  title: string;
  hint: string;
  none: string;
  rows: ReviewRow[];
  tone?: 'plain' | 'attention' | 'danger';
}) {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <header className={styles.sectionHeader}>
        <h2 id={headingId} className={styles.sectionTitle}>
          <span className={styles.sectionIcon} aria-hidden="true">
            {icon}
          </span>
          {title}
          <span
            className={`${styles.count} ${rows.length > 0 ? styles[tone] : ''}`}
            aria-label={t('review.countLabel', { count: rows.length })}
          >
            {rows.length}
          </span>
        </h2>
        <p className={styles.hint}>{hint}</p>
      </header>
      {rows.length === 0 ? (
        <p className={styles.none}>{none}</p>
      ) : (
        <ul className={styles.rows}>
          {rows.map((row) => (
            <li key={row.key}>
              <Link className={styles.row} to={row.to}>
                <span className={styles.rowMain}>
                  <span className={styles.community}>{row.community}</span>
                  <span className={styles.rowTitle}>
                    {row.title}
                    {row.marker && <span className={styles.marker}>{row.marker}</span>}
                  </span>
                  {row.meta && <span className={styles.rowMeta}>{row.meta}</span>}
                </span>
                <ChevronRight className={styles.chevron} size={18} aria-hidden="true" />
              </Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
