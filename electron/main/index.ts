import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  Menu,
  net,
  protocol,
  safeStorage,
  screen,
  session,
  shell,
} from 'electron';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runMainProcess } from './mainProcess';

// The entry point: Electron's objects in, everything else in ./mainProcess.ts.
// Built as ESM (out/main/index.js): no __dirname.
const here = dirname(fileURLToPath(import.meta.url));

runMainProcess<BrowserWindow, Menu>(
  { app, BrowserWindow, dialog, ipcMain, Menu, net, protocol, safeStorage, screen, session, shell },
  {
    process,
    rendererDir: join(here, '../renderer'),
    preloadPath: join(here, '../preload/index.cjs'),
    fetch: (url, init) => fetch(url, init),
  },
);
