import { RadioGroup } from 'radix-ui';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../../shared/errors';
import { localeSchema, type Locale } from '../../../../shared/i18n/locales';
import { changeLocale } from '../../app/i18n';
import { notify } from '../../app/notifications/notificationsStore';
import { useLocale } from '../../app/useLocale';
import { desktop } from '../../platform';
import styles from './Settings.module.css';

/** Each language names itself, so a user can find their own whatever is shown. */
const languageNames: Record<Locale, string> = { lv: 'Latviešu', en: 'English' };

export function LanguageSetting() {
  const { t, i18n } = useTranslation();
  const locale = useLocale();
  const headingId = useId();

  const choose = async (value: string) => {
    const parsed = localeSchema.safeParse(value);
    if (!parsed.success || parsed.data === locale) return;
    const next = parsed.data;
    await changeLocale(next);
    const result = await desktop['settings:update']({ locale: next });
    notify(
      result.ok ? 'success' : 'error',
      // The confirmation speaks the language just chosen.
      result.ok ? i18n.getFixedT(next)('settings.languageSaved') : errorMessage(result.code, next),
    );
  };

  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <h2 id={headingId} className={styles.heading}>
        {t('settings.language')}
      </h2>
      <p className={styles.hint}>{t('settings.languageHint')}</p>
      <RadioGroup.Root
        className={styles.radioGroup}
        value={locale}
        onValueChange={(value) => void choose(value)}
        aria-labelledby={headingId}
      >
        {(Object.keys(languageNames) as Locale[]).map((value) => (
          <RadioGroup.Item key={value} value={value} className={styles.radio} lang={value}>
            <span className={styles.dot}>
              <RadioGroup.Indicator className={styles.indicator} />
            </span>
            {languageNames[value]}
          </RadioGroup.Item>
        ))}
      </RadioGroup.Root>
    </section>
  );
}
