import type { MigrationStrategies } from 'rxdb';

/**
 * RxDB schema migrations of the local collections, one pure function per
 * version bump (key = the new version). All collections are at version 0.
 */
export const itemMigrationStrategies: MigrationStrategies = {};
export const draftMigrationStrategies: MigrationStrategies = {};
export const localMigrationStrategies: MigrationStrategies = {};
