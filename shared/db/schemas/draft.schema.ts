import type { RxJsonSchema } from 'rxdb';

/**
 * What the user has typed into a form and not yet saved. Local to this
 * device, never synced: a reload, a crash or a failed save loses nothing.
 */
export type DraftDoc = {
  /** The form's key, e.g. `workbook:new` or `workbook:<communityId>`. */
  key: string;
  /** The form's values as typed, unvalidated. */
  values: Record<string, unknown>;
  updatedAt: string;
};

export const draftSchema: RxJsonSchema<DraftDoc> = {
  title: 'form draft',
  description: 'Unsaved form input, kept on this device only',
  version: 0,
  primaryKey: 'key',
  type: 'object',
  properties: {
    key: { type: 'string', maxLength: 200 },
    values: { type: 'object' },
    updatedAt: { type: 'string', maxLength: 32 },
  },
  required: ['key', 'values', 'updatedAt'],
  additionalProperties: false,
};
