import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../app/i18n';
import { useLocale } from '../../app/useLocale';
import { useNeedsStore } from './needsStore';
import type { RankedNeedItem } from './useRankedNeeds';
import styles from './NeedList.module.css';
import { itemId } from '../../../../shared/db/schemas/item.schema';
import { SyncMark } from '../sync';
import { useOpenWorkbook } from '../../app/useOpenWorkbook';

const rowHeight = 68;

/**
 * The ranked needs, virtualised: only the rows in view are in the DOM, so a
 * workbook with thousands of needs scrolls smoothly.
 */
export function NeedList({ needs, total }: { needs: RankedNeedItem[]; total: number }) {
  const { communityId } = useOpenWorkbook();
  const { t } = useTranslation();
  const locale = useLocale();
  const openDialog = useNeedsStore((s) => s.openDialog);
  const scrollRef = useRef<HTMLDivElement>(null);
  // eslint-disable-next-line react-hooks/incompatible-library -- TanStack Virtual is meant to be used this way
  const virtualizer = useVirtualizer({
    count: needs.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    overscan: 8,
  });
  return (
    <section className={styles.wrap} aria-label={t('needs.list.label')}>
      <p className={styles.count} role="status">
        {t('needs.list.count', {
          shown: formatNumber(needs.length, locale),
          total: formatNumber(total, locale),
        })}
      </p>
      {needs.length === 0 ? (
        <p className={styles.none}>{t('needs.list.none')}</p>
      ) : (
        <div ref={scrollRef} className={styles.scroll}>
          <ul
            className={styles.list}
            style={{ height: virtualizer.getTotalSize() }}
            aria-label={t('needs.list.label')}
          >
            {virtualizer.getVirtualItems().map((row) => {
              const n = needs[row.index]!;
              return (
                <li
                  key={n.docId}
                  className={styles.row}
                  style={{ transform: `translateY(${row.start}px)`, height: rowHeight }}
                  aria-setsize={needs.length}
                  aria-posinset={row.index + 1}
                  data-need={n.docId}
                >
                  <span className={styles.rank}>{t('needs.list.rank', { rank: n.rank })}</span>
                  <button
                    type="button"
                    className={styles.main}
                    onClick={() => openDialog({ kind: 'editNeed', docId: n.docId })}
                    aria-label={t('needs.list.open', { title: n.need.title })}
                  >
                    <span className={styles.title}>
                      {n.need.title}
                      <SyncMark itemId={itemId(communityId, n.docId)} communityId={communityId} />
                    </span>
                    <span className={styles.meta}>
                      {t(`needs.category.${n.need.category}`)}
                      {' · '}
                      {n.rating
                        ? t('needs.list.partsShort', {
                            urgency: n.rating.urgency,
                            impact: n.rating.impact,
                            feasibility: n.rating.feasibility,
                            residents: formatNumber(n.rating.residentsAffected, locale),
                            votes: formatNumber(n.rating.votes, locale),
                          })
                        : t('needs.need.noRating')}
                    </span>
                  </button>
                  <span className={styles.status} data-status={n.need.status}>
                    {t(`needs.status.${n.need.status}`)}
                  </span>
                  <span
                    className={styles.score}
                    aria-label={t('needs.list.score', { score: formatNumber(n.score, locale) })}
                  >
                    <span className={styles.scoreBar} aria-hidden="true">
                      <span style={{ width: `${n.score}%` }} />
                    </span>
                    <span className={styles.scoreValue} aria-hidden="true">
                      {formatNumber(n.score, locale)}
                    </span>
                  </span>
                </li>
              );
            })}
          </ul>
        </div>
      )}
    </section>
  );
}
