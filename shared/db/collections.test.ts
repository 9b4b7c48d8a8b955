import { describe, expect, it } from 'vitest';
import { collectionDefinitions } from './collections';
import { itemId } from './schemas/item.schema';

describe('collections', () => {
  it('stays far below the 13 open collections of open-source RxDB', () => {
    expect(Object.keys(collectionDefinitions).length).toBeLessThanOrEqual(4);
  });

  it('has a migration strategy for every schema version bump', () => {
    for (const [name, { schema, migrationStrategies }] of Object.entries(collectionDefinitions)) {
      for (let version = 1; version <= schema.version; version += 1) {
        expect(typeof migrationStrategies[version], `${name} v${version}`).toBe('function');
      }
      expect(
        Object.keys(migrationStrategies)
          .map(Number)
          .every((v) => v >= 1 && v <= schema.version),
      ).toBe(true);
    }
  });

  it('indexes only required fields with a bounded length, as RxDB demands', () => {
    for (const { schema } of Object.values(collectionDefinitions)) {
      const properties = schema.properties as Record<string, { maxLength?: number }>;
      for (const index of (schema as { indexes?: (string | string[])[] }).indexes ?? []) {
        for (const field of [index].flat()) {
          expect(schema.required).toContain(field);
          expect(properties[field]?.maxLength ?? 0).toBeGreaterThan(0);
        }
      }
    }
  });

  it('keys an item by its community and its id in that community', () => {
    expect(itemId('c1', 'profile')).toBe('c1|profile');
  });
});
