import { z } from 'zod';
import { emptyRichText, sanitizeRichText, type RichTextDoc } from './richText';

/**
 * Where a session's notes stand: being written, or shared with the mentor.
 * `reviewed` was written into the session by older apps; a mentor's review
 * is now the mentor's own document (shared/domain/review.ts), and the
 * server lets a leader keep an old `reviewed` but never set it.
 */
export const sessionStatuses = ['draft', 'shared', 'reviewed'] as const;
export type SessionStatus = (typeof sessionStatuses)[number];
/** The statuses a leader chooses from. */
export const leaderSessionStatuses = ['draft', 'shared'] as const;

export const sessionLimits = {
  mentor: 120,
  participants: 1000,
  topics: 1000,
} as const;

/** A day as `YYYY-MM-DD` that exists in the calendar. */
export const isoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((value) => {
    const date = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
  });

/** A mentoring session: when, with whom, about what, the notes and where they stand. */
export const sessionSchema = z.object({
  date: isoDateSchema,
  mentor: z.string().trim().max(sessionLimits.mentor),
  participants: z.string().trim().max(sessionLimits.participants),
  topics: z.string().trim().max(sessionLimits.topics),
  /** TipTap JSON, sanitized on every read. */
  notes: z.custom<RichTextDoc>((value) => typeof value === 'object' && value !== null),
  status: z.enum(sessionStatuses),
  /** When the leader last shared it with the mentor; a review counts for that sharing only. */
  sharedAt: z.string().max(32).optional(),
});
export type Session = z.infer<typeof sessionSchema>;

export function newSession(date: string, mentor = ''): Session {
  return { date, mentor, participants: '', topics: '', notes: emptyRichText(), status: 'draft' };
}

const text = (value: unknown, max: number) =>
  typeof value === 'string' ? value.slice(0, max) : '';

/** Reads a stored or synced session leniently, never throwing. */
export function readSession(data: unknown): Session {
  const raw = (typeof data === 'object' && data !== null ? data : {}) as Record<string, unknown>;
  const date = isoDateSchema.safeParse(raw.date);
  return {
    date: date.success ? date.data : '',
    mentor: text(raw.mentor, sessionLimits.mentor),
    participants: text(raw.participants, sessionLimits.participants),
    topics: text(raw.topics, sessionLimits.topics),
    notes: sanitizeRichText(raw.notes),
    status: sessionStatuses.find((s) => s === raw.status) ?? 'draft',
    ...(typeof raw.sharedAt === 'string' ? { sharedAt: raw.sharedAt.slice(0, 32) } : {}),
  };
}

/** Newest first; sessions on the same day by when they were created, newest first. */
export function compareSessions(
  a: { date: string; createdAt: string },
  b: { date: string; createdAt: string },
): number {
  return b.date.localeCompare(a.date) || b.createdAt.localeCompare(a.createdAt);
}
