import { describe, expect, it } from 'vitest';
import { readNeed, type NeedRating } from './need';
import {
  applyTally,
  compareAssessmentScores,
  defaultNeedWeights,
  filterNeeds,
  matrixCounts,
  needScore,
  rankNeeds,
  readNeedWeights,
  sortNeeds,
  tallyTotal,
  emptyNeedFilter,
  type NeedRecord,
  type NeedWeights,
} from './needScore';

const rating = (assessmentId: string, r: Partial<NeedRating> = {}): NeedRating => ({
  assessmentId,
  urgency: 3,
  impact: 3,
  feasibility: 3,
  residentsAffected: 0,
  votes: 0,
  ...r,
});

const need = (docId: string, title: string, ratings: NeedRating[], extra = {}): NeedRecord => ({
  docId,
  createdAt: '2026-01-01T00:00:00Z',
  need: { ...readNeed({ title, ...extra }), ratings },
});

const order = new Map([
  ['a1', 0],
  ['a2', 1],
]);
const only = (key: keyof NeedWeights): NeedWeights => ({
  urgency: 0,
  impact: 0,
  feasibility: 0,
  residents: 0,
  votes: 0,
  [key]: 1,
});

describe('needScore', () => {
  const scale = { maxResidents: 200, maxVotes: 10 };

  it('maps ratings 1…5 to 0…100 and takes the weighted average', () => {
    expect(needScore(rating('a', { urgency: 5 }), only('urgency'), scale)).toBe(100);
    expect(needScore(rating('a', { urgency: 1 }), only('urgency'), scale)).toBe(0);
    expect(needScore(rating('a', { impact: 4 }), only('impact'), scale)).toBe(75);
    // (3×100 + 3×50 + 2×25 + 2×50 + 1×30) / 11 = 630 / 11 = 57.27…
    const r = rating('a', {
      urgency: 5,
      impact: 3,
      feasibility: 2,
      residentsAffected: 100,
      votes: 3,
    });
    expect(needScore(r, defaultNeedWeights, scale)).toBe(57.3);
  });

  it('scales residents and votes to the largest among the needs compared', () => {
    const r = rating('a', { residentsAffected: 50, votes: 5 });
    expect(needScore(r, only('residents'), scale)).toBe(25);
    expect(needScore(r, only('votes'), scale)).toBe(50);
    expect(needScore(r, only('votes'), { maxResidents: 0, maxVotes: 0 })).toBe(0);
  });

  it('is 0 when every weight is 0', () => {
    const zero = { urgency: 0, impact: 0, feasibility: 0, residents: 0, votes: 0 };
    expect(needScore(rating('a', { urgency: 5 }), zero, scale)).toBe(0);
  });

  it('reads stored weights, falling back to defaults for bad ones', () => {
    expect(readNeedWeights(undefined)).toEqual(defaultNeedWeights);
    expect(readNeedWeights({ urgency: 7, impact: 11, votes: 'x', feasibility: 1.5 })).toEqual({
      ...defaultNeedWeights,
      urgency: 7,
    });
  });
});

describe('rankNeeds', () => {
  it('ranks by the current rating, the one of the latest assessment', () => {
    const needs = [
      need('need-1', 'Apgaismojums', [rating('a2', { urgency: 2 }), rating('a1', { urgency: 5 })]),
      need('need-2', 'Soliņi', [rating('a1', { urgency: 1 }), rating('a2', { urgency: 4 })]),
    ];
    const ranked = rankNeeds(needs, only('urgency'), order);
    expect(ranked.map((n) => [n.docId, n.rank, n.score])).toEqual([
      ['need-2', 1, 75],
      ['need-1', 2, 25],
    ]);
  });

  it('changes order when the weights change', () => {
    const needs = [
      need('need-1', 'Steidzamā', [rating('a1', { urgency: 5, feasibility: 1 })]),
      need('need-2', 'Vieglā', [rating('a1', { urgency: 2, feasibility: 5 })]),
    ];
    expect(rankNeeds(needs, only('urgency'), order)[0]!.docId).toBe('need-1');
    expect(rankNeeds(needs, only('feasibility'), order)[0]!.docId).toBe('need-2');
  });

  it('breaks ties by votes, urgency, Latvian title order, then id', () => {
    const zero = { ...only('urgency'), urgency: 0 };
    const needs = [
      need('need-d', 'Ūdens', [rating('a1')]),
      need('need-c', 'Čuguns', [rating('a1')]),
      need('need-b', 'Cits', [rating('a1')]),
      need('need-a', 'Cits', [rating('a1')]),
      need('need-v', 'Zāle', [rating('a1', { votes: 2 })]),
      need('need-u', 'Ābele', [rating('a1', { urgency: 4 })]),
    ];
    const ids = rankNeeds(needs, zero, order).map((n) => n.docId);
    expect(ids).toEqual(['need-v', 'need-u', 'need-a', 'need-b', 'need-c', 'need-d']);
    // The same input in another order gives the same ranking.
    expect(rankNeeds([...needs].reverse(), zero, order).map((n) => n.docId)).toEqual(ids);
  });

  it('lets tallied votes count through their own weight', () => {
    const needs = [
      need('need-1', 'A', [rating('a1', { urgency: 4, votes: 0 })]),
      need('need-2', 'B', [rating('a1', { urgency: 3, votes: 12 })]),
    ];
    const weights = { ...only('urgency'), votes: 0 };
    expect(rankNeeds(needs, weights, order)[0]!.docId).toBe('need-1');
    expect(rankNeeds(needs, { ...weights, votes: 1 }, order)[0]!.docId).toBe('need-2');
  });

  it('puts needs without a rating last with score 0', () => {
    const ranked = rankNeeds(
      [need('need-1', 'Bez vērtējuma', []), need('need-2', 'Ar', [rating('a1', { urgency: 2 })])],
      defaultNeedWeights,
      order,
    );
    expect(ranked.map((n) => [n.docId, n.score])).toEqual([
      ['need-2', expect.any(Number)],
      ['need-1', 0],
    ]);
  });
});

