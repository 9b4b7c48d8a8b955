import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReviewQueue } from '../../../../shared/domain/reviewQueue';
import { formatDate } from '../../app/i18n';
import { useLocale } from '../../app/useLocale';
import { formatDay } from '../actions';
import { useWorkbooks } from '../workbooks';
import type { ReviewRow } from './ReviewSection';

/** The queue's entries as rows: what, where (the community's name), when, and where it opens. */
export function useQueueRows(queue: ReviewQueue) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { active } = useWorkbooks();
  return useMemo(() => {
    const names = new Map(
      active.map((w) => [w.communityId, w.profile.name || t('workbooks.noName')]),
    );
    const name = (communityId: string) => names.get(communityId) ?? communityId;
    const base = (communityId: string) => `/w/${communityId}`;
    const day = (iso: string) => (iso ? formatDay(iso, locale) : t('review.noDate'));
    const sessions: ReviewRow[] = queue.sessions.map((s) => ({
      key: `${s.communityId}|${s.docId}`,
      to: `${base(s.communityId)}/mentoring/${s.docId}`,
      title: t('review.sessionTitle', { date: day(s.date) }),
      community: name(s.communityId),
      meta: s.topics,
    }));
    const needs: ReviewRow[] = queue.needs.map((n) => ({
      key: `${n.communityId}|${n.docId}`,
      to: `${base(n.communityId)}/needs`,
      title: n.title || t('review.noTitle'),
      community: name(n.communityId),
      meta: t('review.createdOn', { date: formatDate(n.createdAt, locale) }),
      ...(n.sinceLastVisit ? { marker: t('review.newSinceVisit') } : {}),
    }));
    const events: ReviewRow[] = queue.events.map((e) => ({
      key: `${e.communityId}|${e.docId}`,
      to: `${base(e.communityId)}/events/${e.docId}`,
      title: e.title || t('review.noTitle'),
      community: name(e.communityId),
      meta: [t('review.startsOn', { date: day(e.first) }), e.place].filter(Boolean).join(' · '),
    }));
    const overdue: ReviewRow[] = queue.overdue.map((a) => ({
      key: `${a.communityId}|${a.docId}`,
      to: a.sessionId
        ? `${base(a.communityId)}/mentoring/${a.sessionId}`
        : `${base(a.communityId)}/actions`,
      title: a.title || t('review.noTitle'),
      community: name(a.communityId),
      meta: [t('review.dueOn', { date: day(a.dueDate) }), a.assignee].filter(Boolean).join(' · '),
    }));
    return { sessions, needs, events, overdue };
  }, [queue, active, t, locale]);
}
