import { useId } from 'react';
import { formatNumber } from '../../app/i18n';
import { useLocale } from '../../app/useLocale';
import styles from './BarChart.module.css';

export type ChartSeries = { label: string; color: string };
export type ChartRow = { label: string; values: number[] };

const width = 420;
const labelWidth = 150;
const valueWidth = 36;
const plotWidth = width - labelWidth - valueWidth;
const barHeight = 14;
const barGap = 3;
const rowGap = 14;

const shorten = (text: string, max = 19) =>
  text.length > max ? `${text.slice(0, max - 1)}…` : text;

/**
 * Horizontal bars, one row per community: grouped (a bar per series) or
 * stacked (the series end to end). The figure is an image to assistive
 * technology, labelled with every value in words (`summary`); the table
 * below the charts holds the same numbers.
 */
export function BarChart(props: {
  title: string;
  summary: string;
  series: ChartSeries[];
  rows: ChartRow[];
  stacked?: boolean;
  legendLabel: string;
}) {
  const locale = useLocale();
  const titleId = useId();
  const { series, rows, stacked = false } = props;
  const totals = rows.map((row) => row.values.reduce((sum, v) => sum + v, 0));
  const max = Math.max(1, ...(stacked ? totals : rows.flatMap((row) => row.values)));
  const scale = (value: number) => (plotWidth * value) / max;
  const bars = stacked ? 1 : series.length;
  const rowHeight = bars * barHeight + (bars - 1) * barGap;
  const height = rows.length * (rowHeight + rowGap) + rowGap;

  return (
    <figure className={styles.figure} aria-labelledby={titleId}>
      <figcaption id={titleId} className={styles.title}>
        {props.title}
      </figcaption>
      <svg
        className={styles.svg}
        viewBox={`0 0 ${width} ${height}`}
        width={width}
        height={height}
        role="img"
        aria-label={props.summary}
      >
        {rows.map((row, r) => {
          const top = rowGap + r * (rowHeight + rowGap);
          let x = labelWidth;
          return (
            <g key={r}>
              <text className={styles.label} x={labelWidth - 10} y={top + rowHeight / 2}>
                <title>{row.label}</title>
                {shorten(row.label)}
              </text>
              <line
                className={styles.axis}
                x1={labelWidth}
                x2={labelWidth}
                y1={top - 4}
                y2={top + rowHeight + 4}
              />
              {row.values.map((value, i) => {
                const w = scale(value);
                const y = stacked ? top : top + i * (barHeight + barGap);
                const bar = (
                  <g key={i}>
                    {w > 0 && (
                      <rect
                        x={x}
                        y={y}
                        width={w}
                        height={barHeight}
                        rx={stacked ? 0 : 3}
                        fill={series[i]?.color}
                      />
                    )}
                    {!stacked && (
                      <text className={styles.value} x={labelWidth + w + 6} y={y + barHeight / 2}>
                        {formatNumber(value, locale)}
                      </text>
                    )}
                  </g>
                );
                if (stacked) x += w;
                return bar;
              })}
              {stacked && (
                <text
                  className={styles.value}
                  x={labelWidth + scale(totals[r] ?? 0) + 6}
                  y={top + rowHeight / 2}
                >
                  {formatNumber(totals[r] ?? 0, locale)}
                </text>
              )}
            </g>
          );
        })}
      </svg>
      <ul className={styles.legend} aria-label={props.legendLabel}>
        {series.map((s) => (
          <li key={s.label}>
            <span className={styles.swatch} style={{ background: s.color }} aria-hidden="true" />
            {s.label}
          </li>
        ))}
      </ul>
    </figure>
  );
}
