import { z } from 'zod';
import type { ErrorCode } from '../errors';
import { localeSchema } from '../i18n/locales';
import type { IpcChannel } from './channels';

/** What the desktop knows about itself. */
export const appInfoSchema = z.object({
  /** The app's version, from package.json. */
  version: z.string().max(64),
  /** `electron` in the desktop app, `web` in the browser implementation. */
  runtime: z.enum(['electron', 'web']),
  /** The operating system: `linux`, `win32`, `darwin`, or `web`. */
  platform: z.string().max(32),
});
export type AppInfo = z.infer<typeof appInfoSchema>;

/** Settings the desktop keeps for the user between runs. */
export const appSettingsSchema = z.object({
  /** The interface language. */
  locale: localeSchema,
});
export type AppSettings = z.infer<typeof appSettingsSchema>;

export const defaultAppSettings: AppSettings = { locale: 'lv' };

/** A file name to offer in the save dialog, without folders. */
const suggestedNameSchema = z.string().trim().min(1).max(120);

/** What a save dialog ended with; `saved: false` when the user cancelled. */
export const saveResultSchema = z.object({
  saved: z.boolean(),
  fileName: z.string().max(260).optional(),
});
export type SaveResult = z.infer<typeof saveResultSchema>;

/** A link the user clicked that should open in the system browser. */
export const externalUrlSchema = z.object({ url: z.string().max(2048) });

/**
 * Every IPC channel with the schema of its input and its output.
 *
 * The main process registers exactly one handler per key and parses the
 * input with `input` before the handler sees it; the preload exposes exactly
 * these keys; the browser implementation implements exactly these keys.
 */
export const ipcContract = {
  /** The app's version and runtime. */
  'app:getInfo': { input: z.undefined(), output: appInfoSchema },
  /** The stored settings (defaults when nothing was stored yet). */
  'settings:get': { input: z.undefined(), output: appSettingsSchema },
  /** Changes some settings and returns all of them; the menu follows the locale. */
  'settings:update': { input: appSettingsSchema.partial().strict(), output: appSettingsSchema },
  /** Opens an http(s) or mailto link in the system browser after checking it. */
  'shell:openExternal': { input: externalUrlSchema.strict(), output: z.null() },
  /** Asks where to save a CSV or JSON export, then writes it (UTF-8). */
  'file:saveText': {
    input: z
      .object({
        suggestedName: suggestedNameSchema,
        content: z.string().max(50_000_000),
        format: z.enum(['csv', 'json']),
      })
      .strict(),
    output: saveResultSchema,
  },
  /**
   * Prints a script-free HTML document (shared/export/html.ts) to PDF with
   * JavaScript disabled, then asks where to save it.
   */
  'file:savePdf': {
    input: z
      .object({ suggestedName: suggestedNameSchema, html: z.string().max(20_000_000) })
      .strict(),
    output: saveResultSchema,
  },
} as const satisfies Record<IpcChannel, { input: z.ZodType; output: z.ZodType }>;

export type IpcContract = typeof ipcContract;
export type IpcInput<C extends IpcChannel> = z.input<IpcContract[C]['input']>;
export type IpcOutput<C extends IpcChannel> = z.output<IpcContract[C]['output']>;

/**
 * What every IPC call answers. Electron passes only an error's message
 * across IPC, so failures travel as a code the renderer can translate.
 */
export type IpcResult<T> = { ok: true; value: T } | { ok: false; code: ErrorCode };

/** The desktop API the preload exposes as `window.api`, one method per channel. */
export type DesktopApi = {
  [C in IpcChannel]: (
    ...args: IpcInput<C> extends undefined ? [] : [input: IpcInput<C>]
  ) => Promise<IpcResult<IpcOutput<C>>>;
};
