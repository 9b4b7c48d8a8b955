import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createLogFile } from './logFile';

describe('the log file', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'kopspeks-logs-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('creates its folder and appends lines in order, also from concurrent callers', async () => {
    const logs = createLogFile({ dir: join(dir, 'logs') });
    const lines = Array.from({ length: 200 }, (_, index) => `line ${index}`);
    await Promise.all(lines.map((line) => Promise.resolve().then(() => logs.append(line))));
    await logs.flush();
    const text = await readFile(join(dir, 'logs', 'kopspeks.log'), 'utf8');
    expect(text).toBe(lines.map((line) => `${line}\n`).join(''));
  });

  it('continues an existing file after a restart', async () => {
    await writeFile(join(dir, 'kopspeks.log'), 'from last run\n');
    const logs = createLogFile({ dir });
    logs.append('this run');
    await logs.flush();
    expect(await readFile(join(dir, 'kopspeks.log'), 'utf8')).toBe('from last run\nthis run\n');
  });

  it('rotates by size and keeps only the newest files', async () => {
    const logs = createLogFile({ dir, maxBytes: 100, keep: 3 });
    for (let index = 0; index < 40; index += 1)
      logs.append(`entry ${String(index).padStart(2, '0')} ${'x'.repeat(20)}`);
    await logs.flush();
    expect((await readdir(dir)).sort()).toEqual([
      'kopspeks.1.log',
      'kopspeks.2.log',
      'kopspeks.log',
    ]);
    const current = await readFile(join(dir, 'kopspeks.log'), 'utf8');
    const previous = await readFile(join(dir, 'kopspeks.1.log'), 'utf8');
    const oldest = await readFile(join(dir, 'kopspeks.2.log'), 'utf8');
    for (const text of [current, previous, oldest]) {
      expect(Buffer.byteLength(text)).toBeLessThanOrEqual(100);
    }
    expect(current).toContain('entry 39');
    // Nothing lost between the kept files: they are consecutive.
    const numbers = [oldest, previous, current]
      .join('')
      .trim()
      .split('\n')
      .map((line) => Number(line.split(' ')[1]));
    expect(numbers).toEqual(numbers.map((_, index) => numbers[0]! + index));
    expect(numbers.at(-1)).toBe(39);
  });

  it('never throws when the folder cannot be written, and says so once', async () => {
    const blocked = join(dir, 'blocked');
    await writeFile(blocked, 'a file where the folder should be');
    const onFailure = vi.fn();
    const logs = createLogFile({ dir: join(blocked, 'logs'), onFailure });
    expect(() => {
      logs.append('one');
      logs.append('two');
    }).not.toThrow();
    await expect(logs.flush()).resolves.toBeUndefined();
    expect(onFailure).toHaveBeenCalledTimes(1);
  });

  it('recovers once the folder can be written again', async () => {
    const blocked = join(dir, 'blocked');
    await writeFile(blocked, 'a file where the folder should be');
    const onFailure = vi.fn();
    const logs = createLogFile({ dir: join(blocked, 'logs'), onFailure });
    logs.append('lost');
    await logs.flush();
    await rm(blocked);
    logs.append('kept');
    await logs.flush();
    expect(onFailure).toHaveBeenCalledTimes(1);
    expect(await readFile(join(blocked, 'logs', 'kopspeks.log'), 'utf8')).toBe('kept\n');
  });
});
