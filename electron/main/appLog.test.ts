import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAppLog } from './appLog';

const lines = (text: string): string[] => text.split(/\r?\n/).filter((line) => line !== '');

// The real electron-log file transport, writing into a temporary folder.
describe('the app log', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'kopspeks-logs-'));
  });
  afterEach(async () => {
    vi.restoreAllMocks();
    await rm(dir, { recursive: true, force: true });
  });

  it('creates its folder and writes one redacted line per entry, in order', async () => {
    const now = new Date('2026-11-26T08:00:00.000Z');
    const log = createAppLog({ dir: join(dir, 'logs'), now: () => now });
    log.info('app: started', { version: '1.2.0' });
    log.warn('sync: sign-in failed', { username: 'liga', password: 'Slepena-Parole-1' });
    log.error('ipc: handler failed', {
      headers: { Authorization: 'Basic bGlnYTpTbGVwZW5h' },
      doc: { title: 'Pagalmā trūkst soliņu' },
    });
    expect(log.file).toBe(join(dir, 'logs', 'kopspeks.log'));
    const text = await readFile(log.file, 'utf8');
    expect(lines(text)).toEqual([
      '2026-11-26T08:00:00.000Z INFO app: started {"version":"1.2.0"}',
      '2026-11-26T08:00:00.000Z WARN sync: sign-in failed {"username":"liga","password":"[redacted]"}',
      '2026-11-26T08:00:00.000Z ERROR ipc: handler failed {"headers":{"Authorization":"[redacted]"},"doc":"[redacted]"}',
    ]);
  });

  it('continues an existing file after a restart', async () => {
    await writeFile(join(dir, 'kopspeks.log'), 'from last run\n');
    createAppLog({ dir }).info('this run');
    const text = await readFile(join(dir, 'kopspeks.log'), 'utf8');
    expect(lines(text)[0]).toBe('from last run');
    expect(lines(text)[1]).toMatch(/ INFO this run$/);
  });

  it('rotates by size and keeps only the newest files, with nothing lost between them', async () => {
    const log = createAppLog({ dir, maxBytes: 200, keep: 3 });
    for (let index = 0; index < 60; index += 1) {
      log.info(`entry ${String(index).padStart(2, '0')} ${'x'.repeat(20)}`);
    }
    expect((await readdir(dir)).sort()).toEqual([
      'kopspeks.1.log',
      'kopspeks.2.log',
      'kopspeks.log',
    ]);
    const files = await Promise.all(
      ['kopspeks.2.log', 'kopspeks.1.log', 'kopspeks.log'].map((name) =>
        readFile(join(dir, name), 'utf8'),
      ),
    );
    const lineLength = Buffer.byteLength(lines(files[2]!)[0]!) + 2;
    for (const text of files) expect(Buffer.byteLength(text)).toBeLessThanOrEqual(200 + lineLength);
    const numbers = files.flatMap(lines).map((line) => Number(/ entry (\d+) /.exec(line)?.[1]));
    expect(numbers).toEqual(numbers.map((_, index) => numbers[0]! + index));
    expect(numbers.at(-1)).toBe(59);
  });

  it('never throws when the folder cannot be written', async () => {
    const blocked = join(dir, 'blocked');
    await writeFile(blocked, 'a file where the folder should be');
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const log = createAppLog({ dir: join(blocked, 'logs') });
    expect(() => {
      log.error('one');
      log.warn('two');
    }).not.toThrow();
  });

  it('echoes redacted lines to the console only when asked', () => {
    const info = vi.spyOn(console, 'info').mockImplementation(() => undefined);
    createAppLog({ dir: join(dir, 'quiet') }).info('quiet', { password: 'Slepena-Parole-1' });
    expect(info).not.toHaveBeenCalled();
    createAppLog({ dir: join(dir, 'echo'), echo: true }).info('loud', {
      password: 'Slepena-Parole-1',
    });
    expect(info).toHaveBeenCalledOnce();
    expect(String(info.mock.calls[0]?.[0])).toMatch(/INFO loud \{"password":"\[redacted\]"\}$/);
  });
});
