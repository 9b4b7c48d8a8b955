import { ListChecks } from 'lucide-react';
import { Tabs, ToggleGroup } from 'radix-ui';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import {
  actionFilters,
  filterActions,
  groupActionsByDate,
  groupActionsByPerson,
  type ActionFilter,
} from '../../../../shared/domain/action';
import { useOpenWorkbook } from '../../app/useOpenWorkbook';
import { EmptyState } from '../../ui/EmptyState';
import { Page } from '../../ui/Page';
import { ActionList } from './ActionList';
import { today as todayIso } from './formatDay';
import { useActions } from './useActions';
import emptyStyles from '../../ui/EmptyState.module.css';
import styles from './Actions.module.css';

type Grouping = 'person' | 'date';

/** Every agreed action of the workbook: open, overdue or finished, by person or by date. */
export function ActionsPage() {
  const { t } = useTranslation();
  const { communityId } = useOpenWorkbook();
  const { actions, loading } = useActions(communityId);
  const [filter, setFilter] = useState<ActionFilter>('open');
  const [grouping, setGrouping] = useState<Grouping>('person');
  const today = todayIso();

  const counts = useMemo(
    () =>
      Object.fromEntries(
        actionFilters.map((f) => [f, filterActions(actions, f, today).length]),
      ) as Record<ActionFilter, number>,
    [actions, today],
  );
  const groups = useMemo(() => {
    const shown = filterActions(actions, filter, today);
    if (grouping === 'date') {
      return groupActionsByDate(shown, today).map((g) => ({
        key: g.key,
        label: t(`actions.groups.${g.key}`),
        actions: g.actions,
      }));
    }
    return groupActionsByPerson(shown).map((g) => ({
      key: g.key || '-',
      label: g.key || t('actions.unassigned'),
      actions: g.actions,
    }));
  }, [actions, filter, grouping, today, t]);

  if (loading) return null;
  if (actions.length === 0) {
    return (
      <Page title={t('actions.title')}>
        <EmptyState
          icon={<ListChecks size={24} />}
          title={t('actions.emptyTitle')}
          body={t('actions.emptyBody')}
          action={
            <Link className={emptyStyles.link} to={`/w/${communityId}/mentoring`}>
              {t('actions.goToMentoring')}
            </Link>
          }
        />
      </Page>
    );
  }

  return (
    <Page title={t('actions.title')} intro={t('actions.intro')}>
      <Tabs.Root value={filter} onValueChange={(value) => setFilter(value as ActionFilter)}>
        <div className={styles.toolbar}>
          <Tabs.List className={styles.tabs} aria-label={t('actions.filterLabel')}>
            {actionFilters.map((f) => (
              <Tabs.Trigger key={f} value={f} className={styles.tab}>
                {t(`actions.filter.${f}`)}
                <span className={styles.count}>{counts[f]}</span>
              </Tabs.Trigger>
            ))}
          </Tabs.List>
          <ToggleGroup.Root
            type="single"
            className={styles.toggle}
            value={grouping}
            onValueChange={(value) => value && setGrouping(value as Grouping)}
            aria-label={t('actions.groupLabel')}
          >
            <ToggleGroup.Item value="person" className={styles.toggleItem}>
              {t('actions.byPerson')}
            </ToggleGroup.Item>
            <ToggleGroup.Item value="date" className={styles.toggleItem}>
              {t('actions.byDate')}
            </ToggleGroup.Item>
          </ToggleGroup.Root>
        </div>
        <Tabs.Content value={filter} className={styles.groups}>
          {groups.length === 0 && <p className={styles.none}>{t('actions.noneHere')}</p>}
          {groups.map((group) => (
            <section key={group.key} className={styles.group} aria-label={group.label}>
              <h2 className={styles.groupTitle}>
                {group.label}
                <span className={styles.count}>{group.actions.length}</span>
              </h2>
              <ActionList
                communityId={communityId}
                actions={group.actions}
                today={today}
                showSession
              />
            </section>
          ))}
        </Tabs.Content>
      </Tabs.Root>
    </Page>
  );
}
