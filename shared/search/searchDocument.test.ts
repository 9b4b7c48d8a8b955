import { describe, expect, it } from 'vitest';
import { plainTextToRichText } from '../domain/richText';
import { toSearchDocument, type SearchableItem } from './searchDocument';

const item = (
  type: SearchableItem['type'],
  data: unknown,
  extra: Partial<SearchableItem> = {},
) => ({
  id: `c1|${type}-1`,
  communityId: 'c1',
  docId: `${type}-1`,
  type,
  data,
  ...extra,
});

describe('toSearchDocument', () => {
  it('reads a need: title, description, solution and quotes; its assessments', () => {
    const doc = toSearchDocument(
      item('need', {
        title: 'Apgaismojums',
        description: 'Tumšs pagalms',
        proposedSolution: 'Laternas',
        quotes: [{ id: 'q', text: 'Bail iet' }],
        evidenceSource: 'Aptauja',
        ratings: [{ assessmentId: 'assessment-a' }, { assessmentId: 'assessment-b' }],
      }),
    );
    expect(doc).toMatchObject({
      kind: 'need',
      title: 'Apgaismojums',
      body: 'Tumšs pagalms\nLaternas\nBail iet',
      extra: 'Aptauja',
      parentIds: ['assessment-a', 'assessment-b'],
      archived: false,
    });
  });

  it('flattens rich text of sessions, assessments and event reports', () => {
    const notes = plainTextToRichText('Runājām par kopiēnas budžetu\nNākamreiz: sētas');
    expect(toSearchDocument(item('session', { topics: 'Budžets', notes }))?.body).toBe(
      'Runājām par kopiēnas budžetu\nNākamreiz: sētas',
    );
    expect(toSearchDocument(item('assessment', { title: 'A', notes }))?.body).toContain('sētas');
    const plan = toSearchDocument(
      item('eventPlan', {
        title: 'Talka',
        goals: 'Sakopt parku',
        agenda: [{ title: 'Ierašanās', who: 'Anna' }],
        report: { results: plainTextToRichText('Savākti 40 maisi') },
        days: [{ id: 'd', date: '2026-05-01' }],
      }),
    );
    expect(plan?.body).toBe('Sakopt parku\nIerašanās\nSavākti 40 maisi');
    expect(plan?.extra).toBe('Anna');
    expect(plan?.date).toBe('2026-05-01');
  });

  it('links an action to its session and a comment to its target', () => {
    expect(
      toSearchDocument(item('action', { title: 'Zvanīt domei', sessionId: 'session-9' }))
        ?.parentIds,
    ).toEqual(['session-9']);
    expect(
      toSearchDocument(
        item('comment', {
          body: 'Labs plāns',
          authorName: 'Mentore',
          targetDocId: 'eventPlan-3',
          targetType: 'eventPlan',
        }),
      ),
    ).toMatchObject({
      title: '',
      body: 'Labs plāns',
      parentIds: ['eventPlan-3'],
      parentKind: 'eventPlan',
    });
  });

  it('marks archived items and skips deleted ones and profiles', () => {
    expect(
      toSearchDocument(item('need', { title: 'X' }, { archivedAt: '2026-01-01' }))?.archived,
    ).toBe(true);
    expect(toSearchDocument(item('need', { title: 'X' }, { _deleted: true }))).toBeNull();
    expect(toSearchDocument(item('community', { name: 'X' }))).toBeNull();
  });

  it('never throws on data that does not fit', () => {
    expect(toSearchDocument(item('eventPlan', null))).toMatchObject({ title: '', body: '' });
    expect(
      toSearchDocument(item('need', { title: 5, quotes: 'x', ratings: [null] })),
    ).toMatchObject({
      title: '',
      parentIds: [],
    });
  });
});
