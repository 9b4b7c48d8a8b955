import { Collapsible } from 'radix-ui';
import { BarChart3, ChevronDown, Users } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { hasFigures } from '../../../../shared/domain/figures';
import { EmptyState } from '../../ui/EmptyState';
import emptyStyles from '../../ui/EmptyState.module.css';
import { Page } from '../../ui/Page';
import { CommunityTable } from './CommunityTable';
import { FigureCards } from './FigureCards';
import { FigureCharts } from './FigureCharts';
import { FiguresExport } from './FiguresExport';
import { PeriodPicker } from './PeriodPicker';
import { useFigures } from './useFigures';
import styles from './Figures.module.css';

/**
 * The programme's figures across every community on this device, for
 * coordinators and mentors: totals, charts, a table and a CSV export.
 */
export function FiguresPage() {
  const { t } = useTranslation();
  const { figures, period, anything, loading } = useFigures();
  const toWorkbooks = (
    <Link className={emptyStyles.link} to="/workbooks">
      {t('figures.toWorkbooks')}
    </Link>
  );
  const ready = !loading && figures.communities.length > 0 && anything;

  return (
    <Page
      title={t('figures.title')}
      intro={t('figures.intro')}
      actions={ready && <FiguresExport figures={figures} period={period} />}
    >
      {!loading && figures.communities.length === 0 && (
        <EmptyState
          icon={<Users size={24} />}
          title={t('figures.noCommunitiesTitle')}
          body={t('figures.noCommunitiesBody')}
          action={toWorkbooks}
        />
      )}
      {!loading && figures.communities.length > 0 && !anything && (
        <EmptyState
          icon={<BarChart3 size={24} />}
          title={t('figures.emptyTitle')}
          body={t('figures.emptyBody')}
          action={toWorkbooks}
        />
      )}
      {ready && (
        <>
          <PeriodPicker />
          <FigureCards total={figures.total} communities={figures.communities.length} />
          {hasFigures(figures.total) ? (
            <FigureCharts figures={figures} />
          ) : (
            <p className={styles.note} role="status">
              {t('figures.nothingInPeriod')}
            </p>
          )}
          <CommunityTable figures={figures} />
          <HowCounted />
        </>
      )}
    </Page>
  );
}

/** What each figure means, so a coordinator can say so in a report. */
function HowCounted() {
  const { t } = useTranslation();
  return (
    <Collapsible.Root className={styles.how}>
      <Collapsible.Trigger className={styles.howToggle}>
        <ChevronDown size={16} aria-hidden="true" />
        {t('figures.howCounted.title')}
      </Collapsible.Trigger>
      <Collapsible.Content className={styles.howBody}>
        {(['events', 'needs', 'sessions', 'actions'] as const).map((part) => (
          <p key={part}>{t(`figures.howCounted.${part}`)}</p>
        ))}
      </Collapsible.Content>
    </Collapsible.Root>
  );
}
