import { describe, expect, it } from 'vitest';
import type { SearchDocument } from '../../../../shared/search/searchDocument';
import { searchTarget } from './searchTarget';

const doc = (
  patch: Partial<SearchDocument> & Pick<SearchDocument, 'kind' | 'docId'>,
): SearchDocument => ({
  id: `c|${patch.docId}`,
  communityId: 'c',
  title: '',
  body: '',
  extra: '',
  archived: false,
  date: '',
  parentIds: [],
  ...patch,
});

const known = new Map(
  [
    doc({ kind: 'assessment', docId: 'assessment-1' }),
    doc({ kind: 'assessment', docId: 'assessment-2' }),
    doc({ kind: 'assessment', docId: 'assessment-old', archived: true }),
    doc({ kind: 'need', docId: 'need-1', parentIds: ['assessment-1', 'assessment-2'] }),
  ].map((d) => [d.docId, d]),
);
const lookup = (docId: string) => known.get(docId);

describe('searchTarget', () => {
  it('opens a need on its latest known, current assessment', () => {
    expect(searchTarget(known.get('need-1')!, lookup)).toBe('needs/a/assessment-2?need=need-1');
    const onlyOld = doc({ kind: 'need', docId: 'n', parentIds: ['assessment-old', 'gone'] });
    expect(searchTarget(onlyOld, lookup)).toBe('needs?need=n');
  });

  it('opens sessions, plans and assessments on their pages', () => {
    expect(searchTarget(doc({ kind: 'session', docId: 'session-1' }), lookup)).toBe(
      'mentoring/session-1',
    );
    expect(searchTarget(doc({ kind: 'eventPlan', docId: 'eventPlan-1' }), lookup)).toBe(
      'events/eventPlan-1',
    );
    expect(searchTarget(known.get('assessment-1')!, lookup)).toBe('needs/a/assessment-1');
    expect(searchTarget(known.get('assessment-old')!, lookup)).toBe('needs?tab=assessments');
  });

  it('opens an action on its session and a comment where it was written', () => {
    expect(
      searchTarget(doc({ kind: 'action', docId: 'a', parentIds: ['session-4'] }), lookup),
    ).toBe('mentoring/session-4');
    expect(searchTarget(doc({ kind: 'action', docId: 'a' }), lookup)).toBe('actions');
    const on = (parentKind: SearchDocument['kind'], target: string) =>
      searchTarget(doc({ kind: 'comment', docId: 'c1', parentIds: [target], parentKind }), lookup);
    expect(on('session', 'session-4')).toBe('mentoring/session-4');
    expect(on('eventPlan', 'eventPlan-1')).toBe('events/eventPlan-1');
    expect(on('need', 'need-1')).toBe('needs/a/assessment-2?need=need-1');
    expect(on('need', 'need-unknown')).toBe('needs');
  });
});
