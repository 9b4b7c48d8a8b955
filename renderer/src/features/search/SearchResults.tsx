import { useTranslation } from 'react-i18next';
import type { SearchGroup, SearchHit } from '../../../../shared/search/searchIndex';
import { SearchResult } from './SearchResult';
import styles from './Search.module.css';

type Props = {
  listId: string;
  optionId: (index: number) => string;
  groups: SearchGroup[];
  active: number;
  onHover: (index: number) => void;
  onOpen: (hit: SearchHit) => void;
};

/** The results as one listbox, a group with a heading per kind. */
export function SearchResults({ listId, optionId, groups, active, onHover, onOpen }: Props) {
  const { t } = useTranslation();
  const starts = groups.map((_, g) =>
    groups.slice(0, g).reduce((sum, group) => sum + group.hits.length, 0),
  );
  return (
    <div id={listId} role="listbox" aria-label={t('search.results')} className={styles.listbox}>
      {groups.map((group, g) => {
        const headingId = `${listId}-${group.kind}`;
        const more = group.total - group.hits.length;
        return (
          <div key={group.kind} role="group" aria-labelledby={headingId} className={styles.group}>
            <div id={headingId} role="presentation" className={styles.groupHeading}>
              {t(`search.kinds.${group.kind}`)}
              <span className={styles.count}>
                {group.total}
                {more > 0 && ` · ${t('search.more', { count: more })}`}
              </span>
            </div>
            {group.hits.map((hit, h) => {
              const at = starts[g]! + h;
              return (
                <SearchResult
                  key={hit.doc.id}
                  id={optionId(at)}
                  hit={hit}
                  active={at === active}
                  onHover={() => onHover(at)}
                  onOpen={() => onOpen(hit)}
                />
              );
            })}
          </div>
        );
      })}
    </div>
  );
}
