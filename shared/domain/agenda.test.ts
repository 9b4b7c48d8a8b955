import { describe, expect, it } from 'vitest';
import {
  agendaWarnings,
  moveAgendaItem,
  nextSlot,
  toMinutes,
  warningsForItem,
  type AgendaItem,
} from './agenda';

const item = (id: string, start: string, end: string, dayId = 'd1'): AgendaItem => ({
  id,
  dayId,
  start,
  end,
  title: id,
  who: '',
});

describe('toMinutes', () => {
  it('reads HH:MM and refuses anything else', () => {
    expect(toMinutes('00:00')).toBe(0);
    expect(toMinutes('09:30')).toBe(570);
    expect(toMinutes('23:59')).toBe(1439);
    expect(toMinutes('24:00')).toBeNull();
    expect(toMinutes('9:30')).toBeNull();
    expect(toMinutes('')).toBeNull();
  });
});

describe('agendaWarnings', () => {
  it('finds nothing wrong in a back-to-back agenda', () => {
    expect(
      agendaWarnings([
        item('a', '10:00', '10:30'),
        item('b', '10:30', '11:00'),
        item('c', '11:05', '12:00'),
      ]),
    ).toEqual([]);
  });

  it('reports overlaps with their length', () => {
    const warnings = agendaWarnings([item('a', '10:00', '11:00'), item('b', '10:45', '11:30')]);
    expect(warnings).toEqual([{ kind: 'overlap', itemId: 'b', otherId: 'a', minutes: 15 }]);
  });

  it('reports an item inside another and every pair that overlaps', () => {
    const warnings = agendaWarnings([
      item('a', '10:00', '12:00'),
      item('b', '10:30', '11:00'),
      item('c', '10:50', '11:10'),
    ]);
    expect(warnings.filter((w) => w.kind === 'overlap')).toEqual([
      { kind: 'overlap', itemId: 'b', otherId: 'a', minutes: 30 },
      { kind: 'overlap', itemId: 'c', otherId: 'a', minutes: 20 },
      { kind: 'overlap', itemId: 'c', otherId: 'b', minutes: 10 },
    ]);
  });

  it('reports gaps of the threshold or longer, measured from the latest end so far', () => {
    const warnings = agendaWarnings([
      item('a', '09:00', '12:00'),
      item('b', '09:30', '10:00'),
      item('c', '12:30', '13:00'),
      item('d', '13:10', '14:00'),
    ]);
    expect(warnings.filter((w) => w.kind === 'gap')).toEqual([
      { kind: 'gap', afterId: 'a', beforeId: 'c', from: '12:00', to: '12:30', minutes: 30 },
    ]);
    expect(agendaWarnings([item('a', '09:00', '10:00'), item('b', '10:10', '11:00')], 10)).toEqual([
      { kind: 'gap', afterId: 'a', beforeId: 'b', from: '10:00', to: '10:10', minutes: 10 },
    ]);
  });

  it('reports bad times, items ending before they start, and an order that disagrees with the clock', () => {
    const warnings = agendaWarnings([
      item('a', '11:00', '12:00'),
      item('b', '10:00', '11:00'),
      item('c', '', '13:00'),
      item('d', '15:00', '14:00'),
    ]);
    expect(warnings).toEqual([
      { kind: 'outOfOrder', itemId: 'b', previousId: 'a' },
      { kind: 'invalidTime', itemId: 'c' },
      { kind: 'endBeforeStart', itemId: 'd' },
    ]);
    expect(warningsForItem(warnings, 'b')).toEqual([warnings[0]]);
  });
});

describe('moveAgendaItem', () => {
  it('reorders one day and leaves other days alone', () => {
    const agenda = [
      item('a', '10:00', '11:00', 'd1'),
      item('x', '10:00', '11:00', 'd2'),
      item('b', '11:00', '12:00', 'd1'),
      item('c', '12:00', '13:00', 'd1'),
    ];
    expect(moveAgendaItem(agenda, 'd1', 2, 0).map((i) => i.id)).toEqual(['c', 'x', 'a', 'b']);
    expect(moveAgendaItem(agenda, 'd1', 0, 1).map((i) => i.id)).toEqual(['b', 'x', 'a', 'c']);
    expect(moveAgendaItem(agenda, 'd1', 0, 5).map((i) => i.id)).toEqual(['a', 'x', 'b', 'c']);
  });
});

describe('nextSlot', () => {
  it('suggests an hour after the last item, or 10:00 on an empty day', () => {
    expect(nextSlot([])).toEqual({ start: '10:00', end: '11:00' });
    expect(nextSlot([item('a', '09:00', '12:30'), item('b', '10:00', '11:00')])).toEqual({
      start: '12:30',
      end: '13:30',
    });
  });
});
