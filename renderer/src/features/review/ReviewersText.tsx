import { useTranslation } from 'react-i18next';
import type { SessionReviewer } from '../../../../shared/domain/review';
import { formatDate } from '../../app/i18n';
import { useLocale } from '../../app/useLocale';

/** "Reviewed by Māris Ozols, 26.11.2026", one line per mentor who reviewed. */
export function ReviewersText({ reviewers }: { reviewers: readonly SessionReviewer[] }) {
  const { t } = useTranslation();
  const locale = useLocale();
  if (reviewers.length === 0) return <span>{t('mentoring.status.reviewed')}</span>;
  return (
    <span>
      {reviewers.map((reviewer, index) => {
        const date = formatDate(reviewer.reviewedAt, locale);
        return (
          <span key={`${reviewer.name}|${reviewer.reviewedAt}`}>
            {index > 0 && <br />}
            {reviewer.name
              ? t('review.session.reviewedBy', { name: reviewer.name, date })
              : t('review.session.reviewedOn', { date })}
          </span>
        );
      })}
    </span>
  );
}
