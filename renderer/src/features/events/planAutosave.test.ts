import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readEventPlan, type EventPlan } from '../../../../shared/domain/eventPlan';
import { instantiateTemplate } from '../../../../shared/domain/eventTemplates';
import { PlanAutosave } from './planAutosave';

let n = 0;
const plan = (): EventPlan =>
  instantiateTemplate('other', {
    title: 'Talka',
    startDate: '2027-04-24',
    locale: 'lv',
    newId: () => `id-${++n}`,
  });

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('PlanAutosave', () => {
  it('writes once after typing stops, then says saved', async () => {
    const write = vi.fn(() => Promise.resolve());
    const initial = plan();
    const autosave = new PlanAutosave(initial, write);
    autosave.change((p) => ({ ...p, title: 'T' }));
    autosave.change((p) => ({ ...p, title: 'Ta' }));
    autosave.change((p) => ({ ...p, title: 'Tal' }));
    expect(autosave.getSnapshot().saveState).toBe('saving');
    expect(write).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(500);
    expect(write).toHaveBeenCalledTimes(1);
    // The edit is written relative to the version it started from.
    expect(write).toHaveBeenCalledWith(expect.objectContaining({ title: 'Tal' }), initial);
    expect(autosave.getSnapshot().saveState).toBe('saved');
  });

  it('ignores the echo of its own write but takes over an edit from elsewhere', async () => {
    const write = vi.fn(() => Promise.resolve());
    const initial = plan();
    const autosave = new PlanAutosave(initial, write);
    autosave.change((p) => ({ ...p, place: 'Tautas nams' }));
    await vi.advanceTimersByTimeAsync(500);
    const before = autosave.getSnapshot();
    autosave.receive({ ...initial, place: 'Tautas nams' }, readEventPlan);
    expect(autosave.getSnapshot()).toBe(before);
    autosave.receive({ ...initial, place: 'Skola' }, readEventPlan);
    expect(autosave.getSnapshot().plan.place).toBe('Skola');
  });

  it('never lets a stored version overwrite what is still waiting to be written', () => {
    const autosave = new PlanAutosave(plan(), () => Promise.resolve());
    autosave.change((p) => ({ ...p, goals: 'typed here' }));
    autosave.receive({ ...plan(), goals: 'from elsewhere' }, readEventPlan);
    expect(autosave.getSnapshot().plan.goals).toBe('typed here');
  });

  it('keeps a failed change, says so, and retries until it is written', async () => {
    const write = vi
      .fn<(p: EventPlan) => Promise<void>>()
      .mockRejectedValueOnce(new Error('disk full'))
      .mockResolvedValue(undefined);
    const autosave = new PlanAutosave(plan(), write);
    autosave.change((p) => ({ ...p, audience: 'Seniori' }));
    await vi.advanceTimersByTimeAsync(500);
    expect(autosave.getSnapshot().saveState).toBe('failed');
    expect(autosave.getSnapshot().plan.audience).toBe('Seniori');
    await vi.advanceTimersByTimeAsync(3000);
    expect(write).toHaveBeenCalledTimes(2);
    expect(write).toHaveBeenLastCalledWith(
      expect.objectContaining({ audience: 'Seniori' }),
      expect.anything(),
    );
    expect(autosave.getSnapshot().saveState).toBe('saved');
  });

  it('writes what is pending at once when flushed (closing, unloading)', async () => {
    const write = vi.fn(() => Promise.resolve());
    const autosave = new PlanAutosave(plan(), write);
    autosave.change((p) => ({ ...p, title: 'Pēdējais' }));
    await autosave.flush();
    expect(write).toHaveBeenCalledWith(
      expect.objectContaining({ title: 'Pēdējais' }),
      expect.anything(),
    );
  });
});
