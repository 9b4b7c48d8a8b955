import { describe, expect, it } from 'vitest';
import type { ItemDoc } from '../db/schemas/item.schema';
import { toBackupItem } from './backupFormat';
import { planRestore } from './restorePlan';

function doc(docId: string, type: ItemDoc['type'], data: Record<string, unknown>): ItemDoc {
  return {
    id: `c1|${docId}`,
    communityId: 'c1',
    docId,
    type,
    dataVersion: 0,
    createdAt: '2026-11-01T10:00:00.000Z',
    updatedAt: '2026-11-02T10:00:00.000Z',
    archivedAt: null,
    data,
  };
}

const profile = doc('profile', 'community', { name: 'Kopiena' });
const needA = doc('need-a', 'need', { title: 'Soliņi' });
const needB = doc('need-b', 'need', { title: 'Gaisma' });
const session = doc('session-1', 'session', { date: '2026-11-10' });

describe('planRestore', () => {
  it('adds everything into a new workbook', () => {
    const plan = planRestore([profile, needA, needB].map(toBackupItem), []);
    expect(plan.added.map((item) => item.docId)).toEqual(['profile', 'need-a', 'need-b']);
    expect(plan.counts).toEqual({
      community: { added: 1, changed: 0, unchanged: 0, kept: 0 },
      need: { added: 2, changed: 0, unchanged: 0, kept: 0 },
    });
  });

  it('counts added, changed, unchanged and kept per kind, ignoring only save times', () => {
    const backup = [profile, needA, needB].map(toBackupItem);
    const current = [
      { ...profile, updatedAt: '2026-11-20T10:00:00.000Z', updatedBy: 'Jānis' },
      { ...needA, data: { title: 'Soliņi un galdi' } },
      session,
    ];
    const plan = planRestore(backup, current);
    expect(plan.counts).toEqual({
      community: { added: 0, changed: 0, unchanged: 1, kept: 0 },
      need: { added: 1, changed: 1, unchanged: 0, kept: 0 },
      session: { added: 0, changed: 0, unchanged: 0, kept: 1 },
    });
    expect(plan.changed.map((item) => item.docId)).toEqual(['need-a']);
    expect(plan.added.map((item) => item.docId)).toEqual(['need-b']);
    expect(plan.unchanged).toBe(1);
    expect(plan.kept).toBe(1);
  });

  it('sees a change of archive state or conflict as a change', () => {
    const backup = [needA].map(toBackupItem);
    const archived = { ...needA, archivedAt: '2026-11-05T00:00:00.000Z' };
    expect(planRestore(backup, [archived]).changed).toHaveLength(1);
    const conflicted = { ...needA, conflict: { detectedAt: 'x', fields: [] } };
    expect(planRestore(backup, [conflicted]).changed).toHaveLength(1);
  });

  it('lists kinds in the app’s order whatever order the documents come in', () => {
    const plan = planRestore([session, needA, profile].map(toBackupItem), []);
    expect(Object.keys(plan.counts)).toEqual(['community', 'need', 'session']);
  });
});
