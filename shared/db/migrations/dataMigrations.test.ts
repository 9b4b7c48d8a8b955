import { describe, expect, it } from 'vitest';
import { itemTypes } from '../schemas/item.schema';
import {
  currentDataVersion,
  dataMigrations,
  upgradeData,
  type DataMigrations,
} from './dataMigrations';

// A registry shaped like a future one: the community profile renamed a
// field in version 1 and split it in version 2.
const registry: DataMigrations = {
  ...dataMigrations,
  community: [
    ({ title, ...rest }) => ({ ...rest, name: title }),
    ({ name, ...rest }) => ({ ...rest, name, shortName: String(name).slice(0, 3) }),
  ],
};

describe('data migrations', () => {
  it('has a migration list for every item type', () => {
    for (const type of itemTypes) expect(Array.isArray(dataMigrations[type])).toBe(true);
  });

  it('upgrades old fixtures step by step to the current version', () => {
    expect(upgradeData('community', 0, { title: 'Baloži' }, registry)).toEqual({
      ok: true,
      dataVersion: 2,
      data: { name: 'Baloži', shortName: 'Bal' },
    });
    expect(upgradeData('community', 1, { name: 'Olaine' }, registry)).toEqual({
      ok: true,
      dataVersion: 2,
      data: { name: 'Olaine', shortName: 'Ola' },
    });
  });

  it('leaves current data alone and does not mutate its input', () => {
    const input = { title: 'x' };
    upgradeData('community', 0, input, registry);
    expect(input).toEqual({ title: 'x' });
    expect(upgradeData('need', currentDataVersion('need'), { a: 1 })).toEqual({
      ok: true,
      dataVersion: currentDataVersion('need'),
      data: { a: 1 },
    });
  });

  it('refuses data newer than this app instead of misreading it', () => {
    expect(upgradeData('community', 3, {}, registry)).toEqual({
      ok: false,
      reason: 'newerThanApp',
    });
    expect(upgradeData('community', -1, {}, registry)).toEqual({ ok: false, reason: 'badVersion' });
    expect(upgradeData('community', 0.5, {}, registry)).toEqual({
      ok: false,
      reason: 'badVersion',
    });
  });

  it('reports a migration that throws', () => {
    const broken: DataMigrations = {
      ...dataMigrations,
      need: [
        () => {
          throw new Error('bad');
        },
      ],
    };
    expect(upgradeData('need', 0, {}, broken)).toEqual({ ok: false, reason: 'migrationFailed' });
  });
});
