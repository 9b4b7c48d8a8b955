/**
 * Event budgets in exact integer arithmetic. Money is kept in euro cents;
 * quantities in hundredths (2.5 participants-days = 250), so a quantity
 * with up to two decimals is stored exactly and a line's total is computed
 * with integers only: no floating-point drift however many lines add up.
 */

/** Where a line's money comes from. */
export const fundingSources = [
  'programme',
  'municipality',
  'community',
  'sponsors',
  'other',
] as const;
export type FundingSource = (typeof fundingSources)[number];

export type BudgetLine = {
  id: string;
  item: string;
  /** Quantity in hundredths: 1 → 100, 2.5 → 250. */
  quantityHundredths: number;
  unitCostCents: number;
  /** What was actually spent on this line, once known. */
  actualCents: number | null;
  source: FundingSource;
};

export const budgetLimits = {
  item: 200,
  lines: 200,
  /** One million euros, in cents: far above any community event, far below 2^53. */
  maxCents: 100_000_000,
  maxQuantityHundredths: 10_000_000,
} as const;

/**
 * Parses a decimal typed by a user ("12,50", "12.5", "1 200,00", "€ 3") into
 * an integer count of hundredths, by string, never by float multiply.
 * Returns null for anything that is not a non-negative number with at most
 * two decimals.
 */
export function parseHundredths(input: string): number | null {
  const cleaned = input.replace(/[\s\u00a0\u202f€]/g, '');
  const match = /^(\d+)(?:[.,](\d{0,2}))?$/.exec(cleaned);
  if (!match) return null;
  const whole = match[1]!;
  const fraction = (match[2] ?? '').padEnd(2, '0');
  if (whole.length > 13) return null;
  return Number(whole) * 100 + Number(fraction);
}

/** Euros typed by the user, as cents. */
export const parseCents = parseHundredths;

/** A quantity typed by the user, in hundredths. */
export const parseQuantity = parseHundredths;

/** Hundredths as a plain decimal for an input field: 1250 → "12,50" (lv) or "12.50" (en). */
export function hundredthsToInput(value: number, decimalSeparator: ',' | '.'): string {
  const sign = value < 0 ? '-' : '';
  const abs = Math.abs(value);
  const whole = Math.floor(abs / 100);
  const fraction = abs % 100;
  if (fraction === 0) return `${sign}${whole}`;
  return `${sign}${whole}${decimalSeparator}${String(fraction).padStart(2, '0')}`;
}

/** Divides a non-negative integer by 100, rounding half up, in integers only. */
function divideBy100(value: number): number {
  const quotient = Math.floor(value / 100);
  const remainder = value - quotient * 100;
  return remainder >= 50 ? quotient + 1 : quotient;
}

/** Planned cost of a line: quantity × unit cost, to the nearest cent. */
export function plannedLineCents(
  line: Pick<BudgetLine, 'quantityHundredths' | 'unitCostCents'>,
): number {
  return divideBy100(line.quantityHundredths * line.unitCostCents);
}

export type BudgetTotals = {
  planned: number;
  actual: number;
  bySource: { source: FundingSource; planned: number; actual: number }[];
};

/** Planned and actual totals, overall and per funding source (only sources used, in fixed order). */
export function budgetTotals(lines: readonly BudgetLine[]): BudgetTotals {
  const sums = new Map<FundingSource, { planned: number; actual: number }>();
  let planned = 0;
  let actual = 0;
  for (const line of lines) {
    const linePlanned = plannedLineCents(line);
    const lineActual = line.actualCents ?? 0;
    planned += linePlanned;
    actual += lineActual;
    const sum = sums.get(line.source) ?? { planned: 0, actual: 0 };
    sum.planned += linePlanned;
    sum.actual += lineActual;
    sums.set(line.source, sum);
  }
  const bySource = fundingSources
    .filter((source) => sums.has(source))
    .map((source) => ({ source, ...sums.get(source)! }));
  return { planned, actual, bySource };
}

/** Cents as euros in the locale's way: 1250 → "12,50 €" (lv-LV) or "€12.50" (en-GB). */
export function formatEuros(cents: number, intlLocaleTag: string): string {
  // Division by 100 of an integer below 2^53 is exact to the cent for display.
  return new Intl.NumberFormat(intlLocaleTag, { style: 'currency', currency: 'EUR' }).format(
    cents / 100,
  );
}

/** A quantity in hundredths for display: 250 → "2,5" (lv-LV). */
export function formatQuantity(hundredths: number, intlLocaleTag: string): string {
  return new Intl.NumberFormat(intlLocaleTag, { maximumFractionDigits: 2 }).format(
    hundredths / 100,
  );
}
