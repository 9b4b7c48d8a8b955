import type { Rectangle } from 'electron';
import { z } from 'zod';
import {
  backupCorruptFile,
  createSerialQueue,
  nodeFileSystem,
  readJsonFile,
  writeJsonAtomic,
  type JsonFileSystem,
} from './jsonFile';
import { describeError, type Logger } from './logger';

const coordinate = z.number().min(-1_000_000).max(1_000_000);
const length = z.number().min(1).max(1_000_000);

export const windowStateSchema = z.object({
  bounds: z.object({ x: coordinate, y: coordinate, width: length, height: length }),
  isMaximized: z.boolean(),
});

/** Where the main window was and whether it was maximized, kept between runs. */
export type WindowState = z.infer<typeof windowStateSchema>;

/** The work areas of the displays connected now (`screen` in Electron). */
export interface DisplayLayout {
  primary: Rectangle;
  all: readonly Rectangle[];
}

// How much of a window must overlap a display for it to count as shown there.
const minVisible = 64;

function overlap(a: Rectangle, b: Rectangle): { width: number; height: number } {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return { width: Math.max(0, width), height: Math.max(0, height) };
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(Math.max(value, min), Math.max(min, max));
}

function centredOn(area: Rectangle, size: { width: number; height: number }): Rectangle {
  const width = Math.min(size.width, area.width);
  const height = Math.min(size.height, area.height);
  return {
    x: area.x + Math.round((area.width - width) / 2),
    y: area.y + Math.round((area.height - height) / 2),
    width,
    height,
  };
}

/**
 * Where to open the window: the saved bounds when a display still shows
 * them (moved fully onto that display and no larger than it), else the
 * default size centred on the primary display. Guards against a window
 * restored onto a monitor that has since been unplugged.
 */
export function restoreBounds(
  saved: Rectangle | null | undefined,
  displays: DisplayLayout,
  defaults: { width: number; height: number },
): Rectangle {
  if (!saved) return centredOn(displays.primary, defaults);
  const bounds = {
    x: Math.round(saved.x),
    y: Math.round(saved.y),
    width: Math.round(saved.width),
    height: Math.round(saved.height),
  };

  let best: { area: Rectangle; shown: number } | undefined;
  for (const area of displays.all) {
    const { width, height } = overlap(bounds, area);
    const visible =
      width >= Math.min(minVisible, bounds.width) && height >= Math.min(minVisible, bounds.height);
    if (visible && (!best || width * height > best.shown)) best = { area, shown: width * height };
  }
  if (!best) return centredOn(displays.primary, defaults);

  const { area } = best;
  const width = Math.min(bounds.width, area.width);
  const height = Math.min(bounds.height, area.height);
  return {
    x: clamp(bounds.x, area.x, area.x + area.width - width),
    y: clamp(bounds.y, area.y, area.y + area.height - height),
    width,
    height,
  };
}

/** The parts of Electron's `BrowserWindow` the keeper watches. */
export interface TrackedWindow {
  on(event: 'resize', listener: () => void): unknown;
  on(event: 'move', listener: () => void): unknown;
  on(event: 'maximize', listener: () => void): unknown;
  on(event: 'unmaximize', listener: () => void): unknown;
  on(event: 'close', listener: () => void): unknown;
  getNormalBounds(): Rectangle;
  isMaximized(): boolean;
  isDestroyed(): boolean;
}

export interface WindowStateKeeper {
  /** The saved state, or null on first run or when the file was unusable. */
  load(): Promise<WindowState | null>;
  /** Saves the window's state shortly after it moves or resizes, and at once when it closes. */
  track(window: TrackedWindow): void;
  /** Resolves once every pending state is on disk; call before quitting. */
  flush(): Promise<void>;
}

/**
 * Keeps the main window's bounds in `file` (a JSON file in userData),
 * written atomically. A corrupt file is backed up beside itself and ignored.
 */
export function createWindowStateKeeper(options: {
  file: string;
  fs?: JsonFileSystem;
  debounceMs?: number;
  now?: () => Date;
  log?: Logger;
}): WindowStateKeeper {
  const { file, fs = nodeFileSystem, debounceMs = 500, now = () => new Date(), log } = options;
  const enqueue = createSerialQueue();
  let pending: WindowState | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let lastWrite: Promise<void> = Promise.resolve();

  const write = (): Promise<void> => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    const state = pending;
    pending = undefined;
    if (!state) return lastWrite;
    lastWrite = enqueue(() => writeJsonAtomic(fs, file, state)).catch((error: unknown) =>
      log?.error('windowState: could not save', { error: describeError(error) }),
    );
    return lastWrite;
  };

  const capture = (window: TrackedWindow): boolean => {
    if (window.isDestroyed()) return false;
    pending = { bounds: window.getNormalBounds(), isMaximized: window.isMaximized() };
    return true;
  };

  return {
    async load() {
      try {
        const result = await readJsonFile(fs, file, (raw) => windowStateSchema.safeParse(raw));
        if (result.status === 'ok') return result.value;
        if (result.status === 'corrupt') {
          const backup = await backupCorruptFile(fs, file, now());
          log?.warn('windowState: corrupt file backed up', { backup, reason: result.reason });
        }
      } catch (error) {
        log?.warn('windowState: could not read', { error: describeError(error) });
      }
      return null;
    },

    track(window) {
      const schedule = (): void => {
        if (!capture(window)) return;
        if (timer !== undefined) clearTimeout(timer);
        timer = setTimeout(() => void write(), debounceMs);
      };
      window.on('resize', schedule);
      window.on('move', schedule);
      window.on('maximize', schedule);
      window.on('unmaximize', schedule);
      window.on('close', () => {
        capture(window);
        void write();
      });
    },

    flush: write,
  };
}
