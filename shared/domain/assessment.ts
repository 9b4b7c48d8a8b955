import { z } from 'zod';
import { emptyRichText, sanitizeRichText, type RichTextDoc } from './richText';
import { isoDateSchema } from './session';

/** How residents were asked. */
export const assessmentMethods = ['survey', 'meeting', 'interviews', 'walk', 'other'] as const;
export type AssessmentMethod = (typeof assessmentMethods)[number];

export const assessmentLimits = { title: 160, area: 160, participants: 100_000 } as const;

/**
 * A needs assessment: when and how residents were asked, how many took
 * part, where, and notes as rich text. Its needs are separate documents
 * that refer to it from their ratings.
 */
export const assessmentSchema = z.object({
  title: z.string().trim().min(1).max(assessmentLimits.title),
  date: isoDateSchema,
  method: z.enum(assessmentMethods),
  participants: z.number().int().min(0).max(assessmentLimits.participants),
  area: z.string().trim().max(assessmentLimits.area),
  /** TipTap JSON, sanitized on every read. */
  notes: z.custom<RichTextDoc>((value) => typeof value === 'object' && value !== null),
});
export type Assessment = z.infer<typeof assessmentSchema>;

/** What the create and edit forms change; notes are edited on the assessment's page. */
export const assessmentInputSchema = assessmentSchema.omit({ notes: true });
export type AssessmentInput = z.infer<typeof assessmentInputSchema>;

export function newAssessmentInput(date: string): AssessmentInput {
  return { title: '', date, method: 'meeting', participants: 0, area: '' };
}

const text = (value: unknown, max: number) =>
  typeof value === 'string' ? value.slice(0, max) : '';

/** Reads a stored or synced assessment leniently, never throwing. */
export function readAssessment(data: unknown): Assessment {
  const raw = (typeof data === 'object' && data !== null ? data : {}) as Record<string, unknown>;
  const date = isoDateSchema.safeParse(raw.date);
  const participants = Number(raw.participants);
  return {
    title: text(raw.title, assessmentLimits.title),
    date: date.success ? date.data : '',
    method: assessmentMethods.find((m) => m === raw.method) ?? 'other',
    participants:
      Number.isInteger(participants) && participants >= 0
        ? Math.min(participants, assessmentLimits.participants)
        : 0,
    area: text(raw.area, assessmentLimits.area),
    notes: raw.notes === undefined ? emptyRichText() : sanitizeRichText(raw.notes),
  };
}

export type AssessmentRecord = { docId: string; createdAt: string; assessment: Assessment };

/** Oldest first: by date, then by when it was entered, then by id. */
export function compareAssessments(a: AssessmentRecord, b: AssessmentRecord): number {
  return (
    a.assessment.date.localeCompare(b.assessment.date) ||
    a.createdAt.localeCompare(b.createdAt) ||
    a.docId.localeCompare(b.docId)
  );
}
