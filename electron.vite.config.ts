import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { rendererOutDir } from './scripts/rendererOutDir';
import { pageContentSecurityPolicy } from './shared/security/csp';

/**
 * Puts the production CSP into the built page as a meta tag, so the browser
 * build (end-to-end tests, `npm run web`) runs under the same policy as the
 * desktop app. Dev mode is left out: Vite's dev server injects inline scripts.
 */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'kopspeks-csp',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: pageContentSecurityPolicy },
        injectTo: 'head-prepend',
      },
    ],
  };
}

const packageVersion = (JSON.parse(readFileSync('package.json', 'utf8')) as { version: string })
  .version;

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      rolldownOptions: { input: { index: resolve('electron/main/index.ts') } },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      // A sandboxed preload cannot be an ES module.
      rolldownOptions: {
        input: { index: resolve('electron/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve('renderer'),
    base: './',
    plugins: [react(), contentSecurityPolicy()],
    define: {
      __APP_VERSION__: JSON.stringify(packageVersion),
    },
    build: {
      // Another folder lets several checkouts' test runs build side by side.
      outDir: rendererOutDir(process.env.KOPSPEKS_RENDERER_OUT),
      emptyOutDir: true,
      // electron-vite leaves the renderer unminified by default; half the bytes to parse at start.
      minify: true,
      chunkSizeWarningLimit: 1500,
      rolldownOptions: { input: { index: resolve('renderer/index.html') } },
    },
  },
});
