import { Search } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { useMatch } from 'react-router';
import { shortcutLabel } from './shortcut';
import { useSearchStore } from './searchStore';
import styles from './SearchButton.module.css';

/** The sidebar's way into search, showing its keyboard shortcut; only inside a workbook. */
export function SearchButton() {
  const { t } = useTranslation();
  const inWorkbook = useMatch('/w/:communityId/*') !== null;
  const setOpen = useSearchStore((s) => s.setOpen);
  if (!inWorkbook) return null;
  const shortcut = shortcutLabel();
  return (
    <button
      type="button"
      className={styles.button}
      onClick={() => setOpen(true)}
      aria-keyshortcuts={shortcut === '⌘K' ? 'Meta+K' : 'Control+K'}
      title={t('search.openHint', { shortcut })}
    >
      <Search size={16} aria-hidden="true" />
      <span className={styles.label}>{t('search.open')}</span>
      <kbd className={styles.kbd}>{shortcut}</kbd>
    </button>
  );
}
