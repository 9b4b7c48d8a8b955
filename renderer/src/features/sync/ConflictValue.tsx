import { useTranslation } from 'react-i18next';
import { RichTextView } from '../../ui/richText';
import styles from './Conflicts.module.css';

export const isRichText = (value: unknown): boolean =>
  typeof value === 'object' && value !== null && (value as { type?: unknown }).type === 'doc';

/** One side of a conflicting field, shown as the user knows it: text, rich text or an entry. */
export function ConflictValue({ value }: { value: unknown }) {
  const { t } = useTranslation();
  if (value === undefined || value === null || value === '') {
    return <span className={styles.value}>{t('sync.conflicts.empty_value')}</span>;
  }
  if (isRichText(value)) return <RichTextView value={value} />;
  if (typeof value === 'object') {
    const entry = value as Record<string, unknown>;
    const label = entry.title ?? entry.name ?? entry.item ?? entry.text;
    if (typeof label === 'string') return <span className={styles.value}>{label}</span>;
    return <span className={styles.value}>{JSON.stringify(value, null, 1).slice(0, 2000)}</span>;
  }
  return (
    <span className={styles.value}>
      {typeof value === 'string' ? value : JSON.stringify(value)}
    </span>
  );
}
