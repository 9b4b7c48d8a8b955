import { useTranslation } from 'react-i18next';
import type { FigureKey, ProgrammeFigures } from '../../../../shared/domain/figures';
import type { Translation } from '../../../../shared/i18n/lv';
import { formatNumber } from '../../app/i18n';
import { useLocale } from '../../app/useLocale';
import { BarChart } from './BarChart';
import styles from './Figures.module.css';

/** Distinct hues, each at least 3:1 against white; values are also written beside the bars. */
const colors = {
  blue: '#3f6aa6',
  amber: '#a86b12',
  green: '#1a6b62',
  ok: '#2c6e3f',
  danger: '#a8271f',
  grey: '#7b8782',
} as const;

type SeriesKey = keyof Translation['figures']['series'] & FigureKey;

type ChartSpec = {
  title: 'needs' | 'activity' | 'actions';
  keys: { key: SeriesKey; color: string }[];
  stacked?: boolean;
};

const charts: ChartSpec[] = [
  {
    title: 'needs',
    keys: [
      { key: 'needsIdentified', color: colors.blue },
      { key: 'needsAddressed', color: colors.amber },
      { key: 'needsSolved', color: colors.green },
    ],
  },
  {
    title: 'activity',
    keys: [
      { key: 'eventsHeld', color: colors.green },
      { key: 'sessionsHeld', color: colors.blue },
    ],
  },
  {
    title: 'actions',
    stacked: true,
    keys: [
      { key: 'actionsOnTime', color: colors.ok },
      { key: 'actionsLate', color: colors.amber },
      { key: 'actionsOverdue', color: colors.danger },
      { key: 'actionsOpen', color: colors.grey },
    ],
  },
];

/** Needs, events and sessions, and agreed actions, per community. */
export function FigureCharts({ figures }: { figures: ProgrammeFigures }) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <div className={styles.charts}>
      {charts.map((chart) => {
        const title = t(`figures.charts.${chart.title}`);
        const series = chart.keys.map(({ key, color }) => ({
          label: t(`figures.series.${key}`),
          color,
        }));
        const rows = figures.communities.map((c) => ({
          label: c.name || t('workbooks.noName'),
          values: chart.keys.map(({ key }) => c.figures[key]),
        }));
        // Every value in words, for those who cannot see the bars.
        const summary = `${title}. ${rows
          .map((row) => {
            const values = row.values.map((value, i) =>
              t('figures.charts.value', {
                label: series[i]!.label,
                value: formatNumber(value, locale),
              }),
            );
            return `${row.label}: ${values.join(', ')}`;
          })
          .join('; ')}.`;
        return (
          <BarChart
            key={chart.title}
            title={title}
            summary={summary}
            series={series}
            rows={rows}
            stacked={chart.stacked ?? false}
            legendLabel={t('figures.charts.legend')}
          />
        );
      })}
    </div>
  );
}
