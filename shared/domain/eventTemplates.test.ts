import { describe, expect, it } from 'vitest';
import { eventKinds, eventPlanSchema, readEventPlan } from './eventPlan';
import { addDaysIso, eventTemplates, instantiateTemplate } from './eventTemplates';
import { agendaWarnings } from './agenda';

function counter() {
  let n = 0;
  return () => `id-${++n}`;
}

describe('instantiateTemplate', () => {
  it('starts “Dižkūre” with two days of agenda, in the chosen language', () => {
    const plan = instantiateTemplate('closing', {
      title: ' Dižkūre 2027 ',
      startDate: '2027-05-14',
      locale: 'lv',
      newId: counter(),
    });
    expect(plan.title).toBe('Dižkūre 2027');
    expect(plan.days.map((d) => d.date)).toEqual(['2027-05-14', '2027-05-15']);
    const [day1, day2] = plan.days;
    expect(plan.agenda.filter((a) => a.dayId === day1!.id).map((a) => a.title)).toContain(
      'Komandas darbs: darbnīca',
    );
    expect(plan.agenda.filter((a) => a.dayId === day2!.id).map((a) => a.title)).toContain(
      'Kopienu rezultātu prezentācijas',
    );
    const english = instantiateTemplate('closing', {
      title: 'D',
      startDate: '2027-05-14',
      locale: 'en',
      newId: counter(),
    });
    expect(english.agenda[2]!.title).toBe('Team work: workshop');
  });

  it('gives every sub-item a fresh, unique id each time', () => {
    const newId = counter();
    const first = instantiateTemplate('forum', {
      title: 'A',
      startDate: '2027-01-01',
      locale: 'lv',
      newId,
    });
    const second = instantiateTemplate('forum', {
      title: 'B',
      startDate: '2027-01-01',
      locale: 'lv',
      newId,
    });
    const ids = (plan: typeof first) => [
      ...plan.days.map((d) => d.id),
      ...plan.agenda.map((a) => a.id),
      ...plan.tasks.map((t) => t.id),
      ...plan.partners.map((p) => p.id),
    ];
    const all = [...ids(first), ...ids(second)];
    expect(new Set(all).size).toBe(all.length);
    expect(first.partners.map((p) => p.kind)).toContain('publicSector');
  });

  it('counts task deadlines from the first day, across months and leap days', () => {
    const plan = instantiateTemplate('community', {
      title: 'Talka',
      startDate: '2028-03-01',
      locale: 'en',
      newId: counter(),
    });
    expect(plan.tasks[0]!.due).toBe('2028-01-31'); // 30 days before, through 29 February
    expect(plan.tasks.at(-1)!.due).toBe('2028-03-08');
    expect(addDaysIso('2027-12-31', 1)).toBe('2028-01-01');
  });

  it.each(eventKinds)('makes a valid plan with a clean agenda for kind %s', (kind) => {
    const plan = instantiateTemplate(kind, {
      title: 'Plāns',
      startDate: '2027-06-01',
      locale: 'lv',
      newId: counter(),
    });
    expect(eventPlanSchema.safeParse(plan).success).toBe(true);
    expect(readEventPlan(plan)).toEqual(plan);
    expect(plan.days).toHaveLength(eventTemplates[kind].days.length);
    for (const day of plan.days) {
      expect(agendaWarnings(plan.agenda.filter((a) => a.dayId === day.id))).toEqual([]);
    }
    for (const task of plan.tasks) expect(task.title).not.toBe('');
  });
});
