// Shared set-up of the benchmarks: the built renderer served on loopback
// and Debian's Chromium with a profile of its own.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { startWebServer } from '../serve-web.mjs';

export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export async function withServer(run) {
  const server = await startWebServer(0);
  try {
    return await run(`http://127.0.0.1:${server.address().port}/`);
  } finally {
    server.close();
  }
}

export async function withBrowser(run, profileDir) {
  const dir = profileDir ?? (await mkdtemp(join(tmpdir(), 'kopspeks-bench-')));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: chromiumArgs,
    viewport: { width: 1280, height: 800 },
  });
  try {
    return await run(context, dir);
  } finally {
    await context.close();
    if (!profileDir) await rm(dir, { recursive: true, force: true });
  }
}

export function stats(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const pick = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return { min: sorted[0], median: pick(0.5), p90: pick(0.9), max: sorted[sorted.length - 1] };
}

export const ms = (value) => `${value.toFixed(0)} ms`;

/** A seed script (`./<file>`) as one browser bundle exposing its exports as `name`. */
export async function seedBundle(file, name) {
  const result = await build({
    configFile: false,
    logLevel: 'warn',
    mode: 'production',
    build: {
      write: false,
      minify: true,
      lib: { entry: new URL(file, import.meta.url).pathname, formats: ['iife'], name },
    },
  });
  const output = (Array.isArray(result) ? result[0] : result).output;
  return output.find((chunk) => chunk.type === 'chunk').code;
}

/**
 * The app at `url` in a fresh Latvian profile with a new workbook "Bench"
 * open and the seed bundle `code` loaded into the page; `run` gets the page
 * and the workbook's community id. bypassCSP lets the seed bundle in as an
 * inline script; nothing else differs.
 */
export async function withSeedableWorkbook(url, code, run) {
  const dir = await mkdtemp(join(tmpdir(), 'kopspeks-bench-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: chromiumArgs,
    viewport: { width: 1280, height: 800 },
    locale: 'lv-LV',
    bypassCSP: true,
  });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(`${url}#/workbooks`);
    await page.getByRole('button', { name: 'Jauna kopiena' }).first().click();
    await page.getByRole('textbox', { name: /Kopienas nosaukums/ }).fill('Bench');
    await page.getByRole('dialog').getByRole('button', { name: 'Izveidot' }).click();
    await page.waitForURL(/#\/w\/[^/]+\/dashboard/);
    const communityId = page.url().match(/#\/w\/([^/]+)\//)[1];
    await page.addScriptTag({ content: code });
    return await run(page, communityId);
  } finally {
    await context.close();
    await rm(dir, { recursive: true, force: true });
  }
}
