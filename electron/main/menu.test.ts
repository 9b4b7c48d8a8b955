import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { locales, type Locale } from '../../shared/i18n/locales';
import { menuLabel, menuLabels, type MenuLabelKey } from '../../shared/i18n/menuLabels';
import { buildMenuTemplate } from './menu';

type Item = MenuItemConstructorOptions;
const platforms = ['darwin', 'win32', 'linux'] as const;

function build(overrides: Partial<Parameters<typeof buildMenuTemplate>[0]> = {}) {
  return buildMenuTemplate({
    locale: 'lv',
    platform: 'linux',
    isDev: false,
    appName: 'Kopspēks',
    actions: { showAbout: vi.fn() },
    ...overrides,
  });
}

/** Every item of the menu, submenus included. */
function flatten(items: Item[]): Item[] {
  return items.flatMap((item) => [
    item,
    ...(Array.isArray(item.submenu) ? flatten(item.submenu) : []),
  ]);
}

const roles = (items: Item[]) =>
  flatten(items)
    .map((item) => item.role)
    .filter(Boolean);

describe('menuLabels', () => {
  const keys = Object.keys(menuLabels.lv) as MenuLabelKey[];

  it('has the same keys in every language, none empty', () => {
    for (const locale of locales) {
      expect(Object.keys(menuLabels[locale]).toSorted()).toEqual(keys.toSorted());
      for (const key of keys)
        expect(menuLabels[locale][key].trim(), `${locale}.${key}`).not.toBe('');
    }
  });

  it('is really translated', () => {
    for (const key of keys) expect(menuLabels.lv[key], key).not.toBe(menuLabels.en[key]);
  });

  it('speaks Latvian', () => {
    expect(menuLabels.lv).toMatchObject({
      file: 'Fails',
      edit: 'Rediģēt',
      undo: 'Atsaukt',
      redo: 'Atcelt atsaukšanu',
      cut: 'Izgriezt',
      copy: 'Kopēt',
      paste: 'Ielīmēt',
      selectAll: 'Atlasīt visu',
      view: 'Skats',
      reload: 'Pārlādēt',
      window: 'Logs',
      help: 'Palīdzība',
      quit: 'Iziet',
    });
    expect(menuLabel('lv', 'about', 'Kopspēks')).toBe('Par Kopspēks');
    expect(menuLabel('en', 'about', 'Kopspēks')).toBe('About Kopspēks');
  });
});

describe('buildMenuTemplate', () => {
  it.each(
    platforms.flatMap((platform) =>
      locales.flatMap((locale) => [true, false].map((isDev) => ({ platform, locale, isDev }))),
    ),
  )('labels every item explicitly: $platform $locale dev=$isDev', ({ platform, locale, isDev }) => {
    const items = flatten(
      build({ platform, locale, isDev, actions: { showAbout: vi.fn(), openLogsFolder: vi.fn() } }),
    );
    for (const item of items) {
      if (item.type === 'separator') continue;
      expect(item.label?.trim(), JSON.stringify(item)).toBeTruthy();
      expect(item.label).not.toContain('{{');
    }
  });

  it('uses the chosen language', () => {
    const top = (locale: Locale) => build({ locale }).map((item) => item.label);
    expect(top('lv')).toEqual(['Fails', 'Rediģēt', 'Skats', 'Logs', 'Palīdzība']);
    expect(top('en')).toEqual(['File', 'Edit', 'View', 'Window', 'Help']);
  });

  it('uses roles for the standard actions', () => {
    expect(roles(build())).toEqual(
      expect.arrayContaining([
        'undo',
        'redo',
        'cut',
        'copy',
        'paste',
        'selectAll',
        'reload',
        'resetZoom',
        'zoomIn',
        'zoomOut',
        'togglefullscreen',
        'minimize',
        'close',
        'quit',
      ]),
    );
  });

  it('has the macOS app menu on macOS only', () => {
    const mac = build({ platform: 'darwin' });
    expect(mac[0]?.label).toBe('Kopspēks');
    expect(roles(mac)).toEqual(
      expect.arrayContaining(['services', 'hide', 'hideOthers', 'unhide', 'front']),
    );
    for (const platform of ['win32', 'linux'] as const) {
      const menu = build({ platform });
      expect(menu[0]?.label).toBe('Fails');
      expect(menu.map((item) => item.label)).not.toContain('Kopspēks');
      for (const macOnly of [
        'services',
        'hide',
        'hideOthers',
        'unhide',
        'front',
        'window',
        'help',
      ]) {
        expect(roles(menu)).not.toContain(macOnly);
      }
    }
  });

  it.each(platforms)('offers DevTools only in development (%s)', (platform) => {
    expect(roles(build({ platform, isDev: false }))).not.toContain('toggleDevTools');
    expect(roles(build({ platform, isDev: false }))).not.toContain('forceReload');
    expect(roles(build({ platform, isDev: true }))).toContain('toggleDevTools');
  });

  it.each(platforms)('shows About exactly once and calls the action (%s)', (platform) => {
    const showAbout = vi.fn();
    const abouts = flatten(build({ platform, actions: { showAbout } })).filter(
      (item) => item.label === 'Par Kopspēks',
    );
    expect(abouts).toHaveLength(1);
    (abouts[0]?.click as () => void)();
    expect(showAbout).toHaveBeenCalledOnce();
  });

  it('offers the logs folder only when there is an action for it', () => {
    const openLogsFolder = vi.fn();
    const withLogs = flatten(build({ actions: { showAbout: vi.fn(), openLogsFolder } }));
    const item = withLogs.find((entry) => entry.label === menuLabels.lv.openLogsFolder);
    (item?.click as () => void)();
    expect(openLogsFolder).toHaveBeenCalledOnce();
    expect(flatten(build()).some((entry) => entry.label === menuLabels.lv.openLogsFolder)).toBe(
      false,
    );
  });
});
