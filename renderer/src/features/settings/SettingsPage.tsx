import { useTranslation } from 'react-i18next';
import { Page } from '../../ui/Page';
import { AboutSetting } from './AboutSetting';
import { LanguageSetting } from './LanguageSetting';
import { UserSetting } from './UserSetting';
import { SyncSettings } from '../sync';

export function SettingsPage() {
  const { t } = useTranslation();
  return (
    <Page title={t('settings.title')}>
      <LanguageSetting />
      <UserSetting />
      <SyncSettings />
      <AboutSetting />
    </Page>
  );
}
