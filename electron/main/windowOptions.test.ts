import { describe, expect, it } from 'vitest';
import { mainWindowOptions, minWindowSize } from './windowOptions';

const options = mainWindowOptions({
  bounds: { x: 10, y: 20, width: 1200, height: 800 },
  preloadPath: '/app/out/preload/index.cjs',
  title: 'Kopspēks',
});

describe('mainWindowOptions', () => {
  it('locks the renderer down', () => {
    expect(options.webPreferences).toStrictEqual({
      preload: '/app/out/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      spellcheck: true,
    });
  });

  it('starts hidden, at the given bounds, no smaller than the minimum', () => {
    expect(options).toMatchObject({
      x: 10,
      y: 20,
      width: 1200,
      height: 800,
      title: 'Kopspēks',
      show: false,
      minWidth: minWindowSize.width,
      minHeight: minWindowSize.height,
    });
    expect(minWindowSize.width).toBeGreaterThanOrEqual(900);
    expect(minWindowSize.height).toBeGreaterThanOrEqual(600);
    expect(options.backgroundColor).toMatch(/^#[0-9a-f]{6}$/i);
  });
});
