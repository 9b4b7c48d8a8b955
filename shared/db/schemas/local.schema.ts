import type { RxJsonSchema } from 'rxdb';

/**
 * Small device-local records that never sync: who uses this device, which
 * comments were read, links of workbooks to server databases. One
 * collection for all of them keeps within RxDB's collection limit.
 */
export type LocalDoc = {
  /** `<kind>:<id>`, e.g. `user`, `read:<itemId>`, `link:<communityId>`. */
  key: string;
  kind: string;
  value: Record<string, unknown>;
  updatedAt: string;
};

export const localSchema: RxJsonSchema<LocalDoc> = {
  title: 'device-local record',
  description: 'Records of this device only, never synced',
  version: 0,
  primaryKey: 'key',
  type: 'object',
  properties: {
    key: { type: 'string', maxLength: 300 },
    kind: { type: 'string', maxLength: 40 },
    value: { type: 'object' },
    updatedAt: { type: 'string', maxLength: 32 },
  },
  required: ['key', 'kind', 'value', 'updatedAt'],
  indexes: ['kind'],
  additionalProperties: false,
};
