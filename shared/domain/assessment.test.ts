import { describe, expect, it } from 'vitest';
import { validate } from './validation';
import {
  assessmentInputSchema,
  compareAssessments,
  newAssessmentInput,
  readAssessment,
} from './assessment';

describe('assessment', () => {
  it('needs a title and a real date, and a whole number of participants', () => {
    const input = newAssessmentInput('2026-02-30');
    const result = validate(assessmentInputSchema, { ...input, participants: -2 });
    expect(result.ok ? {} : result.errors).toMatchObject({
      title: { code: 'validation.required' },
      date: { code: 'validation.invalid' },
      participants: { code: 'validation.invalid' },
    });
    expect(
      validate(assessmentInputSchema, { ...newAssessmentInput('2026-03-01'), title: 'Sapulce' }).ok,
    ).toBe(true);
  });

  it('reads synced data leniently and sanitizes the notes', () => {
    const a = readAssessment({
      title: 'Aptauja',
      date: 'vakar',
      method: 'séance',
      participants: 'x',
      notes: '<b>hi</b>',
    });
    expect(a).toMatchObject({ title: 'Aptauja', date: '', method: 'other', participants: 0 });
    expect(a.notes.type).toBe('doc');
  });

  it('orders by date, then creation', () => {
    const rec = (docId: string, date: string, createdAt: string) => ({
      docId,
      createdAt,
      assessment: { ...readAssessment({ date }) },
    });
    const list = [
      rec('c', '2026-05-01', '1'),
      rec('b', '2026-01-01', '2'),
      rec('a', '2026-01-01', '1'),
    ];
    expect(list.sort(compareAssessments).map((r) => r.docId)).toEqual(['a', 'b', 'c']);
  });
});
