import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  backupCorruptFile,
  corruptBackupPath,
  createSerialQueue,
  nodeFileSystem,
  readJsonFile,
  writeJsonAtomic,
  type JsonFileSystem,
} from './jsonFile';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kopspeks-json-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const schema = z.object({ n: z.number() });
const parse = (raw: unknown) => schema.safeParse(raw);

describe('readJsonFile', () => {
  it('tells a missing, a valid, an unparseable and an invalid file apart', async () => {
    const file = join(dir, 'a.json');
    expect(await readJsonFile(nodeFileSystem, file, parse)).toEqual({ status: 'missing' });
    await writeFile(file, '{"n": 1}');
    expect(await readJsonFile(nodeFileSystem, file, parse)).toEqual({
      status: 'ok',
      value: { n: 1 },
    });
    await writeFile(file, '{"n": 1');
    expect(await readJsonFile(nodeFileSystem, file, parse)).toEqual({
      status: 'corrupt',
      reason: 'unparseable',
    });
    await writeFile(file, '{"n": "one"}');
    expect(await readJsonFile(nodeFileSystem, file, parse)).toEqual({
      status: 'corrupt',
      reason: 'invalid',
    });
  });

  it('passes on errors other than a missing file', async () => {
    await expect(readJsonFile(nodeFileSystem, dir, parse)).rejects.toMatchObject({
      code: 'EISDIR',
    });
  });
});

describe('writeJsonAtomic', () => {
  it('writes the JSON, creating the folder, and leaves no temp file', async () => {
    const file = join(dir, 'nested', 'state.json');
    await writeJsonAtomic(nodeFileSystem, file, { n: 2 });
    await writeJsonAtomic(nodeFileSystem, file, { n: 3 });
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual({ n: 3 });
    expect(await readdir(join(dir, 'nested'))).toEqual(['state.json']);
  });

  it('never touches the target before the new content is complete', async () => {
    const file = join(dir, 'state.json');
    await writeFile(file, '{"n": 1}');
    const failingWrite: JsonFileSystem = {
      ...nodeFileSystem,
      writeFile: () => Promise.reject(Object.assign(new Error('disk full'), { code: 'ENOSPC' })),
    };
    await expect(writeJsonAtomic(failingWrite, file, { n: 2 })).rejects.toThrow('disk full');
    expect(await readFile(file, 'utf8')).toBe('{"n": 1}');
    expect(await readdir(dir)).toEqual(['state.json']);
  });

  it('retries a rename Windows refused for a moment', async () => {
    const file = join(dir, 'state.json');
    let refusals = 2;
    const flaky: JsonFileSystem = {
      ...nodeFileSystem,
      rename: (from, to) =>
        refusals-- > 0
          ? Promise.reject(Object.assign(new Error('locked'), { code: 'EPERM' }))
          : nodeFileSystem.rename(from, to),
    };
    await writeJsonAtomic(flaky, file, { n: 4 }, { retryDelayMs: 1 });
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual({ n: 4 });
    expect(refusals).toBe(-1);
  });

  it('gives up on a rename that keeps failing and removes the temp file', async () => {
    const file = join(dir, 'state.json');
    const stuck: JsonFileSystem = {
      ...nodeFileSystem,
      rename: () => Promise.reject(Object.assign(new Error('locked'), { code: 'EBUSY' })),
    };
    await expect(writeJsonAtomic(stuck, file, { n: 5 }, { retryDelayMs: 1 })).rejects.toThrow(
      'locked',
    );
    expect(await readdir(dir)).toEqual([]);
  });
});

describe('backupCorruptFile', () => {
  it('moves the file aside under a timestamped name without colons', async () => {
    const file = join(dir, 'settings.json');
    await writeFile(file, 'garbage');
    const at = new Date('2025-03-04T05:06:07.089Z');
    const backup = await backupCorruptFile(nodeFileSystem, file, at);
    expect(backup).toBe(join(dir, 'settings.corrupt-2025-03-04T05-06-07-089Z.json'));
    expect(backup).toBe(corruptBackupPath(file, at));
    expect(await readFile(backup, 'utf8')).toBe('garbage');
    expect(await readdir(dir)).toEqual(['settings.corrupt-2025-03-04T05-06-07-089Z.json']);
  });
});

describe('createSerialQueue', () => {
  it('runs tasks in order, even after one fails', async () => {
    const enqueue = createSerialQueue();
    const order: string[] = [];
    const slow = enqueue(async () => {
      await new Promise((resolve) => setTimeout(resolve, 20));
      order.push('slow');
      throw new Error('slow failed');
    });
    const fast = enqueue(() => {
      order.push('fast');
      return Promise.resolve('done');
    });
    await expect(slow).rejects.toThrow('slow failed');
    await expect(fast).resolves.toBe('done');
    expect(order).toEqual(['slow', 'fast']);
  });
});
