import { Collapsible } from 'radix-ui';
import { ChevronDown, ClipboardList } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { errorMessage, toErrorCode } from '../../../../shared/errors';
import { useDatabase } from '../../app/DatabaseContext';
import { formatDate, formatNumber } from '../../app/i18n';
import { notify } from '../../app/notifications/notificationsStore';
import { useLocale } from '../../app/useLocale';
import { Button } from '../../ui/Button';
import { setAssessmentArchived } from './needActions';
import type { AssessmentItem, NeedItem } from './useNeedsData';
import styles from './AssessmentList.module.css';

/** The workbook's assessments, newest first, and the archived ones to restore. */
export function AssessmentList(props: {
  communityId: string;
  active: AssessmentItem[];
  archived: AssessmentItem[];
  needs: NeedItem[];
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const db = useDatabase();
  const countOf = (docId: string) =>
    props.needs.filter((n) => n.need.ratings.some((r) => r.assessmentId === docId)).length;
  const restore = async (docId: string) => {
    try {
      await setAssessmentArchived(db, props.communityId, docId, false);
      notify('success', t('needs.assessment.restored'));
    } catch (error) {
      notify('error', errorMessage(toErrorCode(error, 'db.saveFailed'), locale));
    }
  };
  return (
    <div className={styles.stack}>
      {props.active.length === 0 && (
        <p className={styles.note}>{t('needs.assessment.emptyList')}</p>
      )}
      <ul className={styles.list} aria-label={t('needs.tabs.assessments')}>
        {[...props.active].reverse().map((a) => (
          <li key={a.docId}>
            <Link className={styles.card} to={`/w/${props.communityId}/needs/a/${a.docId}`}>
              <ClipboardList size={20} aria-hidden="true" className={styles.icon} />
              <span className={styles.body}>
                <span className={styles.title}>{a.assessment.title}</span>
                <span className={styles.meta}>
                  {t('needs.assessment.meta', {
                    date: formatDate(a.assessment.date, locale),
                    method: t(`needs.method.${a.assessment.method}`),
                    participants: formatNumber(a.assessment.participants, locale),
                  })}
                  {a.assessment.area && ` · ${a.assessment.area}`}
                </span>
              </span>
              <span className={styles.count}>
                {t('needs.assessment.needCount', { count: countOf(a.docId) })}
              </span>
            </Link>
          </li>
        ))}
      </ul>
      {props.archived.length > 0 && (
        <Collapsible.Root>
          <Collapsible.Trigger asChild>
            <Button variant="ghost">
              <ChevronDown size={16} aria-hidden="true" />
              {t('needs.assessment.archivedHeading', { count: props.archived.length })}
            </Button>
          </Collapsible.Trigger>
          <Collapsible.Content>
            <ul className={styles.archived}>
              {props.archived.map((a) => (
                <li key={a.docId} className={styles.archivedRow}>
                  <span>
                    <strong>{a.assessment.title}</strong> {formatDate(a.assessment.date, locale)}
                  </span>
                  <Button size="small" onClick={() => void restore(a.docId)}>
                    {t('needs.assessment.restore')}
                  </Button>
                </li>
              ))}
            </ul>
          </Collapsible.Content>
        </Collapsible.Root>
      )}
    </div>
  );
}
