import { ipcChannels, type IpcChannel } from '../../shared/ipc/channels';
// Types only: the sandboxed preload must not bundle zod.
import type { DesktopApi } from '../../shared/ipc/contract';

/** Sends one IPC call and resolves with the main process's `IpcResult`. */
export type Invoke = (channel: IpcChannel, input: unknown) => Promise<unknown>;

/**
 * `window.api`: one method per IPC channel, each forwarding its single
 * input. The main process checks and answers every call.
 */
export function buildDesktopApi(invoke: Invoke): DesktopApi {
  const api: Record<string, (input?: unknown) => Promise<unknown>> = {};
  for (const channel of ipcChannels) {
    api[channel] = (input?: unknown) => invoke(channel, input);
  }
  // Built by looping over the channel list, so only a cast can name its type.
  return Object.freeze(api) as DesktopApi;
}
