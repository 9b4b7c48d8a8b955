/**
 * The mentor's side of a session page, for the mentoring feature: the
 * read-only view with "mark reviewed"; and the leader's side of a review:
 * "share with mentor" and who reviewed the session.
 */
export { MentorSessionView } from './MentorSessionView';
export { ShareWithMentorButton } from './ShareWithMentorButton';
export { SessionReviewNote } from './SessionReviewNote';
export { reviewStateOf, useReviewState, useSessionReviews } from './useSessionReviews';
