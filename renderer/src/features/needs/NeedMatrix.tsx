import { useMemo, useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { matrixCounts } from '../../../../shared/domain/needScore';
import { formatNumber } from '../../app/i18n';
import { useLocale } from '../../app/useLocale';
import { useNeedsStore } from './needsStore';
import type { RankedNeedItem } from './useRankedNeeds';
import styles from './NeedMatrix.module.css';

const cell = 76;
const left = 56;
const top = 16;
const levels = [1, 2, 3, 4, 5] as const;

/** Warmer where impact and urgency are both high: where to look first. */
function zoneFill(impact: number, urgency: number): string {
  const heat = (impact + urgency - 2) / 8;
  return `hsl(${150 - heat * 120} 45% ${96 - heat * 14}%)`;
}

/**
 * Impact (up) against urgency (right), 5 × 5 cells with how many needs sit
 * in each. Each cell is a button: choosing it filters the list; arrow keys
 * move between cells.
 */
export function NeedMatrix({ needs }: { needs: RankedNeedItem[] }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const selected = useNeedsStore((s) => s.filter.cell);
  const setFilter = useNeedsStore((s) => s.setFilter);
  const counts = useMemo(() => matrixCounts(needs), [needs]);
  const max = Math.max(1, ...counts.flat());
  const svgRef = useRef<SVGSVGElement>(null);

  const choose = (impact: number, urgency: number) => {
    const same = selected?.impact === impact && selected.urgency === urgency;
    setFilter({ cell: same ? null : { impact, urgency } });
  };
  const onKey = (event: KeyboardEvent, impact: number, urgency: number) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      choose(impact, urgency);
      return;
    }
    const moves: Record<string, [number, number]> = {
      ArrowUp: [1, 0],
      ArrowDown: [-1, 0],
      ArrowRight: [0, 1],
      ArrowLeft: [0, -1],
    };
    const move = moves[event.key];
    if (!move) return;
    event.preventDefault();
    const i = Math.min(5, Math.max(1, impact + move[0]));
    const u = Math.min(5, Math.max(1, urgency + move[1]));
    svgRef.current?.querySelector<SVGGElement>(`[data-cell="${i}-${u}"]`)?.focus();
  };

  const width = left + cell * 5 + 8;
  const height = top + cell * 5 + 48;
  return (
    <figure className={styles.figure}>
      <svg
        ref={svgRef}
        className={styles.svg}
        viewBox={`0 0 ${width} ${height}`}
        width={width}
        height={height}
        role="group"
        aria-label={t('needs.matrix.label')}
      >
        {levels.map((impact) =>
          levels.map((urgency) => {
            const count = counts[impact - 1]![urgency - 1]!;
            const x = left + (urgency - 1) * cell;
            const y = top + (5 - impact) * cell;
            const isSelected = selected?.impact === impact && selected.urgency === urgency;
            const radius = count === 0 ? 0 : 12 + 20 * Math.sqrt(count / max);
            return (
              <g
                key={`${impact}-${urgency}`}
                data-cell={`${impact}-${urgency}`}
                className={styles.cell}
                role="button"
                tabIndex={0}
                aria-pressed={isSelected}
                aria-label={t('needs.matrix.cell', {
                  impact,
                  urgency,
                  count: formatNumber(count, locale),
                })}
                onClick={() => choose(impact, urgency)}
                onKeyDown={(event) => onKey(event, impact, urgency)}
              >
                <rect
                  x={x + 2}
                  y={y + 2}
                  width={cell - 4}
                  height={cell - 4}
                  rx={8}
                  fill={zoneFill(impact, urgency)}
                  className={isSelected ? styles.selected : styles.rect}
                />
                {count > 0 && (
                  <>
                    <circle cx={x + cell / 2} cy={y + cell / 2} r={radius} className={styles.dot} />
                    <text x={x + cell / 2} y={y + cell / 2} className={styles.count}>
                      {formatNumber(count, locale)}
                    </text>
                  </>
                )}
              </g>
            );
          }),
        )}
        {levels.map((level) => (
          <g key={level} aria-hidden="true" className={styles.tick}>
            <text x={left - 12} y={top + (5 - level) * cell + cell / 2}>
              {level}
            </text>
            <text x={left + (level - 1) * cell + cell / 2} y={top + 5 * cell + 18}>
              {level}
            </text>
          </g>
        ))}
        <text
          aria-hidden="true"
          className={styles.axis}
          transform={`translate(16 ${top + (5 * cell) / 2}) rotate(-90)`}
        >
          {t('needs.matrix.impact')} ↑
        </text>
        <text
          aria-hidden="true"
          className={styles.axis}
          x={left + (5 * cell) / 2}
          y={top + 5 * cell + 42}
        >
          {t('needs.matrix.urgency')} →
        </text>
      </svg>
      <figcaption className={styles.caption}>{t('needs.matrix.hint')}</figcaption>
    </figure>
  );
}
