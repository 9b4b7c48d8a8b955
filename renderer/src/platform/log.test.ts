import { afterEach, describe, expect, it, vi } from 'vitest';
import { pageLogEntrySchema, type PageLogEntry } from '../../../shared/ipc/contract';
import { desktop } from '.';
import {
  describeErrorForLog,
  installPageErrorLogging,
  logError,
  logWarning,
  repeatWindowMs,
} from './log';

const typed = 'Pagalmā trūkst soliņu un apgaismojuma pie 3. kāpnes';

function captureEntries() {
  const write = vi
    .spyOn(desktop, 'log:write')
    .mockImplementation(() => Promise.resolve({ ok: true, value: null }));
  return () => write.mock.calls.map(([entry]) => entry);
}

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('describing an error for the log', () => {
  it('keeps the name, the message and the frames of the stack', () => {
    const error = new TypeError("Cannot read properties of undefined (reading 'title')");
    const described = describeErrorForLog(error);
    expect(described.name).toBe('TypeError');
    expect(described.message).toBe("Cannot read properties of undefined (reading 'title')");
    expect(described.stack).toMatch(/^at /);
    expect(described.stack).not.toContain('Cannot read');
  });

  it('leaves out what a message quotes of the data', () => {
    const parse = (() => {
      try {
        JSON.parse(`{"title": "${typed}`);
      } catch (error) {
        return error;
      }
    })();
    expect(JSON.stringify(describeErrorForLog(parse))).not.toContain('soliņu');
    const quoted = new Error(`Value "${typed}" is not allowed`);
    expect(describeErrorForLog(quoted).message).toBe('Value "…" is not allowed');
  });

  it('never passes on an RxDB error’s message or parameters, only its code and cause', () => {
    const rxError = Object.assign(
      new Error(`RxError (RC_PUSH): {"pushRows":[{"title":"${typed}"}]}`),
      {
        name: 'RxError',
        rxdb: true,
        code: 'RC_PUSH',
        parameters: {
          pushRows: [{ newDocumentState: { data: { title: typed } } }],
          errors: [{ name: 'SyncError', message: 'server', failure: 'server', status: 503 }],
        },
      },
    );
    const described = describeErrorForLog(rxError);
    expect(JSON.stringify(described)).not.toContain('soliņu');
    expect(described).toMatchObject({
      name: 'RxError',
      code: 'RC_PUSH',
      message: 'caused by SyncError (server 503): server',
    });
  });

  it('describes values that are not errors without their content', () => {
    expect(describeErrorForLog(typed)).toEqual({ name: 'thrown string' });
    expect(describeErrorForLog(undefined)).toEqual({ name: 'thrown undefined' });
    expect(describeErrorForLog({ name: 'QuotaExceededError' })).toEqual({
      name: 'QuotaExceededError',
    });
  });
});

describe('the page log', () => {
  it('sends entries the contract accepts, whatever their size', () => {
    const entries = captureEntries();
    const huge = new Error('x'.repeat(10_000));
    huge.stack = `Error: ${'x'.repeat(10_000)}\n${'    at f (app://kopspeks/a.js:1:1)\n'.repeat(500)}`;
    logError('db: could not open the database '.repeat(10), huge, {
      code: 'db.openFailed',
      details: {
        communityId: 'c'.repeat(1000),
        'not a key': 1,
        ...Object.fromEntries([...'abcdefghijklmnop'].map((key) => [key, 1])),
      },
    });
    logWarning('sync: a document was set aside', undefined, {
      details: { communityId: 'olaine', docId: 'need-1' },
    });
    const [first, second] = entries();
    for (const entry of [first, second]) {
      expect(pageLogEntrySchema.safeParse(entry).success, JSON.stringify(entry)).toBe(true);
    }
    expect(first).toMatchObject({ level: 'error', code: 'db.openFailed' });
    expect(Object.keys(first?.details ?? {})).not.toContain('not a key');
    expect(second).toEqual({
      level: 'warn',
      event: 'sync: a document was set aside',
      details: { communityId: 'olaine', docId: 'need-1' },
    } satisfies PageLogEntry);
  });

  it('never throws or rejects, even when the desktop cannot take the entry', async () => {
    vi.spyOn(desktop, 'log:write').mockImplementation(() => Promise.reject(new Error('gone')));
    expect(() => logError('x', new Error('y'))).not.toThrow();
    await new Promise((done) => setTimeout(done, 0));
    vi.spyOn(desktop, 'log:write').mockImplementation(() => {
      throw new Error('gone');
    });
    expect(() => logWarning('x')).not.toThrow();
  });

  it('counts an entry that repeats instead of sending it again and again', () => {
    const entries = captureEntries();
    vi.useFakeTimers({ now: new Date('2026-11-26T08:00:00Z') });
    const offline = () =>
      Object.assign(new Error('fetch failed'), { failure: 'unreachable', status: 0 });
    // A replication retrying every five seconds for half an hour.
    for (let second = 0; second < 30 * 60; second += 5) {
      logWarning('sync: a replication step failed', offline());
      vi.advanceTimersByTime(5_000);
    }
    logWarning('sync: a replication step failed', new Error('something else'));
    const sent = entries();
    // At 0, 10 and 20 minutes (ten-minute window), then the different error.
    expect(repeatWindowMs).toBe(10 * 60_000);
    expect(sent).toHaveLength(4);
    expect(sent[0]?.details).toBeUndefined();
    expect(sent[1]?.details).toEqual({ repeated: repeatWindowMs / 5_000 - 1 });
    expect(sent.at(-1)?.error?.message).toBe('something else');
  });

  it('logs uncaught errors and unhandled rejections', () => {
    const entries = captureEntries();
    const target = new EventTarget() as Window;
    installPageErrorLogging(target);
    target.dispatchEvent(
      new ErrorEvent('error', { error: new RangeError('Invalid time value'), message: 'x' }),
    );
    const rejection = new Event('unhandledrejection') as PromiseRejectionEvent;
    Object.defineProperty(rejection, 'reason', { value: new Error('IndexedDB closed') });
    target.dispatchEvent(rejection);
    expect(entries()).toMatchObject([
      {
        level: 'error',
        event: 'uncaught error',
        error: { name: 'RangeError', message: 'Invalid time value' },
      },
      {
        level: 'error',
        event: 'unhandled promise rejection',
        error: { name: 'Error', message: 'IndexedDB closed' },
      },
    ]);
  });
});
