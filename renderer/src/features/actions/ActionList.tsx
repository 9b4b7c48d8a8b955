import { useMemo } from 'react';
import { ActionRow } from './ActionRow';
import { useLinkTargets, useSessionDates, type ActionEntry } from './useActions';
import styles from './Actions.module.css';

type ActionListProps = {
  communityId: string;
  actions: ActionEntry[];
  today: string;
  /** Say in which session each action was agreed (the workbook-wide view). */
  showSession?: boolean;
  /** The session being shown: actions from other sessions are marked as carried over. */
  sessionId?: string;
};

/** A list of agreed actions with their sessions and links resolved. */
export function ActionList({
  communityId,
  actions,
  today,
  showSession,
  sessionId,
}: ActionListProps) {
  const sessionDates = useSessionDates(communityId);
  const targets = useLinkTargets(communityId);
  const targetById = useMemo(() => new Map(targets.map((t) => [t.docId, t])), [targets]);
  return (
    <ul className={styles.list}>
      {actions.map((entry) => {
        const { action } = entry;
        const linkId = action.needId ?? action.eventPlanId;
        const linkTarget = linkId ? targetById.get(linkId) : undefined;
        return (
          <ActionRow
            key={entry.docId}
            communityId={communityId}
            entry={entry}
            today={today}
            carried={sessionId !== undefined && action.sessionId !== sessionId}
            {...(showSession
              ? {
                  session: {
                    docId: action.sessionId,
                    date: sessionDates.get(action.sessionId) ?? '',
                  },
                }
              : {})}
            {...(linkTarget ? { linkTarget } : {})}
          />
        );
      })}
    </ul>
  );
}
