import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  budgetTotals,
  formatEuros,
  hundredthsToInput,
  parseCents,
  parseQuantity,
  plannedLineCents,
  type BudgetLine,
} from './budget';

const line = (partial: Partial<BudgetLine>): BudgetLine => ({
  id: partial.id ?? 'l',
  item: '',
  quantityHundredths: 100,
  unitCostCents: 0,
  actualCents: null,
  source: 'programme',
  ...partial,
});

describe('parseCents', () => {
  it.each([
    ['12,50', 1250],
    ['12.50', 1250],
    ['12.5', 1250],
    ['12,', 1200],
    ['0,07', 7],
    ['1 200,99', 120099],
    ['€ 3', 300],
    ['0.29', 29],
    ['1.005', null],
    ['-3', null],
    ['abc', null],
    ['', null],
    ['1,2,3', null],
  ])('reads %j as %j', (input, expected) => {
    expect(parseCents(input)).toBe(expected);
  });

  it('never drifts: every amount with two decimals reads back exactly', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000 }), (cents) => {
        expect(parseCents(hundredthsToInput(cents, ','))).toBe(cents);
        expect(parseCents(hundredthsToInput(cents, '.'))).toBe(cents);
      }),
    );
  });
});

describe('plannedLineCents', () => {
  it('multiplies quantity in hundredths by the unit cost, rounding half a cent up', () => {
    expect(plannedLineCents({ quantityHundredths: 300, unitCostCents: 1250 })).toBe(3750);
    expect(plannedLineCents({ quantityHundredths: 250, unitCostCents: 333 })).toBe(833); // 832.5
    expect(plannedLineCents({ quantityHundredths: 150, unitCostCents: 1 })).toBe(2); // 1.5
    expect(plannedLineCents({ quantityHundredths: 149, unitCostCents: 1 })).toBe(1); // 1.49
    expect(plannedLineCents({ quantityHundredths: parseQuantity('0,1')!, unitCostCents: 29 })).toBe(
      3,
    );
  });
});

describe('budgetTotals', () => {
  it('sums planned and actual overall and per source without float drift', () => {
    // 0.1 + 0.2 in floats is 0.30000000000000004; in cents it is 30.
    const lines = [
      line({ id: 'a', unitCostCents: 10, actualCents: 10, source: 'programme' }),
      line({ id: 'b', unitCostCents: 20, actualCents: 25, source: 'programme' }),
      line({ id: 'c', quantityHundredths: 4000, unitCostCents: 350, source: 'municipality' }),
      line({
        id: 'd',
        quantityHundredths: 200,
        unitCostCents: 1999,
        actualCents: 3500,
        source: 'sponsors',
      }),
    ];
    expect(budgetTotals(lines)).toEqual({
      planned: 30 + 14000 + 3998,
      actual: 35 + 3500,
      bySource: [
        { source: 'programme', planned: 30, actual: 35 },
        { source: 'municipality', planned: 14000, actual: 0 },
        { source: 'sponsors', planned: 3998, actual: 3500 },
      ],
    });
  });

  it('adds a thousand ten-cent lines to exactly 100 euros', () => {
    const lines = Array.from({ length: 1000 }, (_, i) =>
      line({ id: String(i), unitCostCents: parseCents('0,10')!, actualCents: 10 }),
    );
    const totals = budgetTotals(lines);
    expect(totals.planned).toBe(10000);
    expect(totals.actual).toBe(10000);
  });

  it('is zero for no lines', () => {
    expect(budgetTotals([])).toEqual({ planned: 0, actual: 0, bySource: [] });
  });
});

describe('formatEuros', () => {
  it('formats in the locale', () => {
    expect(formatEuros(12345678, 'lv-LV').replace(/\s/g, ' ')).toBe('123 456,78 €');
    expect(formatEuros(123456, 'en-GB')).toBe('€1,234.56');
  });
});
