import type { TFunction } from 'i18next';
import type { ActionRecord } from '../../../../shared/domain/action';
import type { CommentRecord } from '../../../../shared/domain/comment';
import type { ReviewState } from '../../../../shared/domain/review';
import type { Session } from '../../../../shared/domain/session';
import { escapeHtml, printableDocument } from '../../../../shared/export/html';
import { formatDate } from '../../app/i18n';
import { intlLocale, type Locale } from '../../../../shared/i18n/locales';
import { richTextToHtml } from '../../ui/richText';
import { formatDay } from '../actions';

export type SessionSummaryInput = {
  communityName: string;
  session: Session;
  /** Where the session stands with its mentor; its own status when not given. */
  review?: ReviewState;
  actions: ActionRecord[];
  comments: CommentRecord[];
  locale: Locale;
  t: TFunction;
  now: Date;
};

/**
 * A session's summary (details, notes, agreed actions, feedback) as a
 * printable document: every text escaped, the notes rendered through the
 * editor's schema only.
 */
export function sessionSummaryHtml(input: SessionSummaryInput): string {
  const { session, locale, t } = input;
  const e = escapeHtml;
  const day = (iso: string) => (iso ? formatDay(iso, locale) : '—');
  const date = day(session.date);
  const status = input.review?.status ?? session.status;
  const reviewers =
    input.review?.status === 'reviewed'
      ? input.review.reviewers.map((r) =>
          [r.name, formatDate(r.reviewedAt, locale)].filter(Boolean).join(', '),
        )
      : [];
  const meta = [
    session.mentor ? `${t('mentoring.mentor')}: ${session.mentor}` : '',
    `${t('mentoring.statusLabel')}: ${t(`mentoring.status.${status}`)}${reviewers.length ? ` (${reviewers.join('; ')})` : ''}`,
  ].filter(Boolean);
  const facts = [
    session.participants ? [t('mentoring.participants'), session.participants] : null,
    session.topics ? [t('mentoring.topics'), session.topics] : null,
  ].filter((row): row is string[] => row !== null);

  const actionRows = input.actions
    .map(
      ({ action }) =>
        `<tr><td>${e(action.title)}</td><td>${e(action.assignee || '—')}</td><td>${e(
          day(action.dueDate),
        )}</td><td>${e(t(`actions.status.${action.status}`))}</td></tr>`,
    )
    .join('');
  const actionsHtml = input.actions.length
    ? `<table><thead><tr><th>${e(t('mentoring.pdf.what'))}</th><th>${e(t('mentoring.pdf.who'))}</th><th>${e(
        t('mentoring.pdf.due'),
      )}</th><th>${e(t('mentoring.pdf.status'))}</th></tr></thead><tbody>${actionRows}</tbody></table>`
    : `<p>${e(t('mentoring.pdf.none'))}</p>`;

  const time = new Intl.DateTimeFormat(intlLocale[locale], {
    dateStyle: 'medium',
    timeStyle: 'short',
  });
  const commentsHtml = input.comments.length
    ? input.comments
        .map(({ comment }) => {
          const at = new Date(comment.createdAt);
          const when = Number.isNaN(at.getTime()) ? '' : ` · ${time.format(at)}`;
          return `<h3>${e(comment.authorName)} (${e(t(`roles.${comment.authorRole}`))})${e(when)}</h3>${comment.body
            .split(/\r?\n/)
            .map((line) => `<p>${e(line)}</p>`)
            .join('')}`;
        })
        .join('')
    : `<p>${e(t('mentoring.pdf.none'))}</p>`;

  const bodyHtml = [
    `<h1>${e(t('mentoring.pdf.title'))}</h1>`,
    `<p class="meta">${e(input.communityName)} · ${e(date)}${meta.length ? ` · ${e(meta.join(' · '))}` : ''}</p>`,
    facts.length
      ? `<table><tbody>${facts.map(([k, v]) => `<tr><th>${e(k!)}</th><td>${e(v!)}</td></tr>`).join('')}</tbody></table>`
      : '',
    `<h2>${e(t('mentoring.pdf.notes'))}</h2>`,
    richTextToHtml(session.notes),
    `<h2>${e(t('mentoring.pdf.actions'))}</h2>`,
    actionsHtml,
    `<h2>${e(t('mentoring.pdf.feedback'))}</h2>`,
    commentsHtml,
    `<footer>${e(t('mentoring.pdf.generated', { date: time.format(input.now) }))}</footer>`,
  ].join('\n');

  return printableDocument({
    title: `${t('mentoring.pdf.title')} ${date}`,
    lang: locale,
    bodyHtml,
  });
}

/** A file name for the summary: community and date, no characters files cannot hold. */
export function summaryFileName(communityName: string, date: string): string {
  return `${communityName || 'Kopspeks'} ${date}`
    .replace(/[<>:"/\\|?*]/g, ' ')
    .trim()
    .slice(0, 100);
}
