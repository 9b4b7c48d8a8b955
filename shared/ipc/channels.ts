/**
 * The names of every IPC channel, as `domain:verb`.
 *
 * Kept apart from the zod schemas in `contract.ts` so that the sandboxed
 * preload can list the channels without bundling zod.
 */
export const ipcChannels = [
  'app:getInfo',
  'settings:get',
  'settings:update',
  'shell:openExternal',
  'file:saveText',
  'file:savePdf',
  'sync:getAccount',
  'sync:signIn',
  'sync:signOut',
  'sync:testConnection',
  'sync:fetch',
  'backup:saveAuto',
  'backup:listAuto',
  'backup:readAuto',
  'update:getState',
  'update:checkNow',
  'update:install',
  'update:setBusy',
  'log:write',
] as const;

export type IpcChannel = (typeof ipcChannels)[number];
