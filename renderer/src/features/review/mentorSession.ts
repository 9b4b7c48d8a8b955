/**
 * The mentor's side of a session page, for the mentoring feature: the
 * read-only view with "mark reviewed", and the leader's "share with mentor".
 */
export { MentorSessionView } from './MentorSessionView';
export { ShareWithMentorButton } from './ShareWithMentorButton';
