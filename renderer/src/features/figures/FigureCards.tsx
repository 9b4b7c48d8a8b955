import { CalendarCheck, CheckCircle2, Lightbulb, MessagesSquare, Users } from 'lucide-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { eventKinds } from '../../../../shared/domain/eventPlan';
import type { Figures } from '../../../../shared/domain/figures';
import { intlLocale } from '../../../../shared/i18n/locales';
import { formatNumber } from '../../app/i18n';
import { useLocale } from '../../app/useLocale';
import styles from './Figures.module.css';

function Card(props: { icon: ReactNode; label: string; value: string; children?: ReactNode }) {
  return (
    <li className={styles.card}>
      <span className={styles.cardIcon} aria-hidden="true">
        {props.icon}
      </span>
      <span className={styles.cardLabel}>{props.label}</span>
      <span className={styles.cardValue}>{props.value}</span>
      {props.children && <span className={styles.cardDetail}>{props.children}</span>}
    </li>
  );
}

/** The totals over all communities, one card per figure. */
export function FigureCards({ total, communities }: { total: Figures; communities: number }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const n = (value: number) => formatNumber(value, locale);
  const average = (value: number, over: number) =>
    new Intl.NumberFormat(intlLocale[locale], { maximumFractionDigits: 1 }).format(value / over);
  const judged = total.actionsOnTime + total.actionsLate;
  const percent = new Intl.NumberFormat(intlLocale[locale], { style: 'percent' });
  const kinds = eventKinds.filter((kind) => total.eventsByKind[kind] > 0);

  return (
    <ul className={styles.cards} aria-label={t('figures.cards.label')}>
      <Card
        icon={<CalendarCheck size={20} />}
        label={t('figures.cards.events')}
        value={n(total.eventsHeld)}
      >
        {kinds
          .map((kind) => `${t(`figures.kinds.${kind}`)}: ${n(total.eventsByKind[kind])}`)
          .join(' · ')}
      </Card>
      <Card
        icon={<Users size={20} />}
        label={t('figures.cards.participants')}
        value={n(total.participants)}
      >
        {total.eventsWithoutCount > 0
          ? t('figures.cards.withoutCount', { value: n(total.eventsWithoutCount) })
          : total.eventsHeld > 0 &&
            t('figures.cards.perEvent', { value: average(total.participants, total.eventsHeld) })}
      </Card>
      <Card
        icon={<Lightbulb size={20} />}
        label={t('figures.cards.needs')}
        value={n(total.needsIdentified)}
      >
        {t('figures.cards.needsProgress', {
          addressed: n(total.needsAddressed),
          solved: n(total.needsSolved),
        })}
      </Card>
      <Card
        icon={<MessagesSquare size={20} />}
        label={t('figures.cards.sessions')}
        value={n(total.sessionsHeld)}
      >
        {communities > 1 &&
          t('figures.cards.perCommunity', { value: average(total.sessionsHeld, communities) })}
      </Card>
      <Card
        icon={<CheckCircle2 size={20} />}
        label={t('figures.cards.actions')}
        value={judged > 0 ? percent.format(total.actionsOnTime / judged) : '—'}
      >
        {judged > 0
          ? t('figures.cards.onTimeOf', { onTime: n(total.actionsOnTime), judged: n(judged) })
          : t('figures.cards.noneJudged')}
        {total.actionsOverdue > 0 && (
          <>
            <br />
            {t('figures.cards.overdueOpen', { value: n(total.actionsOverdue) })}
          </>
        )}
      </Card>
    </ul>
  );
}
