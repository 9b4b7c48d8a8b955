import { z } from 'zod';
import {
  autoBackupContentSchema,
  autoBackupEntrySchema,
  listAutoBackupsInputSchema,
  readAutoBackupInputSchema,
  saveAutoBackupInputSchema,
} from '../backup/autoBackups';
import { isErrorCode, type ErrorCode } from '../errors';
import { localeSchema } from '../i18n/locales';
import { updateBusyInputSchema, updateStateSchema } from '../updates/updateState';
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

/**
 * A sync server address: http or https, no credentials, no query; kept with
 * a trailing slash so database paths resolve under it.
 */
export const serverUrlSchema = z
  .string()
  .trim()
  .max(500)
  .transform((value, context) => {
    let url: URL;
    try {
      url = new URL(value);
    } catch {
      context.addIssue({ code: 'custom', message: 'sync.badServerUrl' });
      return z.NEVER;
    }
    if (
      !['http:', 'https:'].includes(url.protocol) ||
      url.username ||
      url.password ||
      url.search ||
      url.hash
    ) {
      context.addIssue({ code: 'custom', message: 'sync.badServerUrl' });
      return z.NEVER;
    }
    return url.href.endsWith('/') ? url.href : `${url.href}/`;
  });

/** The signed-in sync account; the password never leaves the main process. */
export const syncAccountSchema = z.object({
  serverUrl: z.string().max(520),
  username: z.string().min(1).max(200),
});
export type SyncAccount = z.infer<typeof syncAccountSchema>;

export const connectionResults = [
  'ready',
  'unreachable',
  'notCouchDb',
  'unauthorized',
  'noAccess',
] as const;
export type ConnectionResult = (typeof connectionResults)[number];

/** A request to the signed-in sync server, relative to its address. */
export const syncRequestSchema = z
  .object({
    path: z
      .string()
      .max(8192)
      .refine((path) => !/^[a-z][a-z0-9+.-]*:|^\/\/|^\//i.test(path), 'relative path only'),
    method: z.enum(['GET', 'POST', 'PUT', 'DELETE', 'HEAD']),
    body: z.string().max(50_000_000).optional(),
    /** Long-polls ask for more time; everything else times out sooner. */
    timeoutMs: z.number().int().min(1_000).max(120_000).optional(),
  })
  .strict();
export type SyncRequest = z.infer<typeof syncRequestSchema>;

/** A link the user clicked that should open in the system browser. */
export const externalUrlSchema = z.object({ url: z.string().max(2048) });

/** A short, single-line text from the page's log entry. */
const pageLogText = (max: number) => z.string().max(max);

/**
 * One warning or error the page reports to the app's log (issue #17): what
 * happened as a fixed phrase, the error code the user was shown, and a
 * description of the error. Never what the user typed or a password: the
 * page leaves out error messages that may quote data, and main redacts the
 * entry again before writing it. Sizes are bounded so a loop in the page
 * cannot write much, and main rate-limits the channel.
 */
export const pageLogEntrySchema = z
  .object({
    level: z.enum(['warn', 'error']),
    /** What happened, a phrase fixed in the code: `db: could not open the database`. */
    event: pageLogText(120).min(1),
    /** The code of the message the user saw, if any. */
    code: z.custom<ErrorCode>(isErrorCode).optional(),
    error: z
      .object({
        /** `TypeError`, `QuotaExceededError`, `RxError`, … */
        name: pageLogText(100),
        /** RxDB's code (`RC_PULL`), an HTTP status, an IndexedDB error name… */
        code: pageLogText(64).optional(),
        message: pageLogText(500).optional(),
        /** The stack's frames only. */
        stack: pageLogText(4000).optional(),
      })
      .strict()
      .optional(),
    /** A few identifiers or counts that explain the entry (ids, never content). */
    details: z
      .record(
        z.string().regex(/^[A-Za-z][A-Za-z0-9_.-]{0,39}$/),
        z.union([pageLogText(200), z.number(), z.boolean(), z.null()]),
      )
      .refine((details) => Object.keys(details).length <= 12, 'at most 12 details')
      .optional(),
  })
  .strict();
export type PageLogEntry = z.infer<typeof pageLogEntrySchema>;

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
  /** The signed-in sync account, or null. */
  'sync:getAccount': { input: z.undefined(), output: syncAccountSchema.nullable() },
  /**
   * Checks the credentials against the server's `_session` once, then keeps
   * the password encrypted with the OS's secure storage (Electron
   * safeStorage); refuses with `sync.noSecureStorage` where there is none.
   */
  'sync:signIn': {
    input: z
      .object({
        serverUrl: serverUrlSchema,
        username: z.string().trim().min(1).max(200),
        password: z.string().min(1).max(1000),
      })
      .strict(),
    output: syncAccountSchema,
  },
  /** Forgets the password and the account. */
  'sync:signOut': { input: z.undefined(), output: z.null() },
  /**
   * Tries a server and account without keeping anything: server reachable?
   * CouchDB? credentials? access to the community's database?
   */
  'sync:testConnection': {
    input: z
      .object({
        serverUrl: serverUrlSchema,
        username: z.string().trim().min(1).max(200),
        /** Omitted: the stored password of the same account. */
        password: z.string().min(1).max(1000).optional(),
        database: z.string().max(200).optional(),
      })
      .strict(),
    output: z.object({
      result: z.enum(connectionResults),
      roles: z.array(z.string().max(300)).max(500),
    }),
  },
  /**
   * One HTTP request to the signed-in server with the stored credentials
   * (the replication's fetch). After the server refuses the credentials,
   * every further request is refused here until the user signs in again.
   */
  'sync:fetch': {
    input: syncRequestSchema,
    output: z.object({ status: z.number().int().min(0).max(999), body: z.string() }),
  },
  /**
   * Keeps an automatic backup the page made of a workbook (its content is
   * checked as a restore checks it) in `<userData>/backups/<communityId>/`;
   * only the newest 14 per workbook stay. A bad file gets its `backup.*` code.
   */
  'backup:saveAuto': { input: saveAutoBackupInputSchema, output: autoBackupEntrySchema },
  /** A workbook's automatic backups, newest first. */
  'backup:listAuto': {
    input: listAutoBackupsInputSchema,
    output: z.array(autoBackupEntrySchema).max(100),
  },
  /** The content of one automatic backup, to restore it; `backup.notFound` when gone. */
  'backup:readAuto': { input: readAutoBackupInputSchema, output: autoBackupContentSchema },
  /**
   * Where the app's own update stands (electron/main/updatePolicy.ts);
   * `unavailable` in the browser and in development runs.
   */
  'update:getState': { input: z.undefined(), output: updateStateSchema },
  /** "Check now": starts a check unless offline or already at work; the state after. */
  'update:checkNow': { input: z.undefined(), output: updateStateSchema },
  /**
   * "Restart to update": restarts into the downloaded version now, or as soon
   * as no sync or save is in progress (`installWhenIdle`).
   */
  'update:install': { input: z.undefined(), output: updateStateSchema },
  /** The page is syncing or saving (`busy: true`) or done: no restart meanwhile. */
  'update:setBusy': { input: updateBusyInputSchema, output: z.null() },
  /**
   * Writes one of the page's warnings or errors to the app's log (Help →
   * Show logs); entries beyond a steady rate are counted, not written.
   */
  'log:write': { input: pageLogEntrySchema, output: z.null() },
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
