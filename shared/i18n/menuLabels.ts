import type { Locale } from './locales';

/** The application menu's labels in Latvian; `{{appName}}` is the product name. */
const lv = {
  services: 'Pakalpojumi',
  hide: 'Paslēpt {{appName}}',
  hideOthers: 'Paslēpt citus',
  unhide: 'Rādīt visus',
  quit: 'Iziet',
  file: 'Fails',
  closeWindow: 'Aizvērt logu',
  edit: 'Rediģēt',
  undo: 'Atsaukt',
  redo: 'Atcelt atsaukšanu',
  cut: 'Izgriezt',
  copy: 'Kopēt',
  paste: 'Ielīmēt',
  pasteAndMatchStyle: 'Ielīmēt bez formatējuma',
  delete: 'Dzēst',
  selectAll: 'Atlasīt visu',
  view: 'Skats',
  reload: 'Pārlādēt',
  forceReload: 'Pārlādēt, neizmantojot kešatmiņu',
  toggleDevTools: 'Izstrādātāja rīki',
  resetZoom: 'Atiestatīt tālummaiņu',
  zoomIn: 'Tuvināt',
  zoomOut: 'Tālināt',
  toggleFullScreen: 'Pilnekrāna režīms',
  window: 'Logs',
  minimize: 'Minimizēt',
  zoom: 'Maksimizēt',
  front: 'Visus logus priekšplānā',
  help: 'Palīdzība',
  openLogsFolder: 'Rādīt žurnālfailus',
  about: 'Par {{appName}}',
};

export type MenuLabelKey = keyof typeof lv;
export type MenuLabels = Record<MenuLabelKey, string>;

const en: MenuLabels = {
  services: 'Services',
  hide: 'Hide {{appName}}',
  hideOthers: 'Hide Others',
  unhide: 'Show All',
  quit: 'Quit',
  file: 'File',
  closeWindow: 'Close Window',
  edit: 'Edit',
  undo: 'Undo',
  redo: 'Redo',
  cut: 'Cut',
  copy: 'Copy',
  paste: 'Paste',
  pasteAndMatchStyle: 'Paste Without Formatting',
  delete: 'Delete',
  selectAll: 'Select All',
  view: 'View',
  reload: 'Reload',
  forceReload: 'Force Reload',
  toggleDevTools: 'Developer Tools',
  resetZoom: 'Actual Size',
  zoomIn: 'Zoom In',
  zoomOut: 'Zoom Out',
  toggleFullScreen: 'Full Screen',
  window: 'Window',
  minimize: 'Minimize',
  zoom: 'Zoom',
  front: 'Bring All to Front',
  help: 'Help',
  openLogsFolder: 'Show Logs',
  about: 'About {{appName}}',
};

/**
 * Labels of the desktop application menu, per language. Kept apart from the
 * renderer's i18next resources because the main process builds the menu.
 */
export const menuLabels: Record<Locale, MenuLabels> = { lv, en };

/** The label `key` in `locale`, with the product name filled in. */
export function menuLabel(locale: Locale, key: MenuLabelKey, appName: string): string {
  return menuLabels[locale][key].replaceAll('{{appName}}', appName);
}
