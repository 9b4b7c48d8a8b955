import { itemTypes, type ItemType } from '../schemas/item.schema';

/** Turns `data` of version N into version N + 1. Pure: no I/O, no clock. */
export type DataMigration = (data: Record<string, unknown>) => Record<string, unknown>;

/** Per item type, the migration from version i to i + 1 at index i. */
export type DataMigrations = Record<ItemType, readonly DataMigration[]>;

/**
 * The data-shape migrations of every item type. Documents from older app
 * versions arrive by sync at any time, so they are upgraded when read, not
 * only once at start-up. Add a function here whenever a type's `data`
 * changes shape; `currentDataVersion` follows.
 */
export const dataMigrations: DataMigrations = Object.fromEntries(
  itemTypes.map((type) => [type, []]),
) as unknown as DataMigrations;

export function currentDataVersion(
  type: ItemType,
  registry: DataMigrations = dataMigrations,
): number {
  return registry[type].length;
}

export type UpgradeResult =
  | { ok: true; data: Record<string, unknown>; dataVersion: number }
  | { ok: false; reason: 'newerThanApp' | 'migrationFailed' | 'badVersion' };

/**
 * Brings `data` of `dataVersion` up to the current version of its type.
 * Data newer than this app knows is refused rather than misread: the user
 * is asked to update the app.
 */
export function upgradeData(
  type: ItemType,
  dataVersion: number,
  data: Record<string, unknown>,
  registry: DataMigrations = dataMigrations,
): UpgradeResult {
  const steps = registry[type];
  if (!Number.isInteger(dataVersion) || dataVersion < 0) return { ok: false, reason: 'badVersion' };
  if (dataVersion > steps.length) return { ok: false, reason: 'newerThanApp' };
  let current = data;
  try {
    for (let version = dataVersion; version < steps.length; version += 1) {
      current = steps[version]!(structuredClone(current));
    }
  } catch {
    return { ok: false, reason: 'migrationFailed' };
  }
  return { ok: true, data: current, dataVersion: steps.length };
}
