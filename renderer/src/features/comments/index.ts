/**
 * Comment threads on any item (a session, a need, an event plan), and the
 * unread comments of a workbook for badges and the dashboard.
 */
export { CommentThread, type CommentThreadProps } from './CommentThread';
export { useComments, useUnreadComments, type CommentEntry } from './useComments';
