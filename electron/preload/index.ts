import { contextBridge, ipcRenderer } from 'electron';
import { buildDesktopApi } from './api';

// Only the wrapped calls cross the bridge; ipcRenderer itself never does.
contextBridge.exposeInMainWorld(
  'api',
  buildDesktopApi((channel, input) => ipcRenderer.invoke(channel, input)),
);
