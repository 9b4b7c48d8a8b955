import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useSyncController } from '../../db/sync/SyncProvider';
import { useSyncStore } from '../../db/sync/syncStore';
import { Button } from '../../ui/Button';
import settingsStyles from '../settings/Settings.module.css';
import { SignInForm } from './SignInForm';
import { SyncIssues } from './SyncIssues';
import styles from './SyncSettings.module.css';
import { notify } from '../../app/notifications/notificationsStore';

/** Settings → Sync: sign in, see the account's communities, sync now, sign out. */
export function SyncSettings() {
  const { t } = useTranslation();
  const headingId = useId();
  const controller = useSyncController();
  const account = useSyncStore((s) => s.account);
  const communities = useSyncStore((s) => s.communities);
  const denied = useSyncStore((s) => s.deniedCommunities);

  return (
    <section id="sync" className={settingsStyles.section} aria-labelledby={headingId}>
      <h2 id={headingId} className={settingsStyles.heading}>
        {t('sync.title')}
      </h2>
      <p className={settingsStyles.hint}>{t('sync.intro')}</p>
      {!account && <SignInForm />}
      {account && (
        <>
          <p>{t('sync.signedInAs', { username: account.username, server: account.serverUrl })}</p>
          <div className={styles.buttons}>
            <Button variant="primary" onClick={() => controller.syncNow()}>
              {t('sync.syncNow')}
            </Button>
            <Button
              onClick={() =>
                void controller.signOut().then(() => notify('info', t('sync.signedOutToast')))
              }
            >
              {t('sync.signOut')}
            </Button>
          </div>
          <h3 className={styles.subheading}>{t('sync.communities')}</h3>
          {communities.length === 0 && <p className={styles.muted}>{t('sync.noCommunities')}</p>}
          <ul className={styles.list}>
            {communities.map((community) => (
              <li key={community.communityId} className={styles.listItem}>
                <span>{community.communityId}</span>
                <span className={styles.muted}>
                  {denied.includes(community.communityId)
                    ? t('sync.accessDenied')
                    : community.role === 'leader'
                      ? t('sync.roleLeader')
                      : t('sync.roleMentor')}
                </span>
              </li>
            ))}
          </ul>
          <SyncIssues />
        </>
      )}
    </section>
  );
}
