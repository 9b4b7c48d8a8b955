import { useTranslation } from 'react-i18next';
import { Page } from '../../ui/Page';
import { AboutSetting } from './AboutSetting';
import { LanguageSetting } from './LanguageSetting';
import { UserSetting } from './UserSetting';

export function SettingsPage() {
  const { t } = useTranslation();
  return (
    <Page title={t('settings.title')}>
      <LanguageSetting />
      <UserSetting />
      <AboutSetting />
    </Page>
  );
}
