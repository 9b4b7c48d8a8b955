import { describe, expect, it } from 'vitest';
import { validate } from './validation';
import { currentRating, needSchema, quotesFromLines, readNeed, upsertRating } from './need';

const rating = {
  assessmentId: 'a1',
  urgency: 4,
  impact: 2,
  feasibility: 5,
  residentsAffected: 40,
  votes: 3,
};

describe('need', () => {
  it('accepts a full need and refuses ratings outside 1–5', () => {
    const need = { ...readNeed({ title: 'Gājēju pāreja' }), ratings: [rating] };
    expect(validate(needSchema, need).ok).toBe(true);
    const bad = validate(needSchema, { ...need, ratings: [{ ...rating, urgency: 6 }] });
    expect(bad.ok ? null : bad.errors['ratings.0.urgency']?.code).toBe('validation.invalid');
  });

  it('refuses two ratings for the same assessment', () => {
    const need = { ...readNeed({ title: 'X' }), ratings: [rating, { ...rating, votes: 1 }] };
    expect(validate(needSchema, need).ok).toBe(false);
  });

  it('reads synced data that does not fit without throwing', () => {
    const need = readNeed({
      title: 42,
      category: 'spaceships',
      ratings: [{ ...rating, urgency: 9, votes: -3 }, { assessmentId: 'a1' }, 'x', null],
      quotes: [{ id: 'q1', text: 'Tumšs' }, { text: 'bez id' }],
    });
    expect(need).toMatchObject({ title: '', category: 'other', status: 'identified' });
    expect(need.ratings).toEqual([{ ...rating, urgency: 5, votes: 0 }]);
    expect(need.quotes).toEqual([{ id: 'q1', text: 'Tumšs' }]);
    expect(readNeed(null).ratings).toEqual([]);
  });

  it('takes the rating of the latest known assessment as current', () => {
    const ratings = [
      { ...rating, assessmentId: 'late' },
      { ...rating, assessmentId: 'early' },
    ];
    const order = new Map([
      ['early', 0],
      ['late', 1],
    ]);
    expect(currentRating({ ratings }, order)?.assessmentId).toBe('late');
    expect(currentRating({ ratings: [...ratings].reverse() }, order)?.assessmentId).toBe('late');
    expect(currentRating({ ratings: [] }, order)).toBeUndefined();
  });

  it('replaces a rating in place or adds it', () => {
    const other = { ...rating, assessmentId: 'a2' };
    expect(upsertRating([rating, other], { ...rating, votes: 9 })).toEqual([
      { ...rating, votes: 9 },
      other,
    ]);
    expect(upsertRating([rating], other)).toEqual([rating, other]);
  });

  it('keeps quote ids for unchanged lines', () => {
    let n = 0;
    const quotes = quotesFromLines(
      ['Tumšs', ' ', 'Jauns citāts'],
      [
        { id: 'q1', text: 'Vecs' },
        { id: 'q2', text: 'Tumšs' },
      ],
      () => `new-${++n}`,
    );
    expect(quotes).toEqual([
      { id: 'q2', text: 'Tumšs' },
      { id: 'new-1', text: 'Jauns citāts' },
    ]);
  });
});
