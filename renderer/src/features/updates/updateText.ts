import type { TFunction } from 'i18next';
import { intlLocale, type Locale } from '../../../../shared/i18n/locales';
import type { UpdateState } from '../../../../shared/updates/updateState';

/** One sentence saying where the update stands, in the user's words. */
export function updateStatusText(
  state: UpdateState,
  options: { t: TFunction; locale: Locale; isDesktop: boolean },
): string {
  const { t, locale, isDesktop } = options;
  const version = state.availableVersion ?? '';
  switch (state.status) {
    case 'unavailable':
      return isDesktop
        ? t('updates.status.unavailableDesktop')
        : t('updates.status.unavailableWeb');
    case 'downloading': {
      const percent = new Intl.NumberFormat(intlLocale[locale], {
        style: 'percent',
        maximumFractionDigits: 0,
      }).format((state.downloadPercent ?? 0) / 100);
      return t('updates.status.downloading', { version, percent });
    }
    case 'ready':
      return t('updates.status.ready', { version });
    case 'idle':
    case 'failed':
      // Offline explains both "not checked yet" and a failed check best.
      return state.offline ? t('updates.status.offline') : t(`updates.status.${state.status}`);
    case 'checking':
    case 'upToDate':
      return t(`updates.status.${state.status}`);
  }
}

/** "Last checked: …" with the date and time in the user's locale. */
export function lastCheckedText(state: UpdateState, t: TFunction, locale: Locale): string {
  if (!state.lastCheckedAt) return t('updates.neverChecked');
  const time = new Intl.DateTimeFormat(intlLocale[locale], {
    dateStyle: 'medium',
    timeStyle: 'short',
  }).format(new Date(state.lastCheckedAt));
  return t('updates.lastChecked', { time });
}
