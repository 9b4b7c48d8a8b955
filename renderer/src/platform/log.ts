import type { ErrorCode } from '../../../shared/errors';
import type { PageLogEntry } from '../../../shared/ipc/contract';
import { desktop } from '.';

/** Ids and counts that explain an entry: never text the user wrote. */
export type PageLogDetails = Record<string, string | number | boolean | null>;
type PageLogError = NonNullable<PageLogEntry['error']>;

const limits = { event: 120, name: 100, code: 64, message: 500, stack: 4000, detail: 200 };
const maxFrames = 12;
// One short of the contract's 12: room for `repeated`.
const maxDetails = 11;
const detailKey = /^[A-Za-z][A-Za-z0-9_.-]{0,39}$/;

const cut = (text: string, max: number): string =>
  text.length > max ? `${text.slice(0, max - 1)}…` : text;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null;

/**
 * An error message without what it may quote: JSON parse errors quote the
 * text they could not read, other messages may quote a value. Short quoted
 * names (a field, a store) stay; a SyntaxError keeps no quote at all.
 */
function withoutQuotedData(message: string, name: string): string {
  const longest = name === 'SyntaxError' ? 0 : 32;
  return message.replace(/"[^"]*"|'[^']*'|“[^”]*”|`[^`]*`/g, (quoted) =>
    quoted.length - 2 > longest ? '"…"' : quoted,
  );
}

/** The stack's frames (`at …` lines) without its first line, which repeats the message. */
function framesOf(stack: unknown): string | undefined {
  if (typeof stack !== 'string') return undefined;
  const frames = stack
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.startsWith('at ') || /^[\w$.<>]*@/.test(line))
    .slice(0, maxFrames);
  return frames.length > 0 ? cut(frames.join('\n'), limits.stack) : undefined;
}

/** `failure status` of a sync error, `code` of an RxDB error, or a DOMException's name. */
function codeOf(error: Record<string, unknown>): string | undefined {
  const code = typeof error.code === 'string' ? error.code : error.failure;
  const status = typeof error.status === 'number' && error.status > 0 ? ` ${error.status}` : '';
  return typeof code === 'string' ? cut(`${code}${status}`, limits.code) : undefined;
}

/**
 * What the log may know of a thrown value: its name, code, frames and a
 * message without quoted data. An RxDB error's message and parameters are
 * left out entirely (they carry the documents of a failed write); its
 * first cause, usually the sync server's answer, is described instead.
 */
export function describeErrorForLog(error: unknown): PageLogError {
  if (!isRecord(error)) return { name: cut(`thrown ${typeof error}`, limits.name) };
  const name = cut(
    typeof error.name === 'string' && error.name ? error.name : 'Error',
    limits.name,
  );
  const code = codeOf(error);
  const stack = framesOf(error.stack);
  let message: string | undefined;
  if (error.rxdb === true) {
    const errors = isRecord(error.parameters) ? error.parameters.errors : undefined;
    const cause: unknown = Array.isArray(errors) ? errors[0] : undefined;
    if (isRecord(cause) && cause.rxdb !== true) {
      const inner = describeErrorForLog(cause);
      message = `caused by ${inner.name}${inner.code ? ` (${inner.code})` : ''}${
        inner.message ? `: ${inner.message}` : ''
      }`;
    }
  } else if (typeof error.message === 'string' && error.message) {
    message = withoutQuotedData(error.message, name);
  }
  return {
    name,
    ...(code ? { code } : {}),
    ...(message ? { message: cut(message, limits.message) } : {}),
    ...(stack ? { stack } : {}),
  };
}

function cleanDetails(details: PageLogDetails): PageLogDetails {
  const entries = Object.entries(details)
    .filter(([key]) => detailKey.test(key))
    .slice(0, maxDetails)
    .map(([key, value]) => [key, typeof value === 'string' ? cut(value, limits.detail) : value]);
  return Object.fromEntries(entries) as PageLogDetails;
}

type LogOptions = { code?: ErrorCode; details?: PageLogDetails };

/** How long the same entry is counted rather than sent again (a sync retrying every few seconds). */
export const repeatWindowMs = 10 * 60_000;
const maxRemembered = 200;
const lastSent = new Map<string, { at: number; repeated: number }>();

/**
 * Whether `entry` goes out now. The same entry within `repeatWindowMs` is
 * only counted, and the count travels with its next copy after the window.
 */
function throttle(entry: PageLogEntry): PageLogEntry | null {
  const key = JSON.stringify([
    entry.level,
    entry.event,
    entry.code,
    entry.error?.name,
    entry.error?.code,
    entry.error?.message,
  ]);
  const now = Date.now();
  const seen = lastSent.get(key);
  if (seen && now - seen.at < repeatWindowMs) {
    seen.repeated += 1;
    return null;
  }
  lastSent.delete(key);
  if (lastSent.size >= maxRemembered) lastSent.delete(lastSent.keys().next().value ?? '');
  lastSent.set(key, { at: now, repeated: 0 });
  if (!seen?.repeated) return entry;
  return { ...entry, details: { ...entry.details, repeated: seen.repeated } };
}

function write(
  level: PageLogEntry['level'],
  event: string,
  error: unknown,
  options: LogOptions,
): void {
  try {
    const entry = throttle({
      level,
      event: cut(event, limits.event),
      ...(options.code ? { code: options.code } : {}),
      ...(error !== undefined ? { error: describeErrorForLog(error) } : {}),
      ...(options.details ? { details: cleanDetails(options.details) } : {}),
    });
    if (entry) desktop['log:write'](entry).catch(() => undefined);
  } catch {
    // Logging must never be the reason something fails.
  }
}

/**
 * Writes an error of the page to the app's log (Help → Show logs): `event`
 * is a fixed phrase (`db: could not open the database`), `error` what was
 * thrown, `code` the message the user saw. Never waits, never throws.
 */
export function logError(event: string, error?: unknown, options: LogOptions = {}): void {
  write('error', event, error, options);
}

/** Like `logError`, for something that went wrong and was handled. */
export function logWarning(event: string, error?: unknown, options: LogOptions = {}): void {
  write('warn', event, error, options);
}

/** Logs errors nothing else caught: uncaught exceptions and unhandled rejections. */
export function installPageErrorLogging(target: Window = window): void {
  target.addEventListener('error', (event) =>
    logError('uncaught error', event.error ?? { name: 'Error', message: event.message }),
  );
  target.addEventListener('unhandledrejection', (event) =>
    logError('unhandled promise rejection', event.reason),
  );
}
