import {
  ArchiveRestore,
  BarChart3,
  CalendarDays,
  ClipboardCheck,
  LayoutDashboard,
  Lightbulb,
  ListChecks,
  MessagesSquare,
  Settings,
  Users,
} from 'lucide-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, useMatch } from 'react-router';
import { SearchButton } from '../features/search';
import { useMentoredCommunityIds } from '../features/review';
import { SyncStatus } from '../features/sync';
import { useWorkbook } from '../features/workbooks';
import logoUrl from '../assets/logo.svg';
import { useSessionStore } from './sessionStore';
import styles from './Sidebar.module.css';

function NavItem({
  to,
  icon,
  label,
  end,
}: {
  to: string;
  icon: ReactNode;
  label: string;
  end?: boolean;
}) {
  return (
    <li>
      <NavLink to={to} end={end} className={styles.link}>
        <span aria-hidden="true">{icon}</span>
        {label}
      </NavLink>
    </li>
  );
}

function WorkbookNav({ communityId }: { communityId: string }) {
  const { t } = useTranslation();
  const { workbook } = useWorkbook(communityId);
  if (!workbook || workbook.archivedAt) return null;
  const base = `/w/${communityId}`;
  return (
    <>
      <div className={styles.workbook}>
        <span className={styles.workbookLabel}>{t('nav.currentWorkbook')}</span>
        <span className={styles.workbookName}>
          {workbook.profile.name || t('workbooks.noName')}
        </span>
      </div>
      <SearchButton />
      <ul className={styles.nav}>
        <NavItem
          to={`${base}/dashboard`}
          icon={<LayoutDashboard size={18} />}
          label={t('nav.dashboard')}
        />
        <NavItem to={`${base}/needs`} icon={<Lightbulb size={18} />} label={t('nav.needs')} />
        <NavItem
          to={`${base}/mentoring`}
          icon={<MessagesSquare size={18} />}
          label={t('nav.mentoring')}
        />
        <NavItem
          to={`${base}/actions`}
          icon={<ListChecks size={18} />}
          label={t('actions.title')}
        />
        <NavItem to={`${base}/events`} icon={<CalendarDays size={18} />} label={t('nav.events')} />
        <NavItem
          to={`${base}/backups`}
          icon={<ArchiveRestore size={18} />}
          label={t('backup.title')}
        />
      </ul>
    </>
  );
}

/** Where the user is and where they can go: the open workbook's sections, all workbooks, settings. */
export function Sidebar() {
  const { t } = useTranslation();
  const match = useMatch('/w/:communityId/*');
  const lastCommunityId = useSessionStore((s) => s.lastCommunityId);
  // Settings and the conflicts page keep the way back to the workbook in use.
  const communityId = match?.params.communityId ?? lastCommunityId ?? undefined;
  const mentors = useMentoredCommunityIds().length > 0;
  return (
    <nav className={styles.sidebar} aria-label={t('nav.main')}>
      <div className={styles.brand}>
        <img className={styles.logo} src={logoUrl} alt="" />
        <div>
          <div className={styles.brandName}>{t('app.name')}</div>
          <div className={styles.tagline}>{t('app.tagline')}</div>
        </div>
      </div>
      {communityId && <WorkbookNav communityId={communityId} />}
      <ul className={styles.nav}>
        <NavItem to="/workbooks" icon={<Users size={18} />} label={t('nav.workbooks')} end />
        {mentors && (
          <NavItem to="/review" icon={<ClipboardCheck size={18} />} label={t('review.nav')} end />
        )}
        <NavItem to="/figures" icon={<BarChart3 size={18} />} label={t('figures.nav')} end />
        <NavItem to="/settings" icon={<Settings size={18} />} label={t('nav.settings')} end />
      </ul>
      <div className={styles.footer}>
        <SyncStatus />
      </div>
    </nav>
  );
}
