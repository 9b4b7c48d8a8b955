import type { IpcChannel } from '../../../shared/ipc/channels';
import type { DesktopApi } from '../../../shared/ipc/contract';
import { createWebApi } from './webApi';

/**
 * The only door to the desktop: the preload's `window.api` in Electron, the
 * browser implementation of the same contract elsewhere.
 */
export const desktop: DesktopApi = window.api ?? createWebApi();

export const isDesktopApp = window.api !== undefined;

export type { IpcChannel };
