import type { MigrationStrategies } from 'rxdb';

/**
 * RxDB schema migrations of the local collections, one pure function per
 * version bump (key = the new version).
 */
export const itemMigrationStrategies: MigrationStrategies = {
  /** v1 only adds `review` to the types an item may have: every v0 item is a valid v1 item. */
  1: (doc: Record<string, unknown>) => doc,
};
export const draftMigrationStrategies: MigrationStrategies = {};
export const localMigrationStrategies: MigrationStrategies = {};
