import { useTranslation } from 'react-i18next';
import type { FigureKey, Figures, ProgrammeFigures } from '../../../../shared/domain/figures';
import { formatNumber } from '../../app/i18n';
import { useLocale } from '../../app/useLocale';
import styles from './Figures.module.css';

type SubLabel = 'identified' | 'addressed' | 'solved' | 'onTime' | 'late' | 'overdue';
type Group = {
  heading: 'events' | 'participants' | 'needs' | 'sessions' | 'actions';
  keys: { key: FigureKey; label?: SubLabel }[];
};

/** The table's columns after the community and its municipality, in groups. */
const groups: Group[] = [
  { heading: 'events', keys: [{ key: 'eventsHeld' }] },
  { heading: 'participants', keys: [{ key: 'participants' }] },
  {
    heading: 'needs',
    keys: [
      { key: 'needsIdentified', label: 'identified' },
      { key: 'needsAddressed', label: 'addressed' },
      { key: 'needsSolved', label: 'solved' },
    ],
  },
  { heading: 'sessions', keys: [{ key: 'sessionsHeld' }] },
  {
    heading: 'actions',
    keys: [
      { key: 'actionsOnTime', label: 'onTime' },
      { key: 'actionsLate', label: 'late' },
      { key: 'actionsOverdue', label: 'overdue' },
    ],
  },
];

/** Every community's figures in a row, the totals in the footer. */
export function CommunityTable({ figures }: { figures: ProgrammeFigures }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const cells = (row: Figures) =>
    groups.flatMap((group) =>
      group.keys.map(({ key }) => (
        <td key={key} className={styles.number}>
          {formatNumber(row[key], locale)}
        </td>
      )),
    );
  return (
    <div className={styles.tableWrap}>
      <table className={styles.table}>
        <caption className={styles.caption}>{t('figures.table.caption')}</caption>
        <thead>
          <tr>
            <th scope="col" rowSpan={2}>
              {t('figures.table.community')}
            </th>
            <th scope="col" rowSpan={2}>
              {t('figures.table.municipality')}
            </th>
            {groups.map((group) =>
              group.keys.length === 1 ? (
                <th key={group.heading} scope="col" rowSpan={2} className={styles.number}>
                  {t(`figures.table.${group.heading}`)}
                </th>
              ) : (
                <th
                  key={group.heading}
                  scope="colgroup"
                  colSpan={group.keys.length}
                  className={styles.group}
                >
                  {t(`figures.table.${group.heading}`)}
                </th>
              ),
            )}
          </tr>
          <tr>
            {groups
              .filter((group) => group.keys.length > 1)
              .flatMap((group) =>
                group.keys.map(({ key, label }) => (
                  <th key={key} scope="col" className={styles.number}>
                    {label && t(`figures.table.${label}`)}
                  </th>
                )),
              )}
          </tr>
        </thead>
        <tbody>
          {figures.communities.map((community) => (
            <tr key={community.communityId}>
              <th scope="row">{community.name || t('workbooks.noName')}</th>
              <td>{t(`municipality.${community.municipality}`)}</td>
              {cells(community.figures)}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" colSpan={2}>
              {t('figures.table.total')}
            </th>
            {cells(figures.total)}
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
