/**
 * Mentor mode (issue #7): the note, badge and links a mentor sees, kept
 * light because the sidebar and the workbook picker load them at start.
 * The review queue page (`./ReviewPage`, see app/routes.tsx) and the
 * mentor's session view (`./mentorSession`) are their own entries, loaded
 * with the pages that use them, like sync's ConflictsPage.
 */
export { MentorBadge, MentorNote, MentorWorkbookFrame } from './MentorNote';
export { ReviewQueueLink } from './ReviewQueueLink';
export { refusedText } from './refusedText';
export { useMentoredCommunityIds } from './mentorRole';
export { useCommunityRole, useReadsOnly } from '../../db/sync/syncStore';
