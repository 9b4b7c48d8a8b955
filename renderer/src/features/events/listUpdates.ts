/** Changes one entry of a list of sub-items by its id. */
export function patchById<T extends { id: string }>(
  list: readonly T[],
  id: string,
  patch: Partial<T>,
): T[] {
  return list.map((entry) => (entry.id === id ? { ...entry, ...patch } : entry));
}

export function withoutId<T extends { id: string }>(list: readonly T[], id: string): T[] {
  return list.filter((entry) => entry.id !== id);
}

/** A whole number typed into a field (at most `max`), or null when empty or not a number. */
export function parseCount(text: string, max: number): number | null {
  const trimmed = text.trim();
  if (!/^\d{1,9}$/.test(trimmed)) return null;
  return Math.min(Number(trimmed), max);
}
