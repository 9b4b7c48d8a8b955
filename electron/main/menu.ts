import type { MenuItemConstructorOptions } from 'electron';
import type { Locale } from '../../shared/i18n/locales';
import { menuLabel, type MenuLabelKey } from '../../shared/i18n/menuLabels';

export interface MenuActions {
  showAbout: () => void;
  openLogsFolder?: () => void;
}

type Item = MenuItemConstructorOptions;
const separator: Item = { type: 'separator' };

/**
 * The application menu with every label in the user's language (Electron
 * would otherwise show its English role labels). Standard actions use roles
 * so they keep their accelerators and OS behaviour; the macOS app menu
 * exists only on macOS and the DevTools only in development.
 */
export function buildMenuTemplate(options: {
  locale: Locale;
  platform: NodeJS.Platform;
  isDev: boolean;
  appName: string;
  actions: MenuActions;
}): Item[] {
  const { locale, platform, isDev, appName, actions } = options;
  const label = (key: MenuLabelKey): string => menuLabel(locale, key, appName);
  const role = (itemRole: NonNullable<Item['role']>, key: MenuLabelKey): Item => ({
    role: itemRole,
    label: label(key),
  });
  const isMac = platform === 'darwin';
  const about: Item = { label: label('about'), click: () => actions.showAbout() };

  const appMenu: Item = {
    label: appName,
    submenu: [
      about,
      separator,
      role('services', 'services'),
      separator,
      role('hide', 'hide'),
      role('hideOthers', 'hideOthers'),
      role('unhide', 'unhide'),
      separator,
      role('quit', 'quit'),
    ],
  };

  const fileMenu: Item = {
    label: label('file'),
    submenu: isMac
      ? [role('close', 'closeWindow')]
      : [role('close', 'closeWindow'), separator, role('quit', 'quit')],
  };

  const editMenu: Item = {
    label: label('edit'),
    submenu: [
      role('undo', 'undo'),
      role('redo', 'redo'),
      separator,
      role('cut', 'cut'),
      role('copy', 'copy'),
      role('paste', 'paste'),
      role('pasteAndMatchStyle', 'pasteAndMatchStyle'),
      role('delete', 'delete'),
      separator,
      role('selectAll', 'selectAll'),
    ],
  };

  const viewMenu: Item = {
    label: label('view'),
    submenu: [
      role('reload', 'reload'),
      ...(isDev
        ? [role('forceReload', 'forceReload'), role('toggleDevTools', 'toggleDevTools')]
        : []),
      separator,
      role('resetZoom', 'resetZoom'),
      role('zoomIn', 'zoomIn'),
      role('zoomOut', 'zoomOut'),
      separator,
      role('togglefullscreen', 'toggleFullScreen'),
    ],
  };

  const windowMenu: Item = isMac
    ? {
        role: 'window',
        label: label('window'),
        submenu: [
          role('minimize', 'minimize'),
          role('zoom', 'zoom'),
          separator,
          role('front', 'front'),
        ],
      }
    : {
        label: label('window'),
        submenu: [role('minimize', 'minimize'), role('close', 'closeWindow')],
      };

  const helpItems: Item[] = [
    ...(actions.openLogsFolder
      ? [{ label: label('openLogsFolder'), click: actions.openLogsFolder } satisfies Item]
      : []),
    // On macOS "About" lives in the app menu.
    ...(isMac ? [] : [about]),
  ];
  const helpMenu: Item | undefined =
    helpItems.length === 0
      ? undefined
      : { ...(isMac ? { role: 'help' as const } : {}), label: label('help'), submenu: helpItems };

  return [
    ...(isMac ? [appMenu] : []),
    fileMenu,
    editMenu,
    viewMenu,
    windowMenu,
    ...(helpMenu ? [helpMenu] : []),
  ];
}
