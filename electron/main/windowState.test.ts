import { EventEmitter } from 'node:events';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Rectangle } from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { nodeFileSystem, type JsonFileSystem } from './jsonFile';
import {
  createWindowStateKeeper,
  restoreBounds,
  type DisplayLayout,
  type TrackedWindow,
} from './windowState';

const laptop: Rectangle = { x: 0, y: 0, width: 1440, height: 860 };
const monitorOnRight: Rectangle = { x: 1440, y: 0, width: 2560, height: 1400 };
const defaults = { width: 1200, height: 800 };
const both: DisplayLayout = { primary: laptop, all: [laptop, monitorOnRight] };
const laptopOnly: DisplayLayout = { primary: laptop, all: [laptop] };

/** Whether `inner` lies entirely within `outer`. */
const within = (inner: Rectangle, outer: Rectangle) =>
  inner.x >= outer.x &&
  inner.y >= outer.y &&
  inner.x + inner.width <= outer.x + outer.width &&
  inner.y + inner.height <= outer.y + outer.height;

describe('restoreBounds', () => {
  it('keeps bounds that are on a display', () => {
    const saved = { x: 1600, y: 100, width: 1300, height: 900 };
    expect(restoreBounds(saved, both, defaults)).toEqual(saved);
  });

  it('centres the default size on the primary display on first run', () => {
    expect(restoreBounds(null, both, defaults)).toEqual({
      x: 120,
      y: 30,
      width: 1200,
      height: 800,
    });
  });

  it('brings back a window whose display was unplugged', () => {
    const saved = { x: 1600, y: 100, width: 1300, height: 900 };
    const restored = restoreBounds(saved, laptopOnly, defaults);
    expect(restored).toEqual({ x: 120, y: 30, width: 1200, height: 800 });
    expect(within(restored, laptop)).toBe(true);
  });

  it('ignores bounds far off every screen', () => {
    for (const saved of [
      { x: -5000, y: -5000, width: 1000, height: 700 },
      { x: 100, y: 20000, width: 1000, height: 700 },
      { x: 1430, y: 100, width: 1000, height: 700 },
    ]) {
      expect(restoreBounds(saved, laptopOnly, defaults)).toEqual({
        x: 120,
        y: 30,
        width: 1200,
        height: 800,
      });
    }
  });

  it('pulls a partly off-screen window fully onto its display', () => {
    const restored = restoreBounds(
      { x: -300, y: 700, width: 1000, height: 700 },
      laptopOnly,
      defaults,
    );
    expect(restored).toEqual({ x: 0, y: 160, width: 1000, height: 700 });
  });

  it('shrinks a window larger than its display', () => {
    const restored = restoreBounds({ x: 0, y: 0, width: 3000, height: 2000 }, laptopOnly, defaults);
    expect(restored).toEqual(laptop);
  });

  it('picks the display that shows most of the window', () => {
    const restored = restoreBounds({ x: 1000, y: 100, width: 1200, height: 800 }, both, defaults);
    expect(within(restored, monitorOnRight)).toBe(true);
  });

  it('fits the default size into a small primary display', () => {
    const small = { x: 0, y: 0, width: 1024, height: 600 };
    expect(restoreBounds(undefined, { primary: small, all: [small] }, defaults)).toEqual(small);
  });
});

class FakeWindow extends EventEmitter implements TrackedWindow {
  bounds: Rectangle = { x: 10, y: 20, width: 1000, height: 700 };
  maximized = false;
  destroyed = false;
  getNormalBounds = () => ({ ...this.bounds });
  isMaximized = () => this.maximized;
  isDestroyed = () => this.destroyed;
}

describe('createWindowStateKeeper', () => {
  let dir: string;
  let file: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'kopspeks-window-'));
    file = join(dir, 'window-state.json');
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('loads null when there is no file yet', async () => {
    expect(await createWindowStateKeeper({ file }).load()).toBeNull();
  });

  it('saves on close and loads the same state back', async () => {
    const keeper = createWindowStateKeeper({ file, debounceMs: 10_000 });
    const window = new FakeWindow();
    keeper.track(window);
    window.bounds = { x: 50, y: 60, width: 1100, height: 750 };
    window.maximized = true;
    window.emit('close');
    await keeper.flush();
    expect(await createWindowStateKeeper({ file }).load()).toEqual({
      bounds: { x: 50, y: 60, width: 1100, height: 750 },
      isMaximized: true,
    });
  });

  it('writes once for a burst of moves, after the debounce', async () => {
    const writes: string[] = [];
    const fs: JsonFileSystem = {
      ...nodeFileSystem,
      writeFile: (path, data, options) => {
        writes.push(data);
        return nodeFileSystem.writeFile(path, data, options);
      },
    };
    const keeper = createWindowStateKeeper({ file, fs, debounceMs: 20 });
    const window = new FakeWindow();
    keeper.track(window);
    for (let x = 0; x < 10; x++) {
      window.bounds = { ...window.bounds, x };
      window.emit(x % 2 ? 'move' : 'resize');
    }
    expect(writes).toHaveLength(0);
    await vi.waitFor(() => expect(writes).toHaveLength(1), { timeout: 1000 });
    await keeper.flush();
    expect(JSON.parse(writes[0] ?? '')).toEqual({
      bounds: { x: 9, y: 20, width: 1000, height: 700 },
      isMaximized: false,
    });
    expect(await readdir(dir)).toEqual(['window-state.json']);
  });

  it('flush writes a pending state at once', async () => {
    const keeper = createWindowStateKeeper({ file, debounceMs: 60_000 });
    const window = new FakeWindow();
    keeper.track(window);
    window.emit('move');
    await keeper.flush();
    expect(JSON.parse(await readFile(file, 'utf8'))).toMatchObject({ bounds: window.bounds });
  });

  it('backs up a corrupt file and starts from nothing', async () => {
    await writeFile(file, '{"bounds": {"x": 1');
    const log = { warn: vi.fn(), error: vi.fn() };
    const keeper = createWindowStateKeeper({
      file,
      log,
      now: () => new Date('2025-01-02T03:04:05Z'),
    });
    expect(await keeper.load()).toBeNull();
    expect(await readdir(dir)).toEqual(['window-state.corrupt-2025-01-02T03-04-05-000Z.json']);
    expect(log.warn).toHaveBeenCalledOnce();
  });

  it('treats nonsense values as corrupt', async () => {
    await writeFile(file, JSON.stringify({ bounds: { x: 0, y: 0, width: -5, height: 'big' } }));
    expect(await createWindowStateKeeper({ file }).load()).toBeNull();
  });

  it('does not read a destroyed window', async () => {
    const keeper = createWindowStateKeeper({ file, debounceMs: 1 });
    const window = new FakeWindow();
    keeper.track(window);
    window.destroyed = true;
    window.getNormalBounds = () => {
      throw new Error('Object has been destroyed');
    };
    window.emit('resize');
    window.emit('close');
    await keeper.flush();
    expect(await readdir(dir)).toEqual([]);
  });
});
