import {
  CalendarDays,
  ClipboardList,
  Lightbulb,
  ListChecks,
  MessageCircle,
  MessagesSquare,
  type LucideIcon,
} from 'lucide-react';
import { useTranslation } from 'react-i18next';
import type { SearchKind } from '../../../../shared/search/searchDocument';
import type { SearchHit } from '../../../../shared/search/searchIndex';
import { formatDate } from '../../app/i18n';
import { useLocale } from '../../app/useLocale';
import { Highlight } from './Highlight';
import styles from './Search.module.css';

const kindIcons: Record<SearchKind, LucideIcon> = {
  need: Lightbulb,
  assessment: ClipboardList,
  session: MessagesSquare,
  action: ListChecks,
  eventPlan: CalendarDays,
  comment: MessageCircle,
};

type Props = {
  id: string;
  hit: SearchHit;
  active: boolean;
  onHover: () => void;
  onOpen: () => void;
};

/** One result: what it is, its title and an excerpt with the matches marked. */
export function SearchResult({ id, hit, active, onHover, onOpen }: Props) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { doc, title, excerpt } = hit;
  const Icon = kindIcons[doc.kind];
  const date = doc.date ? formatDate(doc.date, locale) : '';
  const fallback =
    doc.kind === 'comment'
      ? t('search.commentBy', { author: doc.extra })
      : doc.kind === 'session'
        ? t('search.sessionOn', { date })
        : '';
  const meta = doc.kind === 'session' && title.text ? date : '';
  return (
    <div
      id={id}
      role="option"
      aria-selected={active}
      className={styles.option}
      data-active={active || undefined}
      onMouseMove={active ? undefined : onHover}
      onClick={onOpen}
    >
      <Icon className={styles.kindIcon} size={18} aria-hidden="true" />
      <div className={styles.optionText}>
        <div className={styles.optionTitle}>
          <span className={styles.titleText}>
            {title.text ? <Highlight value={title} /> : fallback}
          </span>
          {meta && <span className={styles.meta}>{meta}</span>}
          {doc.archived && <span className={styles.badge}>{t('search.archived')}</span>}
        </div>
        {excerpt && excerpt.text && (
          <div className={styles.excerpt}>
            <Highlight value={excerpt} />
          </div>
        )}
      </div>
    </div>
  );
}
