import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppInfo } from '../../../../shared/ipc/contract';
import { desktop } from '../../platform';
import { UpdateSection } from '../updates';
import styles from './Settings.module.css';

export function AboutSetting() {
  const { t } = useTranslation();
  const headingId = useId();
  const [info, setInfo] = useState<AppInfo | null>(null);
  useEffect(() => {
    void desktop['app:getInfo']().then((result) => {
      if (result.ok) setInfo(result.value);
    });
  }, []);
  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <h2 id={headingId} className={styles.heading}>
        {t('settings.about')}
      </h2>
      <p className={styles.hint}>{t('settings.aboutBody')}</p>
      {info && (
        <p className={styles.meta}>
          {t('settings.version', { version: info.version })} ·{' '}
          {info.runtime === 'electron' ? t('settings.runtimeElectron') : t('settings.runtimeWeb')}
        </p>
      )}
      <UpdateSection />
    </section>
  );
}
