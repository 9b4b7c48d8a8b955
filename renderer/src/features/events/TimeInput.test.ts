import { describe, expect, it } from 'vitest';
import { parseTime } from './TimeInput';

describe('parseTime', () => {
  it.each([
    ['09:30', '09:30'],
    ['9:30', '09:30'],
    ['9.30', '09:30'],
    ['0930', '09:30'],
    ['23:59', '23:59'],
    ['', ''],
    ['24:00', null],
    ['12:60', null],
    ['12:', null],
    ['noon', null],
  ])('reads %j as %j', (input, expected) => {
    expect(parseTime(input)).toBe(expected);
  });
});
