import { Search } from 'lucide-react';
import { useEffect, useId, useMemo, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { SearchHit } from '../../../../shared/search/searchIndex';
import type { LiveSearchState } from './liveSearch';
import { SearchResults } from './SearchResults';
import styles from './Search.module.css';

type Props = {
  search: LiveSearchState | null;
  onOpen: (hit: SearchHit) => void;
};

/**
 * The palette's input and results: a combobox whose arrow keys move through
 * the results (aria-activedescendant) while focus stays in the input.
 */
export function SearchPanel({ search, onOpen }: Props) {
  const { t } = useTranslation();
  const baseId = useId();
  const listId = `${baseId}-results`;
  const optionId = (index: number) => `${baseId}-option-${index}`;
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const groups = useMemo(() => (search ? search.index.search(query) : []), [search, query]);
  const hits = useMemo(() => groups.flatMap((group) => group.hits), [groups]);
  const current = hits.length > 0 ? Math.min(active, hits.length - 1) : -1;
  const activeId = current >= 0 ? optionId(current) : undefined;

  useEffect(() => {
    if (activeId) document.getElementById(activeId)?.scrollIntoView?.({ block: 'nearest' });
  }, [activeId]);

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (hits.length === 0) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((current + step + hits.length) % hits.length);
    } else if (event.key === 'Enter' && current >= 0) {
      event.preventDefault();
      onOpen(hits[current]!);
    }
  };

  const typed = query.trim() !== '';
  const total = groups.reduce((sum, group) => sum + group.total, 0);
  const failed = search?.failed === true;
  const preparing = search?.ready === false && !failed;
  return (
    <>
      <div className={styles.inputRow}>
        <Search className={styles.inputIcon} size={20} aria-hidden="true" />
        <input
          className={styles.input}
          type="text"
          role="combobox"
          aria-label={t('search.inputLabel')}
          aria-expanded={hits.length > 0}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={activeId}
          placeholder={t('search.placeholder')}
          autoComplete="off"
          spellCheck={false}
          value={query}
          onChange={(event) => {
            setQuery(event.target.value);
            setActive(0);
          }}
          onKeyDown={onKeyDown}
        />
      </div>
      {/* data-search-query: what the shown results are for (the benchmark waits on it). */}
      <div className={styles.body} data-search-query={query}>
        {hits.length > 0 ? (
          <SearchResults
            listId={listId}
            optionId={optionId}
            groups={groups}
            active={current}
            onHover={setActive}
            onOpen={onOpen}
          />
        ) : (
          <div id={listId} role="listbox" aria-label={t('search.results')} hidden />
        )}
        {!typed && (
          <div className={styles.empty}>
            <p className={styles.emptyTitle}>{t('search.emptyTitle')}</p>
            <p className={styles.emptyBody}>{t('search.emptyBody')}</p>
          </div>
        )}
        {typed && hits.length === 0 && (
          <div className={styles.empty}>
            <p className={styles.emptyTitle}>
              {failed
                ? t('search.failed')
                : preparing
                  ? t('search.preparing')
                  : t('search.noResults', { query: query.trim() })}
            </p>
            {!preparing && !failed && (
              <p className={styles.emptyBody}>{t('search.noResultsHint')}</p>
            )}
          </div>
        )}
      </div>
      <div className={styles.footer}>
        <span role="status" className={styles.status}>
          {typed && hits.length > 0 ? t('search.found', { count: total }) : ''}
        </span>
        <span className={styles.keys} aria-hidden="true">
          <kbd>↑</kbd>
          <kbd>↓</kbd> {t('search.keys.move')} <kbd>Enter</kbd> {t('search.keys.open')}{' '}
          <kbd>Esc</kbd> {t('search.keys.close')}
        </span>
      </div>
    </>
  );
}
