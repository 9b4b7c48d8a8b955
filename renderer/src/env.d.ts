/// <reference types="vite/client" />

import type { DesktopApi } from '../../shared/ipc/contract';

declare global {
  /** Set at build time from package.json. */
  const __APP_VERSION__: string;

  interface Window {
    /** The desktop API from the preload; absent in a plain browser. */
    readonly api?: DesktopApi;
  }
}
