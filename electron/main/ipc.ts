import type { IpcMain } from 'electron';
import type { z } from 'zod';
import { toErrorCode, type ErrorCode } from '../../shared/errors';
import { ipcChannels, type IpcChannel } from '../../shared/ipc/channels';
import {
  ipcContract,
  type IpcContract,
  type IpcOutput,
  type IpcResult,
} from '../../shared/ipc/contract';
import { describeError, type Logger } from './logger';
import { isAppUrl } from './security';

/** What a handler receives: the input after the contract's schema parsed it. */
export type IpcHandlerInput<C extends IpcChannel> = z.output<IpcContract[C]['input']>;

/** One async function per contract channel. */
export type IpcHandlers = {
  [C in IpcChannel]: (input: IpcHandlerInput<C>) => Promise<IpcOutput<C>>;
};

/** The parts of Electron's `WebFrameMain` the trust check reads. */
export interface SenderFrame {
  readonly url: string;
  readonly parent: object | null;
}

/** The parts of Electron's `IpcMainInvokeEvent` an IPC call needs. */
export interface IpcCallEvent {
  readonly senderFrame: SenderFrame | null | undefined;
}

export interface IpcDeps {
  handlers: IpcHandlers;
  isTrustedSender: (frame: SenderFrame | null | undefined) => boolean;
  log: Logger;
}

/**
 * Whether an IPC call comes from our own page: a live top-level frame whose
 * URL is on one of the app origins. Refuses sub-frames, so an embedded page
 * could never reach the desktop even if one slipped past the CSP.
 */
export function isTrustedSender(
  frame: SenderFrame | null | undefined,
  appOrigins: readonly string[],
): boolean {
  if (!frame) return false;
  try {
    // Reading a disposed WebFrameMain throws.
    return frame.parent === null && isAppUrl(frame.url, appOrigins);
  } catch {
    return false;
  }
}

const maxInputDepth = 16;

/**
 * Whether `value` is plain data: primitives, arrays and objects whose
 * prototype is Object's (or none), without getters. Structured clone sends
 * nothing else; anything else means someone is calling us directly.
 */
function isPlainData(value: unknown, depth = 0): boolean {
  if (value === null || (typeof value !== 'object' && typeof value !== 'function')) {
    return typeof value !== 'symbol';
  }
  if (typeof value === 'function' || depth >= maxInputDepth) return false;
  if (Array.isArray(value)) return value.every((item) => isPlainData(item, depth + 1));
  const prototype: unknown = Object.getPrototypeOf(value);
  if (prototype !== Object.prototype && prototype !== null) return false;
  return Reflect.ownKeys(value).every((key) => {
    const descriptor = Object.getOwnPropertyDescriptor(value, key);
    return (
      typeof key === 'string' &&
      descriptor !== undefined &&
      'value' in descriptor &&
      isPlainData(descriptor.value, depth + 1)
    );
  });
}

const failure = (code: ErrorCode): { ok: false; code: ErrorCode } => ({ ok: false, code });

/**
 * Answers one IPC call: checks the sender, parses the input with the
 * contract, runs the handler and checks its output. Never throws; every
 * failure is an error code. Logs never include the input.
 */
export async function handleIpcCall<C extends IpcChannel>(
  channel: C,
  event: IpcCallEvent,
  rawInput: unknown,
  deps: IpcDeps,
): Promise<IpcResult<IpcOutput<C>>> {
  const { handlers, isTrustedSender: trusts, log } = deps;
  try {
    let trusted = false;
    try {
      trusted = trusts(event.senderFrame);
    } catch {
      trusted = false;
    }
    if (!trusted) {
      log.warn('ipc: refused a call from an untrusted sender', { channel });
      return failure('ipc.untrustedSender');
    }

    const contract = Object.hasOwn(ipcContract, channel) ? ipcContract[channel] : undefined;
    const input = isPlainData(rawInput) ? contract?.input.safeParse(rawInput) : undefined;
    if (!contract || !input?.success) {
      log.warn('ipc: refused a call with bad input', { channel });
      return failure('ipc.badInput');
    }

    const handler = handlers[channel] as (input: unknown) => Promise<unknown>;
    const value: unknown = await handler(input.data);

    const output = contract.output.safeParse(value);
    if (!output.success) {
      log.error('ipc: handler returned output that breaks the contract', { channel });
      return failure('ipc.failed');
    }
    return { ok: true, value: output.data as IpcOutput<C> };
  } catch (error) {
    const code = toErrorCode(error, 'ipc.failed');
    if (code === 'ipc.failed')
      log.error('ipc: handler failed', { channel, error: describeError(error) });
    return failure(code);
  }
}

/** Registers exactly one handler per contract channel on `ipcMain`. */
export function registerIpcHandlers(ipcMain: Pick<IpcMain, 'handle'>, deps: IpcDeps): void {
  for (const channel of ipcChannels) {
    ipcMain.handle(channel, (event, input: unknown) => handleIpcCall(channel, event, input, deps));
  }
}