describe('sorting and filtering', () => {
  const needs = rankNeeds(
    [
      need('need-1', 'Bērnu laukums', [rating('a1', { urgency: 5, impact: 5, votes: 1 })], {
        category: 'youth',
        status: 'planned',
      }),
      need('need-2', 'Apgaismojums', [rating('a1', { urgency: 2, impact: 4, votes: 9 })], {
        category: 'safety',
      }),
      need('need-3', 'Āra trenažieri', [rating('a2', { urgency: 2, impact: 4 })], {
        category: 'youth',
        status: 'solved',
      }),
    ],
    only('urgency'),
    order,
  );

  it('sorts by a column either way, in Latvian order for titles', () => {
    const titles = (key: 'title', direction: 'asc' | 'desc') =>
      sortNeeds(needs, { key, direction }).map((n) => n.need.title);
    expect(titles('title', 'asc')).toEqual(['Apgaismojums', 'Āra trenažieri', 'Bērnu laukums']);
    expect(titles('title', 'desc')).toEqual(['Bērnu laukums', 'Āra trenažieri', 'Apgaismojums']);
    expect(sortNeeds(needs, { key: 'votes', direction: 'desc' })[0]!.docId).toBe('need-2');
    expect(sortNeeds(needs, { key: 'score', direction: 'asc' }).map((n) => n.rank)).toEqual([
      3, 2, 1,
    ]);
  });

  it('filters by category, status, assessment and matrix cell', () => {
    const ids = (filter: Partial<typeof emptyNeedFilter>) =>
      filterNeeds(needs, { ...emptyNeedFilter, ...filter }).map((n) => n.docId);
    expect(ids({ category: 'youth' })).toEqual(['need-1', 'need-3']);
    expect(ids({ category: 'youth', status: 'solved' })).toEqual(['need-3']);
    expect(ids({ assessmentId: 'a1' })).toEqual(['need-1', 'need-2']);
    expect(ids({ cell: { impact: 4, urgency: 2 } })).toEqual(['need-2', 'need-3']);
    expect(ids({})).toHaveLength(3);
  });

  it('counts needs per impact × urgency cell', () => {
    const cells = matrixCounts(needs);
    expect(cells[3]![1]).toBe(2);
    expect(cells[4]![4]).toBe(1);
    expect(cells.flat().reduce((a, b) => a + b, 0)).toBe(3);
  });
});

describe('tallies', () => {
  const needs = [
    need('need-1', 'A', [rating('a1', { votes: 2 }), rating('a2')]),
    need('need-2', 'B', [rating('a2', { votes: 4 })]),
    need('need-3', 'C', [rating('a1')]),
  ];

  it('sets votes on the rating at that assessment only, and reports what changed', () => {
    const changed = applyTally(needs, 'a2', { 'need-1': 7, 'need-2': 4, 'need-3': 5 });
    expect(changed).toEqual([
      { docId: 'need-1', ratings: [rating('a1', { votes: 2 }), rating('a2', { votes: 7 })] },
    ]);
  });

  it('ignores negative or fractional counts', () => {
    expect(applyTally(needs, 'a1', { 'need-1': -1, 'need-3': 1.5 })).toEqual([]);
  });

  it('adds up the votes of an assessment', () => {
    expect(tallyTotal(needs, 'a1')).toBe(2);
    expect(tallyTotal(needs, 'a2')).toBe(4);
  });
});

describe('compareAssessmentScores', () => {
  it('shows how scores moved, biggest rise first, then new and dropped needs', () => {
    const needs = [
      need('need-1', 'Kritās', [rating('a1', { urgency: 5 }), rating('a2', { urgency: 2 })]),
      need('need-2', 'Cēlās', [rating('a1', { urgency: 1 }), rating('a2', { urgency: 5 })]),
      need('need-3', 'Jauna', [rating('a2', { urgency: 3 })]),
      need('need-4', 'Vairs nav', [rating('a1', { urgency: 3 })]),
      need('need-5', 'Cits', [rating('a3')]),
    ];
    expect(compareAssessmentScores(needs, 'a1', 'a2', only('urgency'))).toEqual([
      { docId: 'need-2', title: 'Cēlās', from: 0, to: 100, change: 100 },
      { docId: 'need-1', title: 'Kritās', from: 100, to: 25, change: -75 },
      { docId: 'need-3', title: 'Jauna', from: undefined, to: 50, change: undefined },
      { docId: 'need-4', title: 'Vairs nav', from: 50, to: undefined, change: undefined },
    ]);
  });
});
