import type { MigrationStrategies, RxConflictHandler, RxJsonSchema } from 'rxdb';
import { addRxPlugin } from 'rxdb/plugins/core';
import { RxDBMigrationSchemaPlugin } from 'rxdb/plugins/migration-schema';
import { draftSchema, type DraftDoc } from './schemas/draft.schema';
import { itemSchema, type ItemDoc } from './schemas/item.schema';
import { localSchema, type LocalDoc } from './schemas/local.schema';
import { itemConflictHandler } from '../sync/conflictHandler';
import {
  draftMigrationStrategies,
  itemMigrationStrategies,
  localMigrationStrategies,
} from './migrations/schemaMigrations';

// RxDB opens a collection past schema version 0 only with the migration plugin;
// registered here, so every database made from these definitions (the app's,
// the tests') has it. Adding it again is a no-op.
addRxPlugin(RxDBMigrationSchemaPlugin);

/**
 * The local database's collections. Deliberately few (RxDB's open-source
 * edition allows 13 open collections): every community's synced documents
 * live in `items`; see docs/architecture.md.
 */
export const collectionDefinitions = {
  items: {
    schema: itemSchema,
    migrationStrategies: itemMigrationStrategies,
    conflictHandler: itemConflictHandler,
  },
  drafts: { schema: draftSchema, migrationStrategies: draftMigrationStrategies },
  local: { schema: localSchema, migrationStrategies: localMigrationStrategies },
} satisfies Record<
  string,
  {
    schema: RxJsonSchema<never>;
    migrationStrategies: MigrationStrategies;
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- any document type
    conflictHandler?: RxConflictHandler<any>;
  }
>;

export type CollectionName = keyof typeof collectionDefinitions;
export type CollectionDocTypes = { items: ItemDoc; drafts: DraftDoc; local: LocalDoc };
