import { describe, expect, it } from 'vitest';
import {
  isTaskOverdue,
  planDateRange,
  readEventPlan,
  taskProgress,
  type PlanTask,
} from './eventPlan';

const task = (partial: Partial<PlanTask>): PlanTask => ({
  id: 't',
  title: 'x',
  who: '',
  due: '',
  done: false,
  ...partial,
});

describe('readEventPlan', () => {
  it('never throws and keeps what can be read from a damaged synced plan', () => {
    expect(() => readEventPlan(null)).not.toThrow();
    const plan = readEventPlan({
      kind: 'party',
      title: 42,
      status: 'done',
      days: [{ id: 'd1', date: '2027-05-14' }, { id: 'd2', date: 'tomorrow' }, 'junk'],
      agenda: [
        { id: 'a', dayId: 'd1', start: '9:00', end: '10:00', title: 'Open' },
        { title: 'no id' },
      ],
      budget: [
        { id: 'b', item: 'Kafija', quantityHundredths: 1.5, unitCostCents: 250, source: 'x' },
      ],
      tasks: [
        { id: 't', title: 'T', done: 'yes' },
        { id: 't', title: 'duplicate' },
      ],
      needIds: ['need-1', 'need-1', 3],
      report: { results: '<script>x</script>', actualParticipants: -4 },
    });
    expect(plan.kind).toBe('other');
    expect(plan.title).toBe('');
    expect(plan.status).toBe('done');
    expect(plan.days).toEqual([{ id: 'd1', date: '2027-05-14' }]);
    expect(plan.agenda).toEqual([
      { id: 'a', dayId: 'd1', start: '', end: '10:00', title: 'Open', who: '' },
    ]);
    expect(plan.budget).toEqual([
      {
        id: 'b',
        item: 'Kafija',
        quantityHundredths: 0,
        unitCostCents: 250,
        actualCents: null,
        source: 'other',
      },
    ]);
    expect(plan.tasks).toEqual([{ id: 't', title: 'T', who: '', due: '', done: false }]);
    expect(plan.needIds).toEqual(['need-1']);
    expect(plan.report.actualParticipants).toBeNull();
    // A string becomes plain text through the rich-text sanitizer, never HTML.
    expect(plan.report.results.content[0]!.content![0]!.text).toBe('<script>x</script>');
  });
});

describe('tasks', () => {
  it('counts done and overdue ones against today', () => {
    const tasks = [
      task({ id: 'a', done: true, due: '2027-01-01' }),
      task({ id: 'b', due: '2027-01-09' }),
      task({ id: 'c', due: '2027-01-10' }),
      task({ id: 'd' }),
    ];
    expect(isTaskOverdue(tasks[0]!, '2027-01-10')).toBe(false);
    expect(isTaskOverdue(tasks[1]!, '2027-01-10')).toBe(true);
    expect(isTaskOverdue(tasks[2]!, '2027-01-10')).toBe(false);
    expect(taskProgress(tasks, '2027-01-10')).toEqual({ done: 1, total: 4, overdue: 1 });
  });
});

describe('planDateRange', () => {
  it('finds the first and last day whatever their order', () => {
    expect(
      planDateRange({
        days: [
          { id: 'b', date: '2027-05-15' },
          { id: 'a', date: '2027-05-14' },
        ],
      }),
    ).toEqual({
      first: '2027-05-14',
      last: '2027-05-15',
    });
    expect(planDateRange({ days: [] })).toBeNull();
  });
});
