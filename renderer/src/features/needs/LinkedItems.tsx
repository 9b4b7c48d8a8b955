import { CalendarDays, ListChecks } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { useLinkedItems } from './useNeedsData';
import styles from './NeedsForm.module.css';

/** The events and agreed actions that say they address this need. */
export function LinkedItems({
  communityId,
  needDocId,
}: {
  communityId: string;
  needDocId: string;
}) {
  const { t } = useTranslation();
  const linked = useLinkedItems(communityId, needDocId);
  return (
    <section className={styles.linked} aria-label={t('needs.need.linked')}>
      <strong>{t('needs.need.linked')}</strong>
      {linked.length === 0 ? (
        <span className={styles.linkedNone}>{t('needs.need.linkedNone')}</span>
      ) : (
        <ul>
          {linked.map((item) => (
            <li key={item.docId}>
              {item.kind === 'event' ? (
                <CalendarDays size={14} aria-hidden="true" />
              ) : (
                <ListChecks size={14} aria-hidden="true" />
              )}{' '}
              {item.kind === 'event'
                ? t('needs.need.linkedEvent', { title: item.title })
                : t('needs.need.linkedAction', { title: item.title })}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
